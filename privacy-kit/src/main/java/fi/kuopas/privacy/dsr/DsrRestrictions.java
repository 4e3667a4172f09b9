package fi.kuopas.privacy.dsr;

import fi.kuopas.privacy.audit.AuditAction;
import fi.kuopas.privacy.audit.AuditLog;
import fi.kuopas.privacy.restriction.Restrictions;
import fi.kuopas.privacy.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * GDPR Art 18 from a data-subject request: one record of the subject restricted (or lifted) in the
 * kit's restriction table, and the change audited, the same way in every register.
 */
@ApplicationScoped
public class DsrRestrictions {

    private final Restrictions restrictions;
    private final AuditLog audit;
    private final Caller caller;

    public DsrRestrictions(Restrictions restrictions, AuditLog audit, Caller caller) {
        this.restrictions = restrictions;
        this.audit = audit;
        this.caller = caller;
    }

    /**
     * @param restrictionKey what the register's guard checks for the record (its restriction key)
     * @param auditKey       the subject key the record's audit lines are filed under
     * @param recordType     the record type in the audit line
     */
    public void apply(RestrictionCall call, String restrictionKey, String auditKey, String recordType) {
        restrictions.apply(restrictionKey, call.action(), call.caseId(), caller.name());
        audit.record(AuditAction.RESTRICT, auditKey, recordType, call.caseId().toString(), "Art 18 restriction " + call.action());
    }
}
