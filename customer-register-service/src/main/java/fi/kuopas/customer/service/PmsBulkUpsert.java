package fi.kuopas.customer.service;

import fi.kuopas.customer.domain.ProcessingObjection;
import fi.kuopas.privacy.audit.AuditAction;
import fi.kuopas.privacy.audit.AuditLog;
import fi.kuopas.privacy.identity.PersonalIdentityCode;
import fi.kuopas.privacy.subject.SubjectKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.StringReader;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.hibernate.Session;
import org.postgresql.PGConnection;

/**
 * The set-based path of the property-management import: one transaction for a whole batch, a
 * handful of statements whatever its size. Reads what the batch touches with one query per table
 * (persons by external id and identity-code key, erasure tombstones, kept suppressions, objections,
 * leases and their residents), decides every row in memory by the same rules as the one-row path
 * of {@link PmsImportService}, and writes with one statement per table: {@code COPY} for new persons and their
 * provenance, statements over arrays ({@code unnest}) for the rest.
 * Every created or changed person gets its audit line in the same transaction.
 *
 * <p>A row this path does not decide itself — a restricted or erased person, a kept refusal to
 * re-apply, an objection, a conflict, an identity code or external id twice in the batch, a lease
 * whose dates are wrong — is handed back, together with every row that shares a person or a lease
 * with it, for the one-row path, which reports it exactly as before.
 */
@ApplicationScoped
public class PmsBulkUpsert {

    static final String AUDIT_PURPOSE = "property management integration";

    private final EntityManager em;
    private final AuditLog audit;
    private final SubjectKeys keys;

    public PmsBulkUpsert(EntityManager em, AuditLog audit, SubjectKeys keys) {
        this.em = em;
        this.audit = audit;
        this.keys = keys;
    }

    /** A row checked, parsed, hashed and encrypted outside the database round trips. */
    public record Prepared(int index, PmsRows.Resident row, PersonalIdentityCode code, String picKey, String picEncrypted,
            LocalDate birthDate, String firstName, String lastName, String email, String emailKey, String phone,
            String phoneKey, String street, String postalCode, String city, String nameKey, boolean leaseDatesWrong) {
    }

    /** What the batch decided: its results, and the rows left for the one-row path. */
    public record Outcome(List<PmsRows.Result> results, List<Prepared> oneByOne) {
    }

    private record Decided(Outcome outcome, List<Object[]> audits) {
    }

    private static final class Stored {
        UUID id;
        String externalId;
        String picKey;
        String picAliasKey;
        String emailKey;
        String phoneKey;
        String nameKey;
        String firstName;
        String lastName;
        LocalDate birthDate;
        String email;
        String phone;
        String street;
        String postalCode;
        String city;
        boolean protectedAddress;
        boolean restricted;
    }

    private static final class StoredLease {
        UUID id;
        String externalId;
        String apartmentRef;
        LocalDate startDate;
        LocalDate endDate;
        boolean isNew;
        boolean dirty;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Outcome apply(List<Prepared> rows) {
        Decided decided = em.unwrap(Session.class).doReturningWork(c -> applyOn(c, rows));
        // Each created or changed person: one audit line, in this transaction; one statement per action.
        for (AuditAction action : List.of(AuditAction.CREATE, AuditAction.UPDATE)) {
            List<String> subjects = new ArrayList<>();
            List<String> ids = new ArrayList<>();
            for (Object[] a : decided.audits()) {
                if (a[0] == action) {
                    subjects.add((String) a[1]);
                    ids.add((String) a[2]);
                }
            }
            audit.recordAll(action, "person", subjects, ids, AUDIT_PURPOSE);
        }
        return decided.outcome();
    }

