package fi.kuopas.gateway.service;

import fi.kuopas.gateway.domain.CaseStep;
import fi.kuopas.gateway.domain.DsrCase;
import fi.kuopas.privacy.audit.AuditAction;
import fi.kuopas.privacy.audit.AuditLog;
import fi.kuopas.privacy.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
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
    private final Caller caller;

    public CaseJournal(AuditLog audit, Caller caller) {
        this.audit = audit;
        this.caller = caller;
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

    /** Who acts on the case: the DPO in a request, "system" for the background work. */
    public String actor() {
        return caller.name();
    }

    private static String purpose(DsrCase c) {
        return "DSR case " + c.id;
    }
}
