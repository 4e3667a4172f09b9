package fi.kuopas.privacy.audit;

import fi.kuopas.privacy.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.hibernate.Session;

/**
 * Appends to the access log in the caller's transaction, so a read or change and its audit line
 * commit or roll back together. An append takes no lock: the order and integrity of the log come
 * from the {@link AuditSealer}, which later seals the committed rows into signed Merkle trees.
 */
@ApplicationScoped
public class AuditLog {

    private final EntityManager em;
    private final Caller caller;

    public AuditLog(EntityManager em, Caller caller) {
        this.em = em;
        this.caller = caller;
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