    private Decided applyOn(Connection c, List<Prepared> rows) throws SQLException {
        // -------------------------------------------------- read what the batch touches
        Set<String> externalIds = new HashSet<>();
        Set<String> picKeys = new HashSet<>();
        Set<String> leaseIds = new HashSet<>();
        for (Prepared p : rows) {
            externalIds.add(p.row().externalId());
            if (p.picKey() != null) {
                picKeys.add(p.picKey());
            }
            if (p.row().lease() != null) {
                leaseIds.add(p.row().lease().externalId());
            }
        }
        Map<String, Stored> byExternalId = new HashMap<>();
        Map<String, Stored> byPicKey = new HashMap<>();
        readPersons(c, externalIds, picKeys, byExternalId, byPicKey);

        // Which person each row is about (null: a new one), and whether the one-row path must decide it.
        Map<Prepared, Stored> target = new HashMap<>();
        Set<Prepared> oneByOne = new LinkedHashSet<>();
        Set<String> newPersonKeys = new HashSet<>();
        for (Prepared p : rows) {
            Stored s = byExternalId.get(p.row().externalId());
            if (s == null && p.picKey() != null) {
                s = byPicKey.get(p.picKey());
                if (s != null && s.externalId != null) {
                    oneByOne.add(p);   // the code belongs to another PMS person: a conflict, reported there
                    continue;
                }
            }
            if (s != null) {
                target.put(p, s);
                if (s.restricted || p.leaseDatesWrong()
                        || (p.picKey() != null && s.picKey != null && !s.picKey.equals(p.picKey()) && !p.picKey().equals(s.picAliasKey))) {
                    oneByOne.add(p);
                }
            } else {
                if (p.leaseDatesWrong() || (p.code() == null && p.birthDate() == null)) {
                    oneByOne.add(p);
                }
                newPersonKeys.addAll(nonNull(p.picKey(), p.emailKey(), p.phoneKey(), p.nameKey()));
            }
        }
        // Erased people (Art 17) and kept refusals (Art 21(3)) of would-be new persons: any hit is decided one by one.
        Set<String> tombstoned = strings(c, "SELECT subject_key FROM erasure_tombstone WHERE subject_key = ANY (?)", newPersonKeys);
        Set<String> suppressed = strings(c, "SELECT subject_key FROM marketing_suppression WHERE subject_key = ANY (?)", newPersonKeys);
        Set<String> objecting = new HashSet<>();
        List<String> coResidentIds = new ArrayList<>();
        for (Prepared p : rows) {
            Stored s = target.get(p);
            if (s != null && p.row().lease() != null && "CO_RESIDENT".equals(p.row().lease().role())) {
                coResidentIds.add(s.id.toString());
            }
        }
        if (!coResidentIds.isEmpty()) {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT person_id::text FROM processing_objection WHERE person_id = ANY (?::uuid[]) AND purpose = ?")) {
                s.setArray(1, texts(c, coResidentIds));
                s.setString(2, ProcessingObjection.CO_RESIDENTS);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        objecting.add(r.getString(1));
                    }
                }
            }
        }
        for (Prepared p : rows) {
            Stored s = target.get(p);
            if (s == null) {
                if (anyIn(tombstoned, p) || anyIn(suppressed, p)) {
                    oneByOne.add(p);
                }
            } else if (objecting.contains(s.id.toString()) && p.row().lease() != null
                    && "CO_RESIDENT".equals(p.row().lease().role())) {
                oneByOne.add(p);
            }
        }
        // Rows that share a person or a lease with another row, or with a row decided one by one, go
        // together, so the order of the batch still decides the end state.
        closeOver(rows, oneByOne, target);

        Map<String, StoredLease> leases = new HashMap<>();
        Map<String, String> links = new HashMap<>();   // lease id + person id -> role
        readLeases(c, leaseIds, leases, links);

        // -------------------------------------------------- decide, in the batch's order
        Decisions d = new Decisions(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new HashMap<>(),
                new ArrayList<>());
        for (Prepared p : rows) {
            if (!oneByOne.contains(p)) {
                decide(p, target.get(p), leases, links, d);
            }
        }
        write(c, d, leases);
        return new Decided(new Outcome(d.results(), new ArrayList<>(oneByOne)), d.audits());
    }

    /**
     * Writes what the batch decided, one statement per table. Phases of {@link #applyOn} are methods of their
     * own so that the JIT compiles each loop with its own method, not the rest of one long method from the
     * loop on (see docs/benchmarks.md, PMS profile).
     */
    private static void write(Connection c, Decisions d, Map<String, StoredLease> leases) throws SQLException {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        List<Object[]> inserts = d.inserts();
        List<Object[]> updates = d.updates();
        List<String> provenance = d.provenance();
        Map<String, String> linkWrites = d.linkWrites();
        // -------------------------------------------------- write, one statement per table
        Timestamp at = Timestamp.from(now);
        // New persons and their address provenance: COPY (the driver's CopyManager on this transaction's
        // connection), the cheapest way into the table; their ids are new, so nothing can conflict but a
        // concurrent writer's key, which fails the whole batch into the one-row path as before.
        if (!inserts.isEmpty()) {
            String ts = at.toInstant().toString();
            List<Object[]> personRows = new ArrayList<>(inserts.size());
            for (Object[] r : inserts) {
                Object[] row = Arrays.copyOf(r, r.length + 4);
                row[r.length] = "fi";
                row[r.length + 1] = ts;
                row[r.length + 2] = ts;
                row[r.length + 3] = 0;
                personRows.add(row);
            }
            copyIn(c, "person (id, pic_encrypted, pic_key, pic_temporary, email_key, phone_key, name_key, first_name, last_name, "
                    + "birth_date, email, phone, street_address, postal_code, city, external_pms_id, language, created_at, updated_at, "
                    + "version)", personRows);
        }
        if (!updates.isEmpty()) {
            try (PreparedStatement s = c.prepareStatement("UPDATE person p SET external_pms_id = r.x, first_name = r.fn, last_name = r.ln, "
                    + "email = r.em, email_key = r.ek, phone = r.ph, phone_key = r.pk, street_address = r.st, postal_code = r.pc, "
                    + "city = r.ci, name_key = r.nk, updated_at = CASE WHEN r.ch::boolean THEN ? ELSE p.updated_at END, "
                    + "version = p.version + 1 "
                    + "FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], "
                    + "?::text[], ?::text[], ?::text[], ?::text[]) AS r(i, x, fn, ln, em, ek, ph, pk, st, pc, ci, nk, ch) "
                    + "WHERE p.id = r.i::uuid")) {
                s.setTimestamp(1, at);
                columns(c, s, 2, updates, 13);
                s.executeUpdate();
            }
        }
        if (!provenance.isEmpty()) {
            String ts = at.toInstant().toString();
            List<Object[]> provenanceRows = new ArrayList<>(provenance.size());
            for (String id : provenance) {
                provenanceRows.add(new Object[] {id, "address", PersonWriter.FROM_SUBJECT, ts, PersonService.PURPOSE});
            }
            copyIn(c, "field_provenance (person_id, field, source, retrieved_at, purpose)", provenanceRows);
        }
        List<Object[]> newLeases = new ArrayList<>();
        List<Object[]> changedLeases = new ArrayList<>();
        for (StoredLease l : leases.values()) {
            Object[] values = {l.id.toString(), l.externalId, l.apartmentRef, str(l.startDate), str(l.endDate)};
            if (l.isNew) {
                newLeases.add(values);
            } else if (l.dirty) {
                changedLeases.add(values);
            }
        }
        if (!newLeases.isEmpty()) {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO lease (id, external_pms_id, apartment_ref, start_date, end_date, version) "
                    + "SELECT i::uuid, x, a, sd::date, ed::date, 0 FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[]) "
                    + "AS r(i, x, a, sd, ed)")) {
                columns(c, s, 1, newLeases, 5);
                s.executeUpdate();
            }
        }
        if (!changedLeases.isEmpty()) {
            try (PreparedStatement s = c.prepareStatement("UPDATE lease l SET apartment_ref = r.a, start_date = r.sd::date, "
                    + "end_date = r.ed::date, version = l.version + 1 "
                    + "FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[]) AS r(i, x, a, sd, ed) WHERE l.id = r.i::uuid")) {
                columns(c, s, 1, changedLeases, 5);
                s.executeUpdate();
            }
        }
        if (!linkWrites.isEmpty()) {
            List<Object[]> values = linkWrites.entrySet().stream()
                    .map(e -> new Object[] {e.getKey().substring(0, 36), e.getKey().substring(37), e.getValue()}).toList();
            try (PreparedStatement s = c.prepareStatement("INSERT INTO lease_resident (lease_id, person_id, role) "
                    + "SELECT l::uuid, p::uuid, r FROM unnest(?::text[], ?::text[], ?::text[]) AS v(l, p, r) "
                    + "ON CONFLICT (lease_id, person_id) DO UPDATE SET role = EXCLUDED.role")) {
                columns(c, s, 1, values, 3);
                s.executeUpdate();
            }
        }
    }

    /** The stored persons a batch names by external id or identity-code key (current or alias), into the two maps. */
    private static void readPersons(Connection c, Set<String> externalIds, Set<String> picKeys, Map<String, Stored> byExternalId,
            Map<String, Stored> byPicKey) throws SQLException {
        // Three index lookups joined by UNION rather than one OR of three "= ANY" (see docs/benchmarks.md, PMS profile).
        String select = "SELECT id, external_pms_id, pic_key, pic_alias_key, email_key, phone_key, name_key, first_name, last_name, "
                + "birth_date, email, phone, street_address, postal_code, city, protected_address, restricted FROM person WHERE ";
        try (PreparedStatement s = c.prepareStatement(select + "external_pms_id = ANY (?) UNION " + select + "pic_key = ANY (?) UNION "
                + select + "pic_alias_key = ANY (?)")) {
            Array ext = texts(c, externalIds);
            Array pics = texts(c, picKeys);
            s.setArray(1, ext);
            s.setArray(2, pics);
            s.setArray(3, pics);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    Stored p = new Stored();
                    p.id = r.getObject(1, UUID.class);
                    p.externalId = r.getString(2);
                    p.picKey = r.getString(3);
                    p.picAliasKey = r.getString(4);
                    p.emailKey = r.getString(5);
                    p.phoneKey = r.getString(6);
                    p.nameKey = r.getString(7);
                    p.firstName = r.getString(8);
                    p.lastName = r.getString(9);
                    p.birthDate = r.getObject(10, LocalDate.class);
                    p.email = r.getString(11);
                    p.phone = r.getString(12);
                    p.street = r.getString(13);
                    p.postalCode = r.getString(14);
                    p.city = r.getString(15);
                    p.protectedAddress = r.getBoolean(16);
                    p.restricted = r.getBoolean(17);
                    if (p.externalId != null) {
                        byExternalId.put(p.externalId, p);
                    }
                    if (p.picKey != null) {
                        byPicKey.put(p.picKey, p);
                    }
                    if (p.picAliasKey != null) {
                        byPicKey.put(p.picAliasKey, p);
                    }
                }
            }
        }
    }

    /** The stored leases a batch names by external id, and their residents' roles (key: lease id + "/" + person id). */
    private static void readLeases(Connection c, Set<String> leaseIds, Map<String, StoredLease> leases, Map<String, String> links)
            throws SQLException {
        if (!leaseIds.isEmpty()) {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT id, external_pms_id, apartment_ref, start_date, end_date FROM lease WHERE external_pms_id = ANY (?)")) {
                s.setArray(1, texts(c, leaseIds));
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        StoredLease l = new StoredLease();
                        l.id = r.getObject(1, UUID.class);
                        l.externalId = r.getString(2);
                        l.apartmentRef = r.getString(3);
                        l.startDate = r.getObject(4, LocalDate.class);
                        l.endDate = r.getObject(5, LocalDate.class);
                        leases.put(l.externalId, l);
                    }
                }
            }
            if (!leases.isEmpty()) {
                try (PreparedStatement s = c.prepareStatement(
                        "SELECT lease_id::text, person_id::text, role FROM lease_resident WHERE lease_id = ANY (?::uuid[])")) {
                    s.setArray(1, texts(c, leases.values().stream().map(l -> l.id.toString()).toList()));
                    try (ResultSet r = s.executeQuery()) {
                        while (r.next()) {
                            links.put(r.getString(1) + "/" + r.getString(2), r.getString(3));
                        }
                    }
                }
            }
        }
    }

    /** What the set-based path writes, row by row in the batch's order. */
    private record Decisions(List<PmsRows.Result> results, List<Object[]> inserts, List<Object[]> updates, List<String> provenance,
            Map<String, String> linkWrites, List<Object[]> audits) {
    }

    /**
     * Decides one row (s: the stored person it is about, null for a new one) and adds what it writes to d.
     * A method of its own, called per row, so that the JIT compiles it once as a method; as the body
     * of the batch loop it was compiled on the stack (OSR), large and repeatedly (see docs/benchmarks.md).
     */
    private void decide(Prepared p, Stored s, Map<String, StoredLease> leases, Map<String, String> links, Decisions d) {
        PmsRows.Resident row = p.row();
        UUID id;
        String status;
        String auditKey;
        if (s == null) {
            id = UUID.randomUUID();
            d.inserts().add(new Object[] {id.toString(), p.picEncrypted(), p.picKey(), p.code() != null && p.code().isTemporary(),
                p.emailKey(), p.phoneKey(), p.nameKey(), p.firstName(), p.lastName(), str(p.birthDate()), p.email(), p.phone(),
                p.street(), p.postalCode(), p.city(), row.externalId()});
            if (p.street() != null) {
                d.provenance().add(id.toString());
            }
            status = "CREATED";
            auditKey = first(p.picKey(), p.emailKey(), p.phoneKey(), p.nameKey());
        } else {
            id = s.id;
            boolean changed = !Objects.equals(s.firstName, row.firstName()) || !Objects.equals(s.lastName, row.lastName())
                    || !Objects.equals(s.email, row.email()) || !Objects.equals(s.phone, row.phone())
                    || !Objects.equals(s.externalId, row.externalId())
                    || (!s.protectedAddress && (!Objects.equals(s.street, row.streetAddress())
                            || !Objects.equals(s.postalCode, row.postalCode()) || !Objects.equals(s.city, row.city())));
            String street = s.protectedAddress ? s.street : p.street();
            String postal = s.protectedAddress ? s.postalCode : p.postalCode();
            String city = s.protectedAddress ? s.city : p.city();
            String nameKey = s.birthDate == null ? null
                    : s.birthDate.equals(p.birthDate()) && row.firstName().equals(p.firstName()) && row.lastName().equals(p.lastName())
                            ? p.nameKey() : keys.ofNameAndBirthDate(row.firstName() + " " + row.lastName(), s.birthDate);
            boolean dirty = changed || !Objects.equals(s.emailKey, p.emailKey()) || !Objects.equals(s.phoneKey, p.phoneKey())
                    || !Objects.equals(s.nameKey, nameKey) || !Objects.equals(s.street, street)
                    || !Objects.equals(s.postalCode, postal) || !Objects.equals(s.city, city);
            if (dirty) {
                d.updates().add(new Object[] {id.toString(), row.externalId(), row.firstName(), row.lastName(), p.email(),
                    p.emailKey(), p.phone(), p.phoneKey(), street, postal, city, nameKey, changed});
            }
            status = changed ? "UPDATED" : "UNCHANGED";
            auditKey = first(s.picKey, p.emailKey(), p.phoneKey(), nameKey, s.picAliasKey);
        }
        PmsRows.Lease l = row.lease();
        if (l != null) {
            StoredLease lease = leases.get(l.externalId());
            boolean leaseChanged = false;
            if (lease == null) {
                lease = new StoredLease();
                lease.id = UUID.randomUUID();
                lease.externalId = l.externalId();
                lease.isNew = true;
                leases.put(lease.externalId, lease);
                leaseChanged = true;
            }
            if (!Objects.equals(lease.apartmentRef, l.apartmentRef()) || !Objects.equals(lease.startDate, l.startDate())
                    || !Objects.equals(lease.endDate, l.endDate())) {
                leaseChanged = true;
                lease.dirty = true;
            }
            lease.apartmentRef = l.apartmentRef();
            lease.startDate = l.startDate();
            lease.endDate = l.endDate();
            String link = lease.id + "/" + id;
            if (!l.role().equals(links.get(link))) {
                leaseChanged = true;
                links.put(link, l.role());
                d.linkWrites().put(link, l.role());
            }
            if (leaseChanged && "UNCHANGED".equals(status)) {
                status = "UPDATED";
            }
        }
        if (!"UNCHANGED".equals(status)) {
            d.audits().add(new Object[] {"CREATED".equals(status) ? AuditAction.CREATE : AuditAction.UPDATE, auditKey, id.toString()});
        }
        d.results().add(new PmsRows.Result(p.index(), row.externalId(), status, id, null));
    }

    /** Widens the rows for the one-row path to every row sharing a person or a lease with one of them, or with another row. */
    private static void closeOver(List<Prepared> rows, Set<Prepared> oneByOne, Map<Prepared, Stored> target) {
        List<Function<Prepared, String>> groupings = List.of(
                p -> "x:" + p.row().externalId(),
                p -> p.picKey() == null ? null : "k:" + p.picKey(),
                p -> target.get(p) == null ? null : "p:" + target.get(p).id,
                p -> p.row().lease() == null ? null : "l:" + p.row().lease().externalId());
        Map<String, List<Prepared>> groups = new HashMap<>();
        for (Prepared p : rows) {
            for (Function<Prepared, String> g : groupings) {
                String k = g.apply(p);
                if (k != null) {
                    groups.computeIfAbsent(k, x -> new ArrayList<>()).add(p);
                }
            }
        }
        // A person key twice in the batch: those rows go one by one.
        groups.forEach((k, members) -> {
            if (!k.startsWith("l:") && members.size() > 1) {
                oneByOne.addAll(members);
            }
        });
        boolean grew = true;
        while (grew) {
            grew = false;
            for (List<Prepared> members : groups.values()) {
                if (members.size() > 1 && members.stream().anyMatch(oneByOne::contains) && !oneByOne.containsAll(members)) {
                    oneByOne.addAll(members);
                    grew = true;
                }
            }
        }
    }

    private static boolean anyIn(Set<String> found, Prepared p) {
        return !found.isEmpty() && nonNull(p.picKey(), p.emailKey(), p.phoneKey(), p.nameKey()).stream().anyMatch(found::contains);
    }

    private static Set<String> strings(Connection c, String sql, Collection<String> values) throws SQLException {
        Set<String> out = new HashSet<>();
        if (values.isEmpty()) {
            return out;
        }
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setArray(1, texts(c, values));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(r.getString(1));
                }
            }
        }
        return out;
    }

    private static void columns(Connection c, PreparedStatement s, int from, List<Object[]> rows, int width) throws SQLException {
        for (int col = 0; col < width; col++) {
            String[] values = new String[rows.size()];
            for (int i = 0; i < rows.size(); i++) {
                Object v = rows.get(i)[col];
                values[i] = v == null ? null : v.toString();
            }
            s.setArray(from + col, c.createArrayOf("text", values));
        }
    }

    /** COPY rows into a table (text format: tab-separated, \\N for null, backslash escapes). */
    private static void copyIn(Connection c, String tableAndColumns, List<Object[]> rows) throws SQLException {
        StringBuilder data = new StringBuilder(rows.size() * 400);
        for (Object[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                if (i > 0) {
                    data.append('\t');
                }
                appendCopyValue(data, row[i]);
            }
            data.append('\n');
        }
        try {
            c.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + tableAndColumns + " FROM STDIN", new StringReader(data.toString()));
        } catch (IOException e) {
            throw new SQLException("COPY into " + tableAndColumns + " failed", e);
        }
    }

    /**
     * One value in COPY's text format. A method of its own, called per value: the JIT compiles it once,
     * where the loop over a whole batch was compiled on the stack (OSR) and again after each
     * deoptimisation (three times in one import; see docs/benchmarks.md, PMS profile).
     */
    private static void appendCopyValue(StringBuilder data, Object v) {
        if (v == null) {
            data.append("\\N");
            return;
        }
        String text = v.toString();
        if (!needsEscape(text)) {
            data.append(text);
            return;
        }
        for (int j = 0; j < text.length(); j++) {
            char ch = text.charAt(j);
            switch (ch) {
                case '\\' -> data.append("\\\\");
                case '\t' -> data.append("\\t");
                case '\n' -> data.append("\\n");
                case '\r' -> data.append("\\r");
                default -> data.append(ch);
            }
        }
    }

    private static boolean needsEscape(String text) {
        for (int j = 0; j < text.length(); j++) {
            char ch = text.charAt(j);
            if (ch == '\\' || ch == '\t' || ch == '\n' || ch == '\r') {
                return true;
            }
        }
        return false;
    }

    private static Array texts(Connection c, Collection<String> values) throws SQLException {
        return c.createArrayOf("text", values.toArray(String[]::new));
    }

    private static List<String> nonNull(String... values) {
        List<String> out = new ArrayList<>();
        for (String v : values) {
            if (v != null) {
                out.add(v);
            }
        }
        return out;
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    private static String str(LocalDate d) {
        return d == null ? null : d.toString();
    }
}
