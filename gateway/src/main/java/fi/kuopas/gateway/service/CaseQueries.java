package fi.kuopas.gateway.service;

import fi.kuopas.gateway.config.GatewayConfig;
import fi.kuopas.gateway.domain.CaseIdentifier;
import fi.kuopas.gateway.domain.CaseStatus;
import fi.kuopas.gateway.domain.RequestType;
import fi.kuopas.gateway.domain.CaseStep;
import fi.kuopas.gateway.domain.DsrCase;
import fi.kuopas.gateway.domain.RefusalGround;
import fi.kuopas.gateway.domain.RegisterTask;
import fi.kuopas.gateway.mapping.CaseMapping;
import fi.kuopas.gateway.rest.CaseDtos.CaseSummary;
import fi.kuopas.gateway.rest.CaseDtos.CaseView;
import fi.kuopas.gateway.rest.CaseDtos.AnswerView;
import fi.kuopas.gateway.rest.CaseDtos.ExtensionView;
import fi.kuopas.gateway.rest.CaseDtos.PauseView;
import fi.kuopas.gateway.rest.CaseDtos.RefusalView;
import fi.kuopas.gateway.rest.CaseDtos.IdentifierView;
import fi.kuopas.gateway.rest.CaseDtos.RegisterView;
import fi.kuopas.gateway.rest.CaseDtos.StepView;
import fi.kuopas.gateway.rest.CaseDtos.SubjectView;
import fi.kuopas.gateway.rest.CaseDtos.VerificationView;
import fi.kuopas.privacy.audit.AuditAction;
import fi.kuopas.privacy.identity.PersonalIdentityCode;
import fi.kuopas.privacy.problem.ProblemException;
import fi.kuopas.privacy.subject.SubjectIdentifiers;
import fi.kuopas.privacy.web.Paging;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** The DPO's views of cases. Opening a case is a read of the subject's data and is audited. */
@ApplicationScoped
public class CaseQueries {

    private final CaseSecrets secrets;
    private final CaseJournal journal;
    private final GatewayConfig config;
    private final CaseMatches matches;
    private final RecipientNotifications recipients;

    public CaseQueries(CaseSecrets secrets, CaseJournal journal, GatewayConfig config, CaseMatches matches,
            RecipientNotifications recipients) {
        this.recipients = recipients;
        this.secrets = secrets;
        this.journal = journal;
        this.config = config;
        this.matches = matches;
    }

    @Transactional
    public CaseView view(UUID id) {
        DsrCase c = find(id);
        journal.read(c, AuditAction.VIEW, CaseJournal.RECORD_TYPE);
        Instant now = Instant.now();
        List<RegisterView> registers = RegisterTask.<RegisterTask>list("caseId = ?1", Sort.by("phase").and("registerUrl"), id)
                .stream().map(t -> new RegisterView(t.label(), t.registerUrl, t.phase, t.round, t.status, t.attempts, t.lastError,
                        t.status == RegisterTask.Status.PENDING ? t.nextAttemptAt : null, t.completedAt))
                .toList();
        List<StepView> history = CaseStep.<CaseStep>list("caseId = ?1", Sort.by("occurredAt"), id).stream()
                .map(s -> new StepView(s.occurredAt, s.actor, s.action, s.detail)).toList();
        return new CaseView(c.id, c.type, c.status, c.receivedAt, c.dueAt, c.pausedSince != null,
                Deadlines.overdue(c.dueAt, c.pausedSince != null, c.answered(), c.status == CaseStatus.CANCELLED, now),
                subjectView(secrets.open(c.subjectEncrypted, SubjectIdentifiers.class)),
                new VerificationView(c.verificationMethod, c.verificationReference, c.verifiedAt),
                c.extended() ? new ExtensionView(c.extensionMonths, c.extensionReason, c.extendedAt) : null,
                registers, history, c.completedAt, c.cancelledAt,
                CaseIdentifier.ofCase(c.id).stream().map(i -> new IdentifierView(i.id.kind(), i.verified, i.proofMethod,
                        i.proofReference, i.verifiedAt)).toList(),
                CaseMapping.matches(matches.list(c.id)), CaseReportAssembler.erasureApproval(c),
                c.answered() ? new AnswerView(c.answeredAt, c.answerChannel, c.answerReference) : null,
                c.refusalGround == null ? null : new RefusalView(c.refusalGround, c.refusalReason, c.refusedAt),
                c.pauseReason == null ? null : new PauseView(c.pauseReason, c.informationRequestedAt, c.informationRequestReference),
                CaseMapping.recipients(recipients.list(c.id), true),
                Deadlines.followUp(c.pausedSince, now));
    }

    /**
     * What the extension and refusal notices of a case say: its number, when it was received and is due, and
     * the extension (months null: not extended) and the refusal (ground null: not refused) as recorded.
     */
    public record NoticeFacts(UUID id, Instant receivedAt, Instant dueAt, Integer extensionMonths, String extensionReason,
            RefusalGround refusalGround, String refusalReason) {
    }

    /** The facts of a case's notices; a read of the case like {@link #view}, audited the same way. */
    @Transactional
    public NoticeFacts noticeFacts(UUID id) {
        DsrCase c = find(id);
        journal.read(c, AuditAction.VIEW, CaseJournal.RECORD_TYPE);
        return new NoticeFacts(c.id, c.receivedAt, c.dueAt, c.extended() ? c.extensionMonths : null, c.extensionReason,
                c.refusalGround, c.refusalReason);
    }

