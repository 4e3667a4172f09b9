package fi.kuopas.gateway.service;

import fi.kuopas.gateway.config.GatewayConfig;
import fi.kuopas.gateway.config.RegisterDirectory;
import fi.kuopas.gateway.domain.CaseStatus;
import fi.kuopas.gateway.domain.DsrCase;
import fi.kuopas.gateway.domain.RegisterTask;
import fi.kuopas.gateway.domain.RegisterTask.Phase;
import fi.kuopas.gateway.domain.RequestType;
import fi.kuopas.gateway.domain.VerificationMethod;
import fi.kuopas.privacy.dsr.RestrictionCall;
import fi.kuopas.privacy.problem.ProblemException;
import fi.kuopas.privacy.subject.SubjectKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The DPO's actions on a case. Each one is a step in the case history and in the audit log. */
@ApplicationScoped
public class CaseService {

    private final SubjectKeys subjectKeys;
    private final CaseSecrets secrets;
    private final CaseJournal journal;
    private final GatewayConfig config;
    private final RegisterDirectory registers;
    private final CaseIdentifiers identifiers;

    public CaseService(SubjectKeys subjectKeys, CaseSecrets secrets, CaseJournal journal, GatewayConfig config,
            RegisterDirectory registers, CaseIdentifiers identifiers) {
        this.subjectKeys = subjectKeys;
        this.secrets = secrets;
        this.journal = journal;
        this.config = config;
        this.registers = registers;
        this.identifiers = identifiers;
    }

    @Transactional
    public CaseCommands.Opened open(CaseCommands.Open request) {
        Set<String> keys = request.subject().keys(subjectKeys);
        List<CaseCommands.IdentifierProof> proofs = request.proofs();
        if (request.type() == RequestType.RECTIFICATION && request.corrections().isEmpty()) {
            throw ProblemException.badRequest("a RECTIFICATION request needs at least one correction");
        }
        Instant now = Instant.now();
        VerificationMethod method = request.method();
        DsrCase c = new DsrCase();
        c.type = request.type();
        c.subjectKeys = String.join(" ", keys);
        c.subjectKey = keys.iterator().next();
        c.subjectEncrypted = secrets.seal(request.subject());
        c.requestEncrypted = secrets.seal(payloadOf(request));
        c.verificationMethod = method;
        c.verificationReference = request.verificationReference();
        c.receivedAt = request.receivedAt() == null ? now : request.receivedAt();
        c.createdBy = journal.actor();
        if (method.verified()) {
            c.status = firstWorkingStatus(request.type(), request.restriction());
            c.verifiedAt = now;
        } else {
            c.status = CaseStatus.AWAITING_VERIFICATION;
            // Art 12(6): the clock stops only for a recorded reasonable doubt with a request for information sent.
            if (request.doubt() != null) {
                CaseAnswers.stopClock(c, request.doubt(), now);
            }
        }
        c.dueAt = Deadlines.due(c.receivedAt, config.zone(), 0, Duration.ZERO);
        c.persist();
        identifiers.record(c, keys, method, proofs, now);
        for (RegisterDirectory.Entry register : registers.all()) {
            RegisterTask task = RegisterTask.pending(c.id, register.url().toString(), c.type.firstPhase(), now);
            task.registerName = register.name(); // problems and views name registers, never internal URLs
            task.persist();
        }
        journal.step(c, "OPENED", c.type + " request, identity " + method + ", " + registers.all().size() + " registers; "
                + identifiers.summary(c.id) + (c.pausedSince != null ? "; clock stopped: information requested" : ""));
        return new CaseCommands.Opened(c.id, c.type, c.status, c.receivedAt, c.dueAt);
    }

    @Transactional
    public void recordVerification(UUID id, CaseCommands.Verification request) {
        if (!request.method().verified()) {
            throw ProblemException.badRequest("method must say how identity was verified, not " + request.method());
        }
        DsrCase c = lock(id);
        if (c.status != CaseStatus.AWAITING_VERIFICATION) {
            throw ProblemException.conflict("identity of this case is already verified (status " + c.status + ")");
        }
        Instant now = Instant.now();
        if (c.pausedSince != null) {
            c.pausedSeconds += Math.max(0, Duration.between(c.pausedSince, now).toSeconds());
            c.pausedSince = null;
        }
        c.verificationMethod = request.method();
        c.verificationReference = request.reference();
        c.verifiedAt = now;
        identifiers.proveBy(c, request.method(), request.reference(), now);
        c.dueAt = Deadlines.due(c.receivedAt, config.zone(), c.extensionMonths, Duration.ofSeconds(c.pausedSeconds));
        c.status = firstWorkingStatus(c.type, secrets.open(c.requestEncrypted, RequestPayload.class).restriction());
        journal.step(c, "IDENTITY_VERIFIED", request.method() + "; deadline clock resumed after "
                + c.pausedSeconds + " s paused");
    }

