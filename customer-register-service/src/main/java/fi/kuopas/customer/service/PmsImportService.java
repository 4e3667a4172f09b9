package fi.kuopas.customer.service;

import fi.kuopas.customer.domain.Lease;
import fi.kuopas.customer.domain.LeaseResident;
import fi.kuopas.customer.domain.Person;
import fi.kuopas.customer.domain.ProcessingObjection;
import fi.kuopas.customer.service.PmsBulkUpsert.Prepared;
import fi.kuopas.privacy.audit.AuditAction;
import fi.kuopas.privacy.audit.AuditLog;
import fi.kuopas.privacy.crypto.FieldEncryptor;
import fi.kuopas.privacy.identity.InvalidIdentityCodeException;
import fi.kuopas.privacy.identity.PersonalIdentityCode;
import fi.kuopas.privacy.problem.ProblemException;
import fi.kuopas.privacy.restriction.RestrictionGuard;
import fi.kuopas.privacy.subject.SubjectIdentifiers;
import fi.kuopas.privacy.subject.SubjectKeys;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Bulk upsert from the property-management system, keyed by the PMS's external ids. Rows are
 * checked, hashed and encrypted in parallel first; the batch then lands set-based in one
 * transaction ({@link PmsBulkUpsert}). The rows that path leaves alone, and every row when that
 * transaction fails, go through the one-row path here, where each row commits or rolls back on its
 * own. Either way a bad row is reported and never half-applied while the good rows land, and
 * repeating a batch changes nothing (UNCHANGED).
 */
@ApplicationScoped
public class PmsImportService {

    private final Validator validator;
    private final PersonWriter writer;
    private final SubjectKeys keys;
    private final AuditLog audit;
    private final Tombstones tombstones;
    private final PmsBulkUpsert bulk;
    private final FieldEncryptor encryptor;
    private final RestrictionGuard restriction;
    /** Rows a helper claims at a time, and helper threads beside the caller (CPU work only: checks, HMAC, AES-GCM). */
    private static final int PREPARE_CHUNK = 50;
    private static final int HELPERS = Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
    private final ExecutorService helpers = Executors.newFixedThreadPool(HELPERS, r -> {
        Thread t = new Thread(r, "pms-prepare");
        t.setDaemon(true);
        return t;
    });

    public PmsImportService(Validator validator, PersonWriter writer, SubjectKeys keys, AuditLog audit, Tombstones tombstones,
            PmsBulkUpsert bulk, FieldEncryptor encryptor, RestrictionGuard restriction) {
        this.bulk = bulk;
        this.restriction = restriction;
        this.encryptor = encryptor;
        this.validator = validator;
        this.writer = writer;
        this.keys = keys;
        this.audit = audit;
        this.tombstones = tombstones;
    }

    public List<PmsRows.Result> upsert(List<PmsRows.Resident> rows) {
        PmsRows.Result[] results = new PmsRows.Result[rows.size()];
        long t0 = System.nanoTime();
        // Validation, identity-code parsing, keyed hashes and encryption: in parallel, before any round trip.
        List<Object> checked = prepareAll(rows);
        List<Prepared> batch = new ArrayList<>();
        for (Object o : checked) {
            if (o instanceof PmsRows.Result rejected) {
                results[rejected.index()] = rejected;
            } else {
                batch.add((Prepared) o);
            }
        }
        List<Prepared> oneByOne = new ArrayList<>();
        long t1 = System.nanoTime();
        if (!batch.isEmpty()) {
            try {
                PmsBulkUpsert.Outcome outcome = QuarkusTransaction.requiringNew().call(() -> bulk.apply(batch));
                outcome.results().forEach(r -> results[r.index()] = r);
                oneByOne.addAll(outcome.oneByOne());
            } catch (RuntimeException e) {
                // Only the database could tell (another writer's key in the meantime): every row on its own.
                Log.warnf("PMS batch of %d rows fell back to one row at a time: %s", batch.size(), e.getClass().getSimpleName());
                oneByOne.clear();
                oneByOne.addAll(batch);
            }
        }
        oneByOne.sort(Comparator.comparingInt(Prepared::index));
        long t2 = System.nanoTime();
        for (Prepared p : oneByOne) {
            results[p.index()] = upsertRow(p.index(), p.row());
        }
        // Where a batch's time goes (bench/run.sh with PROFILE_DIR turns this on): counts and milliseconds only.
        Log.debugf("PMS batch of %d rows: check, hash and encrypt %.1f ms; set-based transaction %.1f ms (%d rows); "
                + "one row at a time %.1f ms (%d rows)", rows.size(), (t1 - t0) / 1e6, (t2 - t1) / 1e6, batch.size() - oneByOne.size(),
                (System.nanoTime() - t2) / 1e6, oneByOne.size());
        return Arrays.asList(results);
    }