    /**
     * The console's list: the API's filters plus the request type and the console's quick filters
     * (overdue, dueSoon, unanswered, paused, awaitingApproval), each mapped onto the same queries.
     */
    @Transactional
    public List<CaseSummary> console(CaseStatus status, RequestType type, String filter, int page, int pageSize) {
        String f = filter == null ? "" : filter;
        CaseStatus s = "awaitingApproval".equals(f) ? CaseStatus.AWAITING_ERASURE_CONFIRMATION : status;
        List<CaseSummary> rows = list(s, "overdue".equals(f) ? Boolean.TRUE : null, "dueSoon".equals(f) ? Boolean.TRUE : null,
                "unanswered".equals(f) ? Boolean.FALSE : null, null, 0, Math.min(5000, (page + 1) * pageSize * 4 + 1));
        return rows.stream().filter(r -> type == null || r.type() == type)
                .filter(r -> !"paused".equals(f) || r.clockPaused())
                .skip((long) page * pageSize).limit(pageSize + 1L).toList(); // one more: is there a next page
    }

    /** How many cases are in each status, and how many are overdue or due soon: the console's header. */
    @Transactional
    public Map<String, Long> counts() {
        Map<String, Long> counts = new java.util.LinkedHashMap<>();
        for (CaseStatus s : CaseStatus.values()) {
            counts.put(s.name(), DsrCase.count("status", s));
        }
        Instant now = Instant.now();
        counts.put("overdue", DsrCase.count("answeredAt IS NULL AND status <> ?1 AND pausedSince IS NULL AND dueAt < ?2",
                CaseStatus.CANCELLED, now));
        counts.put("dueSoon", DsrCase.count("answeredAt IS NULL AND status <> ?1 AND dueAt >= ?2 AND dueAt < ?3",
                CaseStatus.CANCELLED, now, now.plus(Duration.ofDays(config.dueSoonDays()))));
        counts.put("paused", DsrCase.count("pausedSince IS NOT NULL"));
        return counts;
    }

    /** Open cases and their deadlines; {@code overdue} true lists only late ones, {@code dueSoon} those due within the configured days. */
    @Transactional
    public List<CaseSummary> list(CaseStatus status, Boolean overdue, Boolean dueSoon, Boolean answered, Boolean followUp,
            int page, int size) {
        Instant now = Instant.now();
        Instant soon = now.plus(Duration.ofDays(config.dueSoonDays()));
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (status != null) {
            where.add("status = :status");
            params.and("status", status);
        }
        if (overdue != null) {
            where.add(overdue
                    ? "answeredAt IS NULL AND status <> :cancelled AND pausedSince IS NULL AND dueAt < :now"
                    : "(answeredAt IS NOT NULL OR status = :cancelled OR pausedSince IS NOT NULL OR dueAt >= :now)");
            params.and("cancelled", CaseStatus.CANCELLED).and("now", now);
        }
        if (Boolean.TRUE.equals(answered)) {
            where.add("answeredAt IS NOT NULL");
        } else if (Boolean.FALSE.equals(answered)) {
            where.add("answeredAt IS NULL AND status <> :cancelled");
            params.and("cancelled", CaseStatus.CANCELLED);
        }
        if (Boolean.TRUE.equals(followUp)) {
            where.add("pausedSince < :followUpBefore");
            params.and("followUpBefore", now.minus(Deadlines.FOLLOW_UP_AFTER));
        }
        if (Boolean.TRUE.equals(dueSoon)) {
            where.add("answeredAt IS NULL AND status <> :cancelled AND dueAt >= :from AND dueAt < :soon");
            params.and("cancelled", CaseStatus.CANCELLED).and("from", now).and("soon", soon);
        }
        String query = where.isEmpty() ? "1 = 1" : String.join(" AND ", where);
        List<DsrCase> cases = Paging.list(DsrCase.<DsrCase>find(query, Sort.by("dueAt").and("id"), params), page, size);
        Map<UUID, Long> pending = pendingCounts(cases);
        return cases.stream().map(c -> {
            boolean paused = c.pausedSince != null;
            boolean late = Deadlines.overdue(c.dueAt, paused, c.answered(), c.status == CaseStatus.CANCELLED, now);
            boolean dueSoonNow = !c.answered() && c.status != CaseStatus.CANCELLED && !late && c.dueAt.isBefore(soon);
            return new CaseSummary(c.id, c.type, c.status, c.receivedAt, c.dueAt, paused, late, dueSoonNow,
                    pending.getOrDefault(c.id, 0L).intValue(), c.answeredAt, Deadlines.followUp(c.pausedSince, now));
        }).toList();
    }

    static DsrCase find(UUID id) {
        DsrCase c = DsrCase.findById(id);
        if (c == null) {
            throw ProblemException.notFound("data-subject request " + id);
        }
        return c;
    }

    private static Map<UUID, Long> pendingCounts(List<DsrCase> cases) {
        if (cases.isEmpty()) {
            return Map.of();
        }
        List<UUID> ids = cases.stream().map(c -> c.id).toList();
        return RegisterTask.<RegisterTask>list("caseId IN ?1 AND status = ?2", ids, RegisterTask.Status.PENDING).stream()
                .collect(Collectors.groupingBy(t -> t.caseId, Collectors.counting()));
    }

    static SubjectView subjectView(SubjectIdentifiers s) {
        String code = s.personalIdentityCode() == null || s.personalIdentityCode().isBlank() ? null
                : PersonalIdentityCode.mask(s.personalIdentityCode().strip().toUpperCase(java.util.Locale.ROOT));
        return new SubjectView(s.name(), code, s.email(), s.phone(),
                s.birthDate() == null ? null : s.birthDate().toString());
    }
}
