package fi.kuopas.gateway.service;

import fi.kuopas.gateway.config.GatewayConfig;
import fi.kuopas.gateway.domain.CaseStatus;
import fi.kuopas.gateway.domain.DsrCase;
import fi.kuopas.gateway.domain.RegisterTask;
import fi.kuopas.gateway.domain.RegisterTask.Phase;
import fi.kuopas.gateway.domain.RequestType;
import fi.kuopas.gateway.registers.RegisterJob;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Claims register calls and records their outcomes. A case moves on only when no register is
 * pending; state changes lock the case row, so concurrent answers cannot both miss the last one.
 * Outcomes are recorded on the fan-out pool's threads, which have no request context; one is
 * activated so the audit log can see that no user is acting (it records "system").
 */
@ApplicationScoped
public class CaseProgress {

    private static final String DUE = "SELECT t.id FROM dsr_register_task t JOIN dsr_case c ON c.id = t.case_id "
            + "WHERE t.status = 'PENDING' AND c.status = 'IN_PROGRESS' AND t.next_attempt_at <= ?1 ";
    private static final String CLAIM_ORDER = "ORDER BY t.next_attempt_at LIMIT ?2 FOR UPDATE OF t SKIP LOCKED";

    private final EntityManager em;
    private final CaseSecrets secrets;
    private final CaseJournal journal;
    private final GatewayConfig config;
    private final CaseIdentifiers identifiers;
    private final CaseMatches matches;
    private final RecipientNotifications recipients;

    public CaseProgress(EntityManager em, CaseSecrets secrets, CaseJournal journal, GatewayConfig config,
            CaseIdentifiers identifiers, CaseMatches matches, RecipientNotifications recipients) {
        this.recipients = recipients;
        this.em = em;
        this.secrets = secrets;
        this.journal = journal;
        this.config = config;
        this.identifiers = identifiers;
        this.matches = matches;
    }

    /**
     * Due calls of one case (or of all cases), leased so another round or instance does not take them
     * meanwhile; if the gateway dies mid-call the lease runs out and the call is repeated.
     */
    @Transactional
    public List<RegisterJob> claim(UUID caseId, int limit) {
        Instant now = Instant.now();
        var query = caseId == null
                ? em.createNativeQuery(DUE + CLAIM_ORDER)
                : em.createNativeQuery(DUE + "AND t.case_id = ?3 " + CLAIM_ORDER).setParameter(3, caseId);
        List<?> ids = query.setParameter(1, now).setParameter(2, limit).getResultList();
        List<RegisterJob> jobs = new ArrayList<>();
        for (Object id : ids) {
            RegisterTask t = RegisterTask.findById(id);
            DsrCase c = DsrCase.findById(t.caseId);
            t.attempts++;
            t.nextAttemptAt = now.plus(config.retry().lease());
            jobs.add(new RegisterJob(t.id, t.caseId, c.type, t.registerUrl, t.phase, identifiers.subject(c.id),
                    secrets.open(c.requestEncrypted, RequestPayload.class)));
        }
        return jobs;
    }

    @Transactional
    @ActivateRequestContext
    public void answered(RegisterJob job, String registerName, Object result) {
        DsrCase c = DsrCase.findById(job.caseId(), LockModeType.PESSIMISTIC_WRITE);
        RegisterTask t = RegisterTask.findById(job.taskId());
        if (t.status != RegisterTask.Status.PENDING || c.status != CaseStatus.IN_PROGRESS) {
            return; // cancelled meanwhile, or a repeated call already answered
        }
        Instant now = Instant.now();
        t.status = RegisterTask.Status.DONE;
        t.registerName = registerName;
        t.resultEncrypted = secrets.seal(result);
        t.completedAt = now;
        t.lastError = null;
        int found = matches.record(c, registerName, result, now);
        int toTell = recipients.record(c, t.phase, t.label(), result);
        journal.step(c, "REGISTER_ANSWERED", t.phase + " " + t.label()
                + (found > 0 ? "; " + found + " new possible match(es) for the DPO to decide" : "")
                + (toTell > 0 ? "; " + toTell + " recipient(s) to tell (Art 19)" : ""));
        advance(c, now);
    }

    @Transactional
    @ActivateRequestContext
    public void failed(RegisterJob job, String reason) {
        DsrCase c = DsrCase.findById(job.caseId(), LockModeType.PESSIMISTIC_WRITE);
        RegisterTask t = RegisterTask.findById(job.taskId());
        if (t.status != RegisterTask.Status.PENDING) {
            return;
        }
        t.lastError = reason.length() > 300 ? reason.substring(0, 300) : reason;
        t.nextAttemptAt = Instant.now().plus(backoff(t.attempts));
        if (t.attempts == 1) {
            journal.step(c, "REGISTER_PENDING", t.phase + " " + t.label() + " did not answer (" + t.lastError
                    + "); retried in the background");
        }
    }

    Duration backoff(int attempts) {
        Duration max = config.retry().maxBackoff();
        Duration wait = config.retry().initialBackoff();
        for (int i = 1; i < attempts && wait.compareTo(max) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(max) > 0 ? max : wait;
    }

    /**
     * Moves a case on once no register is pending: to the DPO's decision while possible matches are
     * open, then to the erasure decision (ERASURE before execution) or to COMPLETED.
     */
    void advance(DsrCase c, Instant now) {
        if (RegisterTask.count("caseId = ?1 AND status = ?2", c.id, RegisterTask.Status.PENDING) > 0) {
            return;
        }
        if (matches.open(c.id) > 0) {
            if (c.status != CaseStatus.AWAITING_MATCH_DECISION) {
                c.status = CaseStatus.AWAITING_MATCH_DECISION;
                journal.step(c, "AWAITING_MATCH_DECISION", matches.open(c.id) + " possible match(es) to confirm or dismiss");
            }
            return;
        }
        if (c.type == RequestType.ERASURE && RegisterTask.count("caseId = ?1 AND phase = ?2 AND round = ?3", c.id,
                Phase.ERASURE, c.round) == 0) {
            c.status = CaseStatus.AWAITING_ERASURE_CONFIRMATION;
            journal.step(c, "ERASURE_PREVIEWED", "every register answered the dry run; awaiting the DPO's decision");
            return;
        }
        c.status = CaseStatus.COMPLETED;
        c.completedAt = now;
        journal.step(c, "COMPLETED", null);
    }
}
