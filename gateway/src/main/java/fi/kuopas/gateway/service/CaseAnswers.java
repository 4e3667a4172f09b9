package fi.kuopas.gateway.service;

import fi.kuopas.gateway.domain.CaseStatus;
import fi.kuopas.gateway.domain.DsrCase;
import fi.kuopas.gateway.domain.RefusalGround;
import fi.kuopas.gateway.domain.RegisterTask;
import fi.kuopas.privacy.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;

/**
 * How a case ends towards the subject: the answer as a recorded act (when, how, reference), a
 * refusal with its ground and reasons and the notice to send, and the Art 12(6) pause, which stops
 * the deadline clock only with a recorded reasonable doubt and a request for information sent.
 */
@ApplicationScoped
public class CaseAnswers {

    private final CaseService cases;
    private final CaseJournal journal;

    public CaseAnswers(CaseService cases, CaseJournal journal) {
        this.cases = cases;
        this.journal = journal;
    }

    @Transactional
    public void answer(UUID id, CaseCommands.Answer request) {
        DsrCase c = cases.lock(id);
        if (c.answered()) {
            throw ProblemException.conflict("the case was already answered on " + c.answeredAt);
        }
        if (c.status != CaseStatus.COMPLETED && c.status != CaseStatus.REFUSED) {
            throw ProblemException.conflict("only a completed or refused case can be answered (status " + c.status + ")");
        }
        Instant now = Instant.now();
        Instant at = request.answeredAt() == null ? now : request.answeredAt();
        if (at.isBefore(c.receivedAt)) {
            throw ProblemException.badRequest("answeredAt is before the request was received");
        }
        c.answeredAt = at;
        c.answerChannel = request.channel();
        c.answerReference = request.reference().strip();
        c.answeredBy = journal.actor();
        journal.step(c, "ANSWERED", request.channel() + (at.isAfter(c.dueAt) ? "; after the deadline" : ""));
    }

    @Transactional
    public CaseCommands.Refused refuse(UUID id, CaseCommands.Refusal request) {
        DsrCase c = cases.lock(id);
        if (c.status.isClosed()) {
            throw ProblemException.conflict("the case is " + c.status);
        }
        if (request.ground() == RefusalGround.IDENTITY_NOT_ESTABLISHED && c.status != CaseStatus.AWAITING_VERIFICATION) {
            throw ProblemException.conflict("the identity of this case is verified; refuse on another ground or answer it");
        }
        Instant now = Instant.now();
        c.status = CaseStatus.REFUSED;
        c.refusalGround = request.ground();
        c.refusalReason = request.reason().strip();
        c.refusedAt = now;
        resume(c, now);
        RegisterTask.update("status = ?1 WHERE caseId = ?2 AND status = ?3", RegisterTask.Status.CANCELLED, c.id,
                RegisterTask.Status.PENDING);
        journal.step(c, "REFUSED", request.ground().name());
        return new CaseCommands.Refused(c.id, c.receivedAt, c.refusalGround, c.refusalReason, c.refusedAt);
    }

    /** Art 12(6): a reasonable doubt about identity, recorded, and the request for information sent. */
    @Transactional
    public void pause(UUID id, CaseCommands.Doubt doubt) {
        DsrCase c = cases.lock(id);
        if (c.status != CaseStatus.AWAITING_VERIFICATION) {
            throw ProblemException.conflict("the clock stops only while identity is unverified (status " + c.status + ")");
        }
        if (c.pausedSince != null) {
            throw ProblemException.conflict("the clock is already stopped since " + c.pausedSince);
        }
        pause(c, doubt, Instant.now());
    }

    private void pause(DsrCase c, CaseCommands.Doubt doubt, Instant now) {
        stopClock(c, doubt, now);
        journal.step(c, "CLOCK_STOPPED", "reasonable doubt about identity recorded; information requested");
    }

    static void stopClock(DsrCase c, CaseCommands.Doubt doubt, Instant now) {
        c.pausedSince = doubt.informationRequestedAt() == null ? now : doubt.informationRequestedAt();
        c.pauseReason = doubt.reason().strip();
        c.informationRequestedAt = c.pausedSince;
        c.informationRequestReference = doubt.requestReference().strip();
    }

    private static void resume(DsrCase c, Instant now) {
        if (c.pausedSince != null) {
            c.pausedSeconds += Math.max(0, java.time.Duration.between(c.pausedSince, now).toSeconds());
            c.pausedSince = null;
        }
    }
}
