package fi.kuopas.privacy.restriction;

import fi.kuopas.privacy.audit.AuditAction;
import fi.kuopas.privacy.audit.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Audits every refusal the same way in every register: action RESTRICT, the subject key, the record
 * type and id, and purpose {@value #PURPOSE}. Written in its own transaction, so the refusal stays in
 * the log although the refused request rolls back.
 */
@ApplicationScoped
public class AuditedRefusals implements RefusalAudit {

    /** The purpose of every refusal's audit line, the wording the registers used before the kit. */
    public static final String PURPOSE = "refused: processing restricted (Art 18)";

    private final AuditLog audit;

    public AuditedRefusals(AuditLog audit) {
        this.audit = audit;
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void refused(String subjectKey, String recordType, String recordId) {
        audit.record(AuditAction.RESTRICT, subjectKey, recordType, recordId, PURPOSE);
    }
}
