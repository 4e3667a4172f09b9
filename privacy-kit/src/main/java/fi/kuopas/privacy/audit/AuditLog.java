package fi.kuopas.privacy.audit;

import fi.kuopas.privacy.security.Caller;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.hibernate.Session;

/**
 * Appends to the access log in the caller's transaction, so a read or change and its audit line
 * commit or roll back together. An append takes no lock: the order and integrity of the log come
 * from the {@link AuditSealer}, which later seals the committed rows into signed Merkle trees.
 */
@ApplicationScoped
public class AuditLog {

    /** A column name of {@link #selectAudited}: a plain SQL identifier, never caller input. */
    private static final Pattern COLUMN = Pattern.compile("[a-z_][a-z0-9_]*");

    private final EntityManager em;
    private final Caller caller;
    private final DataSource dataSource;

    public AuditLog(EntityManager em, Caller caller, DataSource dataSource) {
        this.em = em;
        this.caller = caller;
        this.dataSource = dataSource;
    }

    /** Maps one row of an audited read. */
    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    /**
     * A read of personal data and its access-log lines as <em>one</em> SQL statement: {@code select}
     * (with the JDBC parameters {@code params}) runs as a common table expression, and the same
     * statement inserts one line for every row it returned (subject key and record id from the
     * named columns, in the order of {@code orderColumn}, which is also the order of the result).
     *
     * <p>Outside a transaction the statement is a transaction of its own: PostgreSQL answers only
     * after its commit (WAL flushed, {@code synchronous_commit} on), so the rows reach the caller
     * only once their lines are durable, a failure writes neither, and the read, the lines and the
     * commit take one round trip. Inside a transaction it joins it (after a flush of pending changes)
     * and commits or rolls back with it.
     */
    public <T> List<T> selectAudited(String select, List<?> params, String subjectKeyColumn, String recordIdColumn,
            String orderColumn, AuditAction action, String recordType, String purpose, RowMapper<T> mapper) {
        for (String c : List.of(subjectKeyColumn, recordIdColumn, orderColumn)) {
            if (!COLUMN.matcher(c).matches()) {
                throw new IllegalArgumentException("not a column name: " + c);
            }
        }
        String sql = "WITH audited_read AS MATERIALIZED (" + select + "), audited_lines AS ("
                + "INSERT INTO audit_log (occurred_at, actor, actor_roles, subject_key, action, record_type, record_id, purpose) "
                + "SELECT ?, ?, ?, r." + subjectKeyColumn + ", ?, ?, r." + recordIdColumn + "::text, ? FROM audited_read r "
                + "ORDER BY r." + orderColumn + ") SELECT * FROM audited_read r ORDER BY r." + orderColumn;
        Timestamp at = Timestamp.from(Instant.now().truncatedTo(ChronoUnit.MILLIS));
        String actor = actor();
        String roles = roles();
        boolean joined = QuarkusTransaction.isActive();
        if (joined) {
            em.flush();
        }
        // Inside a transaction the data source hands out the connection enlisted in it.
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            for (Object p : params) {
                ps.setObject(i++, p);
            }
            ps.setTimestamp(i++, at);
            ps.setString(i++, actor);
            ps.setString(i++, roles);
            ps.setString(i++, action.name());
            ps.setString(i++, recordType);
            ps.setString(i, purpose);
            List<T> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(mapper.map(rs));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new PersistenceException("audited read failed", e);
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public AuditEntry record(AuditAction action, String subjectKey, String recordType, String recordId, String purpose) {
        AuditEntry e = new AuditEntry();
        e.occurredAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        e.actor = actor();
        e.actorRoles = roles();
        e.subjectKey = subjectKey;
        e.action = action.name();
        e.recordType = recordType;
        e.recordId = recordId;
        e.purpose = purpose;
        // The change being audited is written first, so what the caller returns next (a new
        // version number, a constraint violation) is the database's, as the line records it.
        em.flush();
        em.persist(e);
        return e;
    }

    /** Records the same action for many subjects, e.g. one search that returned a page of people. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordEach(AuditAction action, List<String> subjectKeys, String recordType, String purpose) {
        recordEach(action, subjectKeys, recordType, null, purpose);
    }

    /**
     * Records the same action on one record for many subjects (a mailing export, a page of search
     * results) in one statement, however many subjects there are.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordEach(AuditAction action, List<String> subjectKeys, String recordType, String recordId, String purpose) {
        if (subjectKeys.isEmpty()) {
            return;
        }
        if (subjectKeys.size() == 1) {
            record(action, subjectKeys.get(0), recordType, recordId, purpose);
            return;
        }
        Timestamp at = Timestamp.from(Instant.now().truncatedTo(ChronoUnit.MILLIS));
        String actor = actor();
        String roles = roles();
        em.flush();
        em.unwrap(Session.class).doWork(c -> {
            Array keys = c.createArrayOf("varchar", subjectKeys.toArray());
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO audit_log (occurred_at, actor, actor_roles, "
                    + "subject_key, action, record_type, record_id, purpose) SELECT ?, ?, ?, k.key, ?, ?, ?, ? "
                    + "FROM unnest(?::varchar[]) WITH ORDINALITY AS k(key, n) ORDER BY k.n")) {
                ps.setTimestamp(1, at);
                ps.setString(2, actor);
                ps.setString(3, roles);
                ps.setString(4, action.name());
                ps.setString(5, recordType);
                ps.setString(6, recordId);
                ps.setString(7, purpose);
                ps.setArray(8, keys);
                ps.executeUpdate();
            } finally {
                keys.free();
            }
        });
    }

    /**
     * Records one action on many records, each about its own subject (a batch of imported people:
     * record {@code i} is about subject {@code i}), in one statement, however many there are.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordAll(AuditAction action, String recordType, List<String> subjectKeys, List<String> recordIds, String purpose) {
        if (subjectKeys.size() != recordIds.size()) {
            throw new IllegalArgumentException("one subject key per record id");
        }
        if (subjectKeys.isEmpty()) {
            return;
        }
        Timestamp at = Timestamp.from(Instant.now().truncatedTo(ChronoUnit.MILLIS));
        String actor = actor();
        String roles = roles();
        em.flush();
        em.unwrap(Session.class).doWork(c -> {
            Array keys = c.createArrayOf("varchar", subjectKeys.toArray());
            Array ids = c.createArrayOf("varchar", recordIds.toArray());
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO audit_log (occurred_at, actor, actor_roles, "
                    + "subject_key, action, record_type, record_id, purpose) SELECT ?, ?, ?, k.key, ?, ?, k.id, ? "
                    + "FROM unnest(?::varchar[], ?::varchar[]) WITH ORDINALITY AS k(key, id, n) ORDER BY k.n")) {
                ps.setTimestamp(1, at);
                ps.setString(2, actor);
                ps.setString(3, roles);
                ps.setString(4, action.name());
                ps.setString(5, recordType);
                ps.setString(6, purpose);
                ps.setArray(7, keys);
                ps.setArray(8, ids);
                ps.executeUpdate();
            } finally {
                keys.free();
                ids.free();
            }
        });
    }

    private String actor() {
        return caller.name();
    }

    private String roles() {
        return caller.roles();
    }
}
