package fi.kuopas.gateway.service;

import fi.kuopas.gateway.domain.CaseStep;
import fi.kuopas.gateway.domain.DsrCase;
import fi.kuopas.privacy.audit.AuditAction;
import fi.kuopas.privacy.audit.AuditLog;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import java.time.Instant;

/**
 * Every step of a case goes to the case history (who, when, what) and to the hash-chained audit
 * log under the subject's key with purpose "DSR case &lt;id&gt;", in the caller's transaction.
 */
@ApplicationScoped
public class CaseJournal {

    public static final String RECORD_TYPE = "dsr_case";

    private final AuditLog audit;
    private final Instance<SecurityIdentity> identity;

    public CaseJournal(AuditLog audit, Instance<SecurityIdentity> identity) {
        this.audit = audit;
        this.identity = identity;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void step(DsrCase c, String action, String detail) {
        step(c, AuditAction.DSR, action, detail);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void step(DsrCase c, AuditAction auditAction, String action, String detail) {
        CaseStep.of(c.id, Instant.now(), actor(), action, detail).persist();
        audit.record(auditAction, c.subjectKey, RECORD_TYPE, c.id.toString(), purpose(c));
    }

    /** A read of the case or its result: audited, not a step of the case. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void read(DsrCase c, AuditAction auditAction, String recordType) {
        audit.record(auditAction, c.subjectKey, recordType, c.id.toString(), purpose(c));
    }

    public String actor() {
        try {
            if (identity.isResolvable()) {
                SecurityIdentity id = identity.get();
                if (!id.isAnonymous()) {
                    return id.getPrincipal().getName();
                }
            }
        } catch (RuntimeException e) {
            // No request context: the background retry acts.
        }
        return "system";
    }

    private static String purpose(DsrCase c) {
        return "DSR case " + c.id;
    }
}
