package fi.kuopas.privacy.audit;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.TreeSet;

/**
 * Appends to the hash-chained access log in the caller's transaction, so a read or change and
 * its audit line commit or roll back together. A transaction-scoped advisory lock serialises
 * appends, which keeps the chain linear under concurrent requests.
 */
@ApplicationScoped
public class AuditLog {

    /** Arbitrary constant naming the advisory lock of the audit chain. */
    private static final long CHAIN_LOCK = 0x6b756f706173L;

    private final EntityManager em;
    private final Instance<SecurityIdentity> identity;

    public AuditLog(EntityManager em, Instance<SecurityIdentity> identity) {
        this.em = em;
        this.identity = identity;
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
        em.createNativeQuery("SELECT pg_advisory_xact_lock(" + CHAIN_LOCK + ")").getSingleResult();
        List<?> last = em.createNativeQuery("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1").getResultList();
        e.prevHash = last.isEmpty() ? AuditHasher.GENESIS : (String) last.get(0);
        e.hash = AuditHasher.hash(e);
        em.persist(e);
        return e;
    }

    /** Records the same action for many subjects, e.g. one search that returned a page of people. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordEach(AuditAction action, List<String> subjectKeys, String recordType, String purpose) {
        for (String key : subjectKeys) {
            record(action, key, recordType, null, purpose);
        }
    }

    private String actor() {
        SecurityIdentity id = currentIdentity();
        return id == null || id.isAnonymous() ? "system" : id.getPrincipal().getName();
    }

    private String roles() {
        SecurityIdentity id = currentIdentity();
        return id == null || id.isAnonymous() ? "system" : String.join(",", new TreeSet<>(id.getRoles()));
    }

    private SecurityIdentity currentIdentity() {
        // No request context (scheduled job, Kafka consumer): the system acts.
        if (!io.quarkus.arc.Arc.container().requestContext().isActive() || !identity.isResolvable()) {
            return null;
        }
        return identity.get();
    }
}
