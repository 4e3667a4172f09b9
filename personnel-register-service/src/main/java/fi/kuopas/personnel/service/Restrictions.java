package fi.kuopas.personnel.service;

import fi.kuopas.privacy.audit.AuditAction;
import fi.kuopas.privacy.audit.AuditLog;
import fi.kuopas.privacy.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Art 18 restriction: a restricted person's data is only stored. Every other read or change is
 * refused, and the refusal itself is logged, so callers must not roll back on {@link Refused}.
 */
@ApplicationScoped
public class Restrictions {

    /** Thrown after the refusal was logged; services declare dontRollbackOn for it. */
    public static class Refused extends ProblemException {
        Refused() {
            super(409, "restricted", "Processing restricted", "processing of this person's data is restricted "
                    + "(GDPR Art 18): it is only stored until the restriction is lifted");
        }
    }

    private final EntityManager em;
    private final AuditLog audit;

    public Restrictions(EntityManager em, AuditLog audit) {
        this.em = em;
        this.audit = audit;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Set<String> restrictedAmong(Collection<String> subjectKeys) {
        if (subjectKeys.isEmpty()) {
            return Set.of();
        }
        List<?> rows = em.createNativeQuery("SELECT subject_key FROM restriction WHERE subject_key IN (?1)")
                .setParameter(1, subjectKeys).getResultList();
        Set<String> out = new HashSet<>();
        rows.forEach(r -> out.add((String) r));
        return out;
    }

    @Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = Refused.class)
    public void refuseIfRestricted(String subjectKey, String recordType, String recordId) {
        if (!restrictedAmong(List.of(subjectKey)).isEmpty()) {
            audit.record(AuditAction.RESTRICT, subjectKey, recordType, recordId, "refused: processing restricted (Art 18)");
            throw new Refused();
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void set(String subjectKey, UUID caseId) {
        em.createNativeQuery("INSERT INTO restriction (subject_key, case_id, since) VALUES (?1, ?2, ?3) ON CONFLICT DO NOTHING")
                .setParameter(1, subjectKey).setParameter(2, caseId).setParameter(3, Instant.now()).executeUpdate();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void lift(String subjectKey) {
        em.createNativeQuery("DELETE FROM restriction WHERE subject_key = ?1").setParameter(1, subjectKey).executeUpdate();
    }
}
