package fi.kuopas.customer.domain;

import io.quarkus.arc.Arc;
import jakarta.persistence.PersistenceException;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * The person search in plain SQL: one page of persons with their field provenance, read in one
 * query (the service wraps it with its audit lines into one statement). Criteria are SQL over the
 * {@code person p} columns with numbered parameters ({@code ?1}, {@code ?2} …, each usable more
 * than once); they come from the service, never from a caller.
 */
public final class PersonRows {

    private static final Pattern NUMBERED = Pattern.compile("\\?(\\d+)");

    private PersonRows() {
    }

    /** A person of the page, their field provenance and the number of all matches. */
    public record Row(Person person, List<FieldProvenance> provenance, long total) {
    }

    /** SQL with plain JDBC placeholders and its parameters in order. */
    public record Query(String sql, List<Object> params) {
    }

    /**
     * Page {@code page} of {@code size} persons matching every condition, ordered by last name,
     * first name and id; columns: the person's, {@code audit_key} (the key of {@link Person#auditKey()}),
     * {@code n} (position in the whole result), {@code total} (matches in all) and the provenance arrays.
     */
    public static Query searchPage(List<String> where, List<Object> params, int page, int size) {
        List<Object> bound = new ArrayList<>();
        String conditions = bind(String.join(" and ", where), params, bound);
        bound.add(size);
        bound.add((long) page * size);
        String sql = "SELECT pg.*, prov.fields, prov.sources, prov.retrieved, prov.purposes FROM ("
                + "SELECT p.id, p.pic_encrypted, p.pic_temporary, p.first_name, p.last_name, p.birth_date, p.email, p.phone, "
                + "p.language, p.street_address, p.postal_code, p.city, p.protected_address, p.restricted, p.external_pms_id, "
                + "p.version, coalesce(p.pic_key, p.email_key, p.phone_key, p.name_key, p.pic_alias_key) AS audit_key, "
                + "row_number() OVER (ORDER BY p.last_name, p.first_name, p.id) AS n, count(*) OVER () AS total "
                + "FROM person p WHERE " + conditions + " ORDER BY n LIMIT ? OFFSET ?) pg "
                + "LEFT JOIN LATERAL (SELECT array_agg(f.field ORDER BY f.field) AS fields, "
                + "array_agg(f.source ORDER BY f.field) AS sources, array_agg(f.retrieved_at ORDER BY f.field) AS retrieved, "
                + "array_agg(f.purpose ORDER BY f.field) AS purposes FROM field_provenance f WHERE f.person_id = pg.id) prov ON true";
        return new Query(sql, bound);
    }

    /** How many persons match every condition (for a page past the first that came back empty). */
    public static long count(List<String> where, List<Object> params) {
        List<Object> bound = new ArrayList<>();
        String sql = "SELECT count(*) FROM person p WHERE " + bind(String.join(" and ", where), params, bound);
        DataSource ds = Arc.container().select(DataSource.class).get();
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < bound.size(); i++) {
                ps.setObject(i + 1, bound.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new PersistenceException("person count failed", e);
        }
    }

    /** One row of {@link #searchPage}. */
    public static Row row(ResultSet rs) throws SQLException {
        Person p = new Person();
        p.id = rs.getObject("id", UUID.class);
        p.picEncrypted = rs.getString("pic_encrypted");
        p.picTemporary = rs.getBoolean("pic_temporary");
        p.firstName = rs.getString("first_name");
        p.lastName = rs.getString("last_name");
        p.birthDate = rs.getObject("birth_date", LocalDate.class);
        p.email = rs.getString("email");
        p.phone = rs.getString("phone");
        p.language = rs.getString("language");
        p.streetAddress = rs.getString("street_address");
        p.postalCode = rs.getString("postal_code");
        p.city = rs.getString("city");
        p.protectedAddress = rs.getBoolean("protected_address");
        p.restricted = rs.getBoolean("restricted");
        p.externalPmsId = rs.getString("external_pms_id");
        p.version = rs.getLong("version");
        List<FieldProvenance> provenance = new ArrayList<>();
        Array fields = rs.getArray("fields");
        if (fields != null) {
            String[] f = (String[]) fields.getArray();
            String[] sources = (String[]) rs.getArray("sources").getArray();
            Timestamp[] retrieved = (Timestamp[]) rs.getArray("retrieved").getArray();
            String[] purposes = (String[]) rs.getArray("purposes").getArray();
            for (int i = 0; i < f.length; i++) {
                FieldProvenance fp = new FieldProvenance();
                fp.id = new FieldProvenance.Key(p.id, f[i]);
                fp.source = sources[i];
                fp.retrievedAt = retrieved[i] == null ? null : retrieved[i].toInstant();
                fp.purpose = purposes[i];
                provenance.add(fp);
            }
        }
        return new Row(p, provenance, rs.getLong("total"));
    }

    /** {@code ?N} placeholders to JDBC's {@code ?}, appending the parameter of each occurrence to {@code bound}. */
    private static String bind(String sql, List<Object> params, List<Object> bound) {
        Matcher m = NUMBERED.matcher(sql);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            bound.add(params.get(Integer.parseInt(m.group(1)) - 1));
            m.appendReplacement(out, "?");
        }
        m.appendTail(out);
        return out.toString();
    }
}