    /**
     * {@link #prepare} of every row, on this thread and the helper threads together. Not on the common
     * ForkJoin pool: a parallel stream there waits for any task a pool thread has taken, and that
     * thread may be busy with someone else's blocking work. Here the caller claims chunks itself and
     * waits only for chunks a helper has already claimed; a helper still queued finds none left.
     */
    private List<Object> prepareAll(List<PmsRows.Resident> rows) {
        Object[] out = new Object[rows.size()];
        int chunks = (rows.size() + PREPARE_CHUNK - 1) / PREPARE_CHUNK;
        AtomicInteger next = new AtomicInteger();
        CountDownLatch finished = new CountDownLatch(chunks);
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        Runnable work = () -> {
            for (int c = next.getAndIncrement(); c < chunks; c = next.getAndIncrement()) {
                try {
                    for (int i = c * PREPARE_CHUNK; i < Math.min(rows.size(), (c + 1) * PREPARE_CHUNK); i++) {
                        out[i] = prepare(i, rows.get(i));
                    }
                } catch (RuntimeException e) {
                    failure.compareAndSet(null, e);
                } finally {
                    finished.countDown();
                }
            }
        };
        List<Future<?>> helping = new ArrayList<>();
        for (int h = 0; h < Math.min(HELPERS, chunks - 1); h++) {
            helping.add(helpers.submit(work));
        }
        work.run();
        // Every chunk is claimed now; wait only for those a helper is still working on.
        helping.forEach(f -> f.cancel(false));
        try {
            finished.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while checking a PMS batch", e);
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        return Arrays.asList(out);
    }

    @PreDestroy
    void stopHelpers() {
        helpers.shutdownNow();
    }

    /** A PmsRows.Result for a row refused before the database, else its {@link Prepared} form. */
    private Object prepare(int index, PmsRows.Resident row) {
        if (row == null) {
            return PmsRows.Result.rejected(index, null, "row is empty");
        }
        String violations = violations(row);
        if (violations != null) {
            return PmsRows.Result.rejected(index, row.externalId(), violations);
        }
        try {
            PersonalIdentityCode code = row.personalIdentityCode() == null || row.personalIdentityCode().isBlank()
                    ? null : PersonalIdentityCode.parse(row.personalIdentityCode());
            SubjectIdentifiers.requireConsistent(code, row.birthDate());
            String first = row.firstName().strip();
            String last = row.lastName().strip();
            LocalDate birth = code != null ? code.birthDate() : row.birthDate();
            String email = blankToNull(row.email());
            String phone = blankToNull(row.phone());
            boolean leaseDatesWrong = row.lease() != null && row.lease().endDate() != null
                    && row.lease().endDate().isBefore(row.lease().startDate());
            return new Prepared(index, row, code, code == null ? null : keys.ofIdentityCode(code),
                    code == null ? null : encryptor.encrypt(code.value()), birth, first, last, email,
                    email == null ? null : keys.ofEmail(email), phone, phone == null ? null : keys.ofPhone(phone),
                    blankToNull(row.streetAddress()), blankToNull(row.postalCode()), blankToNull(row.city()),
                    birth == null ? null : keys.ofNameAndBirthDate(first + " " + last, birth), leaseDatesWrong);
        } catch (InvalidIdentityCodeException | ProblemException e) {
            return PmsRows.Result.rejected(index, row.externalId(), e.getMessage());
        }
    }

    /**
     * What is wrong with a row by its constraints ("field: message; ..."), or null. Most rows pass the
     * quick check of {@link PmsRows#plainlyValid}; only the others go through bean validation.
     */
    private String violations(PmsRows.Resident row) {
        if (PmsRows.plainlyValid(row)) {
            return null;
        }
        Set<ConstraintViolation<PmsRows.Resident>> violations = validator.validate(row);
        return violations.isEmpty() ? null : violations.stream()
                .map(v -> v.getPropertyPath() + ": " + v.getMessage()).sorted().collect(Collectors.joining("; "));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private PmsRows.Result upsertRow(int index, PmsRows.Resident row) {
        if (row == null) {
            return PmsRows.Result.rejected(index, null, "row is empty");
        }
        String violations = violations(row);
        if (violations != null) {
            return PmsRows.Result.rejected(index, row.externalId(), violations);
        }
        try {
            return QuarkusTransaction.requiringNew().call(() -> apply(index, row));
        } catch (InvalidIdentityCodeException e) {
            return PmsRows.Result.rejected(index, row.externalId(), e.getMessage());
        } catch (ProblemException e) {
            return PmsRows.Result.rejected(index, row.externalId(), e.getMessage());
        } catch (RuntimeException e) {
            if (e.getCause() instanceof ProblemException p) {
                return PmsRows.Result.rejected(index, row.externalId(), p.getMessage());
            }
            if (e.getCause() instanceof InvalidIdentityCodeException p) {
                return PmsRows.Result.rejected(index, row.externalId(), p.getMessage());
            }
            return PmsRows.Result.rejected(index, row.externalId(), "row could not be stored (conflicting data)");
        }
    }

    private PmsRows.Result apply(int index, PmsRows.Resident row) {
        // A birth date beside an identity code that contradicts it names two people (or a typing
        // error): the row is refused before it can create, update or be matched to anyone.
        PersonalIdentityCode code = row.personalIdentityCode() == null || row.personalIdentityCode().isBlank()
                ? null : PersonalIdentityCode.parse(row.personalIdentityCode());
        SubjectIdentifiers.requireConsistent(code, row.birthDate());
        String picKey = code == null ? null : keys.ofIdentityCode(code);
        Person p = Person.find("externalPmsId", row.externalId()).firstResult();
        String status;
        if (p == null && picKey != null) {
            p = Person.findByIdentityCodeKey(picKey);
            if (p != null && p.externalPmsId != null) {
                throw ProblemException.conflict("the identity code belongs to PMS person " + p.externalPmsId);
            }
        }
        if (p != null && restriction.refusesRecord(PersonRestrictions.key(p.id), p.auditKey(), "person", p.id.toString())) {
            // GDPR Art 18: the data of a person under restriction is only stored; the import changes nothing.
            return new PmsRows.Result(index, row.externalId(), PmsRows.Result.RESTRICTED, p.id,
                    "processing of this person's data is restricted (GDPR Art 18); the row was not applied");
        }
        if (p == null) {
            // GDPR Art 17: an erased or anonymised person is not re-created from the PMS's old data; only
            // a new tenancy (a lease starting after the erasure) brings them back.
            LocalDate erasedOn = tombstones.erasedOn(rowKeys(code, picKey, row));
            if (erasedOn != null && (row.lease() == null || !row.lease().startDate().isAfter(erasedOn))) {
                return new PmsRows.Result(index, row.externalId(), PmsRows.Result.ERASED, null,
                        "the person's data was erased on " + erasedOn + " (GDPR Art 17); not re-created without a lease "
                                + "starting after that day");
            }
            p = writer.newPerson(row.personalIdentityCode(), row.firstName(), row.lastName(), row.birthDate());
            p.externalPmsId = row.externalId();
            writer.applyContact(p, row.email(), row.phone(), null, row.streetAddress(), row.postalCode(), row.city());
            p.persist();
            writer.addressFromSubject(p);
            // Art 21(3): refusals of marketing and surveys kept from before an erasure apply again.
            tombstones.applySuppressions(p);
            status = "CREATED";
        } else {
            if (picKey != null && p.keys.identityCodeKey() != null && !p.keys.holdsIdentityCode(picKey)) {
                throw ProblemException.conflict("the identity code of an existing person cannot change through the import");
            }
            boolean changed = !Objects.equals(p.firstName, row.firstName()) || !Objects.equals(p.lastName, row.lastName())
                    || !Objects.equals(p.email, row.email()) || !Objects.equals(p.phone, row.phone())
                    || !Objects.equals(p.externalPmsId, row.externalId())
                    || (!p.protectedAddress && (!Objects.equals(p.streetAddress, row.streetAddress())
                            || !Objects.equals(p.postalCode, row.postalCode()) || !Objects.equals(p.city, row.city())));
            p.externalPmsId = row.externalId();
            p.firstName = row.firstName();
            p.lastName = row.lastName();
            // A protected address (from DVV) is never overwritten by the PMS.
            writer.applyContact(p, row.email(), row.phone(), null,
                    p.protectedAddress ? p.streetAddress : row.streetAddress(),
                    p.protectedAddress ? p.postalCode : row.postalCode(), p.protectedAddress ? p.city : row.city());
            writer.refreshNameKey(p);
            status = changed ? "UPDATED" : "UNCHANGED";
            if (changed) {
                p.updatedAt = Instant.now();
            }
        }
        boolean coResidentObjection = row.lease() != null && "CO_RESIDENT".equals(row.lease().role())
                && ProcessingObjection.inForce(p.id, ProcessingObjection.CO_RESIDENTS);
        // GDPR Art 21(1): after an objection to co-resident processing the person is not linked as a co-resident.
        if (row.lease() != null && !coResidentObjection && applyLease(p, row.lease()) && "UNCHANGED".equals(status)) {
            status = "UPDATED";
        }
        if (!"UNCHANGED".equals(status)) {
            audit.record("CREATED".equals(status) ? AuditAction.CREATE : AuditAction.UPDATE, p.auditKey(), "person",
                    p.id.toString(), "property management integration");
        }
        return new PmsRows.Result(index, row.externalId(), status, p.id, null);
    }

    /**
     * The keys a row is checked against the erasure tombstone by: its identity code when it has one (a
     * different code is a different person), otherwise its name with the birth date.
     */
    private List<String> rowKeys(PersonalIdentityCode code, String picKey, PmsRows.Resident row) {
        if (picKey != null) {
            return List.of(picKey);
        }
        LocalDate birth = code != null ? code.birthDate() : row.birthDate();
        return birth == null ? List.of() : List.of(keys.ofNameAndBirthDate(row.firstName().strip() + " " + row.lastName().strip(), birth));
    }

    private boolean applyLease(Person p, PmsRows.Lease l) {
        if (l.endDate() != null && l.endDate().isBefore(l.startDate())) {
            throw ProblemException.badRequest("lease endDate is before startDate");
        }
        boolean changed = false;
        Lease lease = Lease.find("externalPmsId", l.externalId()).firstResult();
        if (lease == null) {
            lease = new Lease();
            lease.id = UUID.randomUUID();
            lease.externalPmsId = l.externalId();
            changed = true;
        }
        changed |= !Objects.equals(lease.apartmentRef, l.apartmentRef()) || !Objects.equals(lease.startDate, l.startDate())
                || !Objects.equals(lease.endDate, l.endDate());
        lease.apartmentRef = l.apartmentRef();
        lease.startDate = l.startDate();
        lease.endDate = l.endDate();
        lease.persist();
        LeaseResident link = LeaseResident.findById(new LeaseResident.Key(lease.id, p.id));
        if (link == null) {
            link = new LeaseResident();
            link.id = new LeaseResident.Key(lease.id, p.id);
            changed = true;
        }
        changed |= !Objects.equals(link.role, l.role());
        link.role = l.role();
        link.persist();
        return changed;
    }
}
