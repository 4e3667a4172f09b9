package fi.kuopas.stakeholder.service;

import fi.kuopas.privacy.audit.AuditAction;
import fi.kuopas.privacy.audit.AuditLog;
import fi.kuopas.privacy.problem.ProblemException;
import fi.kuopas.stakeholder.domain.ContactPerson;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Art 18: a restricted contact person's data may only be stored. Any other use is refused, and
 * the refusal is logged in its own transaction so the log line survives the refused request's rollback.
 */
@ApplicationScoped
public class RestrictionGuard {

    private final AuditLog audit;

    public RestrictionGuard(AuditLog audit) {
        this.audit = audit;
    }

    public void check(ContactPerson p, AuditAction attempted) {
        if (p.restricted()) {
            logRefusal(p.auditKey(), p.id.toString(), attempted);
            throw new ProblemException(409, "processing-restricted", "Processing restricted",
                    "processing of this contact person is restricted (GDPR Art 18); the data is only stored");
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void logRefusal(String subjectKey, String recordId, AuditAction attempted) {
        audit.record(attempted, subjectKey, "contact-person", recordId, "refused: processing restricted (Art 18)");
    }
}