    @Transactional
    public CaseCommands.Extended extend(UUID id, CaseCommands.Extension request) {
        DsrCase c = lock(id);
        requireOpen(c);
        if (c.extended()) {
            throw ProblemException.conflict("the deadline of this case has already been extended once (Art 12(3))");
        }
        Instant now = Instant.now();
        if (c.pausedSince == null && now.isAfter(c.dueAt)) {
            throw ProblemException.conflict("the deadline has passed; an extension must be decided and told to the subject within the first month (Art 12(3))");
        }
        int months = request.months() == null ? Deadlines.MAX_EXTENSION_MONTHS : request.months();
        Instant original = c.dueAt;
        c.extensionMonths = months;
        c.extensionReason = request.reason().strip();
        c.extendedAt = now;
        c.dueAt = Deadlines.due(c.receivedAt, config.zone(), months, Duration.ofSeconds(c.pausedSeconds));
        journal.step(c, "EXTENDED", "by " + months + " month(s)");
        return new CaseCommands.Extended(c.id, c.receivedAt, original, c.dueAt, months, c.extensionReason);
    }

    @Transactional
    public void cancel(UUID id, String reason) {
        DsrCase c = lock(id);
        requireOpen(c);
        Instant now = Instant.now();
        c.status = CaseStatus.CANCELLED;
        c.cancelledAt = now;
        c.cancellationReason = reason.strip();
        RegisterTask.update("status = ?1 WHERE caseId = ?2 AND status = ?3",
                RegisterTask.Status.CANCELLED, c.id, RegisterTask.Status.PENDING);
        journal.step(c, "CANCELLED", null);
    }

    /**
     * Four-eyes: a second DPO, not the one who opened the case, approves executing the previewed
     * erasure. Both names are in the journal and the erasure report.
     */
    @Transactional
    public void approveErasure(UUID id) {
        DsrCase c = lock(id);
        requireErasurePreviewed(c);
        String approver = journal.actor();
        if (approver.equals(c.createdBy)) {
            throw ProblemException.conflict("the erasure must be approved by a second DPO, not by the one who opened the case");
        }
        if (c.erasureApprovedBy != null) {
            throw ProblemException.conflict("the erasure has already been approved");
        }
        c.erasureApprovedBy = approver;
        c.erasureApprovedAt = Instant.now();
        journal.step(c, "ERASURE_APPROVED", "by a second DPO");
    }

    /** The DPO has seen the preview (and, with four-eyes on, a second DPO approved); the same registers now erase for real. */
    @Transactional
    public void executeErasure(UUID id) {
        DsrCase c = lock(id);
        requireErasurePreviewed(c);
        if (config.erasure().fourEyes() && c.erasureApprovedBy == null) {
            throw ProblemException.conflict("executing an erasure needs the approval of a second DPO first "
                    + "(POST /api/v1/data-subject-requests/" + c.id + "/erasure-approval)");
        }
        Instant now = Instant.now();
        List<RegisterTask> previews = RegisterTask.list("caseId = ?1 AND phase = ?2 AND round = ?3", c.id,
                Phase.ERASURE_PREVIEW, c.round);
        for (RegisterTask preview : previews) {
            RegisterTask task = RegisterTask.pending(c.id, preview.registerUrl, Phase.ERASURE, c.round, now);
            task.registerName = preview.registerName;
            task.persist();
        }
        c.status = CaseStatus.IN_PROGRESS;
        journal.step(c, "ERASURE_CONFIRMED", previews.size() + " registers");
    }

    /** Art 18(3): lifting a restriction waits until the subject has been told; everything else starts at once. */
    private static CaseStatus firstWorkingStatus(RequestType type, RestrictionCall.Action restriction) {
        return type == RequestType.RESTRICTION && restriction == RestrictionCall.Action.LIFT
                ? CaseStatus.AWAITING_LIFT_NOTICE : CaseStatus.IN_PROGRESS;
    }

    /** Art 18(3): the subject was told before the restriction is lifted; now the registers lift it. */
    @Transactional
    public void recordLiftNotice(UUID id, CaseCommands.LiftNotice request) {
        DsrCase c = lock(id);
        if (c.status != CaseStatus.AWAITING_LIFT_NOTICE) {
            throw ProblemException.conflict("only a case lifting a restriction waits for the notice to the subject (status "
                    + c.status + ")");
        }
        c.liftNoticeAt = Instant.now();
        c.liftNoticeChannel = request.channel();
        c.liftNoticeReference = request.reference().strip();
        c.status = CaseStatus.IN_PROGRESS;
        journal.step(c, "LIFT_NOTICE_SENT", request.channel().name());
    }

    private static void requireErasurePreviewed(DsrCase c) {
        if (c.type != RequestType.ERASURE) {
            throw ProblemException.conflict("only an ERASURE case can execute an erasure");
        }
        if (c.status != CaseStatus.AWAITING_ERASURE_CONFIRMATION) {
            throw ProblemException.conflict("the erasure can be approved and executed only after every register has answered "
                    + "the preview and every possible match is decided (status " + c.status + ")");
        }
    }

    DsrCase lock(UUID id) {
        DsrCase c = DsrCase.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (c == null) {
            throw ProblemException.notFound("data-subject request " + id);
        }
        return c;
    }

    private static void requireOpen(DsrCase c) {
        if (c.status.isClosed()) {
            throw ProblemException.conflict("the case is " + c.status);
        }
    }

    private static RequestPayload payloadOf(CaseCommands.Open r) {
        return new RequestPayload(r.details(), r.corrections(), r.objectionPurpose(), r.objectionGrounds(), r.restriction());
    }
}
