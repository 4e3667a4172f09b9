package fi.kuopas.privacy.dsr;

import fi.kuopas.privacy.audit.AuditAction;
import fi.kuopas.privacy.audit.AuditLog;
import fi.kuopas.privacy.restriction.Restrictions;
import fi.kuopas.privacy.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;

/**
 * Applies the DSR SPI's Art 18 call the one way every register does: the restriction is set (or
 * lifted) in the kit's restriction record under each restriction key, by the caller, with the case
 * as reference, and the call is audited ({@code RESTRICT}) under each key the subject's records are
 * filed under. The kit's {@code RestrictionGuard} then refuses processing under those keys. Joins
 * the caller's transaction.
 */
@ApplicationScoped
public class RestrictionCalls {

    private final Restrictions restrictions;
    private final AuditLog audit;
    private final Caller caller;

    public RestrictionCalls(Restrictions restrictions, AuditLog audit, Caller caller) {
        this.restrictions = restrictions;
        this.audit = audit;
        this.caller = caller;
    }

    /**
     * @param restrictionKeys what the register's {@code RestrictionGuard} checks: subject keys, or
     *     record keys where the register files restrictions by record (e.g. a footage request)
     * @param auditKeys the subject keys the audit line goes under
     * @param recordType the record type of the audit line
     */
    public void apply(RestrictionCall call, Collection<String> restrictionKeys, Collection<String> auditKeys,
            String recordType) {
        for (String key : restrictionKeys) {
            restrictions.apply(key, call.action(), call.caseId(), caller.name());
        }
        for (String key : auditKeys) {
            audit.record(AuditAction.RESTRICT, key, recordType, call.caseId().toString(), "Art 18 restriction " + call.action());
        }
    }

    /** One record: restricted under {@code restrictionKey}, audited under {@code auditKey}. */
    public void apply(RestrictionCall call, String restrictionKey, String auditKey, String recordType) {
        apply(call, java.util.List.of(restrictionKey), java.util.List.of(auditKey), recordType);
    }
}
