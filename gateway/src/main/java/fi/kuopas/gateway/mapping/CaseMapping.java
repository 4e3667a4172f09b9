package fi.kuopas.gateway.mapping;

import fi.kuopas.gateway.domain.VerificationMethod;
import fi.kuopas.gateway.rest.CaseDtos;
import fi.kuopas.gateway.rest.CaseDtos.AnswerRequest;
import fi.kuopas.gateway.rest.CaseDtos.CaseCreated;
import fi.kuopas.gateway.rest.CaseDtos.ErasurePreviewView;
import fi.kuopas.gateway.rest.CaseDtos.ExtensionDecision;
import fi.kuopas.gateway.rest.CaseDtos.ExtensionRequest;
import fi.kuopas.gateway.rest.CaseDtos.IdentityDoubt;
import fi.kuopas.gateway.rest.CaseDtos.LiftNoticeRequest;
import fi.kuopas.gateway.rest.CaseDtos.MatchConfirmation;
import fi.kuopas.gateway.rest.CaseDtos.OpenCaseRequest;
import fi.kuopas.gateway.rest.CaseDtos.RecipientNotificationRequest;
import fi.kuopas.gateway.rest.CaseDtos.RefusalDecision;
import fi.kuopas.gateway.rest.CaseDtos.RefusalRequest;
import fi.kuopas.gateway.rest.CaseDtos.ReportView;
import fi.kuopas.gateway.rest.CaseDtos.SubjectNotice;
import fi.kuopas.gateway.rest.CaseDtos.VerificationRequest;
import fi.kuopas.gateway.service.CaseCommands;
import fi.kuopas.gateway.service.CaseReport;
import fi.kuopas.gateway.service.CaseViews;
import fi.kuopas.gateway.service.ExtensionNotice;
import fi.kuopas.gateway.service.RefusalNotice;
import fi.kuopas.privacy.dsr.RectificationCall;
import java.time.ZoneId;
import java.util.List;

/**
 * Where the case API's bodies (and the console's forms, which fill the same bodies to validate them
 * alike, {@link CaseForms}) meet the case services: request bodies to commands, what a service answers
 * ({@code CaseViews}, {@code CaseReport}, decisions) to response bodies. Plain static factories
 * (docs/architecture.md, "Layers inside a service").
 */
public final class CaseMapping {

    private CaseMapping() {
    }

    /** A case to open: no verification is {@code NONE}, no proofs or corrections are empty lists. */
    public static CaseCommands.Open open(OpenCaseRequest r) {
        List<CaseCommands.IdentifierProof> proofs = r.verification() == null || r.verification().confirmedIdentifiers() == null
                ? List.of() : r.verification().confirmedIdentifiers().stream()
                        .map(p -> new CaseCommands.IdentifierProof(p.identifier(), p.method(), p.reference())).toList();
        List<RectificationCall.Correction> corrections = r.corrections() == null ? List.of()
                : r.corrections().stream().map(x -> new RectificationCall.Correction(x.field(), x.value())).toList();
        return new CaseCommands.Open(r.type(), r.subject(), r.verification() == null ? VerificationMethod.NONE : r.verification().method(),
                r.verification() == null ? null : r.verification().reference(), proofs, r.details(), r.receivedAt(), corrections,
                r.objectionPurpose(), r.objectionGrounds(), r.restriction(), r.identityDoubt() == null ? null : doubt(r.identityDoubt()));
    }

    public static CaseCreated created(CaseCommands.Opened c) {
        return new CaseCreated(c.id(), c.type(), c.status(), c.receivedAt(), c.dueAt());
    }

    public static CaseCommands.Answer answer(AnswerRequest r) {
        return new CaseCommands.Answer(r.channel(), r.reference(), r.answeredAt());
    }

    public static CaseCommands.Refusal refusal(RefusalRequest r) {
        return new CaseCommands.Refusal(r.ground(), r.reason());
    }

    public static CaseCommands.Doubt doubt(IdentityDoubt r) {
        return new CaseCommands.Doubt(r.reason(), r.requestReference(), r.informationRequestedAt());
    }

    public static CaseCommands.Verification verification(VerificationRequest r) {
        return new CaseCommands.Verification(r.method(), r.reference());
    }

    public static CaseCommands.Extension extension(ExtensionRequest r) {
        return new CaseCommands.Extension(r.reason(), r.months());
    }

    public static CaseCommands.LiftNotice liftNotice(LiftNoticeRequest r) {
        return new CaseCommands.LiftNotice(r.channel(), r.reference());
    }

    public static CaseCommands.Proof proof(MatchConfirmation r) {
        return new CaseCommands.Proof(r.method(), r.reference());
    }

    public static CaseCommands.RecipientDecision recipientDecision(RecipientNotificationRequest r) {
        return new CaseCommands.RecipientDecision(r.status(), r.reference(), r.reason());
    }

    /** The refusal and its notice to the subject in fi, sv and en (dates in the deadline calendar's zone). */
    public static RefusalDecision refusalDecision(CaseCommands.Refused r, ZoneId zone) {
        return new RefusalDecision(r.id(), r.ground(), r.reason(), r.refusedAt(), new SubjectNotice(
                RefusalNotice.text("fi", r.receivedAt(), r.ground(), r.reason(), zone),
                RefusalNotice.text("sv", r.receivedAt(), r.ground(), r.reason(), zone),
                RefusalNotice.text("en", r.receivedAt(), r.ground(), r.reason(), zone)));
    }

    /** The extension and its notice to the subject in fi, sv and en. */
    public static ExtensionDecision extensionDecision(CaseCommands.Extended e, ZoneId zone) {
        return new ExtensionDecision(e.id(), e.originalDueAt(), e.dueAt(), e.months(), e.reason(), new SubjectNotice(
                ExtensionNotice.text("fi", e.receivedAt(), e.dueAt(), e.months(), e.reason(), zone),
                ExtensionNotice.text("sv", e.receivedAt(), e.dueAt(), e.months(), e.reason(), zone),
                ExtensionNotice.text("en", e.receivedAt(), e.dueAt(), e.months(), e.reason(), zone)));
    }

    /** A case as the API shows it: a copy of what the query read. */
    public static CaseDtos.CaseView view(CaseViews.CaseView c) {
        return new CaseDtos.CaseView(c.id(), c.type(), c.status(), c.receivedAt(), c.dueAt(), c.clockPaused(), c.overdue(),
                subject(c.subject()), verification(c.verification()), extension(c.extension()),
                c.registers().stream().map(CaseMapping::register).toList(), c.history().stream().map(CaseMapping::step).toList(),
                c.completedAt(), c.cancelledAt(), c.identifiers().stream().map(CaseMapping::identifier).toList(),
                matches(c.possibleMatches()), approval(c.erasureApproval()), answer(c.answer()), refusal(c.refusal()),
                pause(c.pause()), recipients(c.recipients()), c.followUp());
    }

    public static List<CaseDtos.CaseSummary> summaries(List<CaseViews.CaseSummary> rows) {
        return rows.stream().map(r -> new CaseDtos.CaseSummary(r.id(), r.type(), r.status(), r.receivedAt(), r.dueAt(),
                r.clockPaused(), r.overdue(), r.dueSoon(), r.pendingRegisters(), r.answeredAt(), r.followUp())).toList();
    }

    /** The report as the API (and the console's JSON download) gives it. */
    public static ReportView report(CaseReport r) {
        return new ReportView(r.caseId(), r.type(), r.status(), r.receivedAt(), r.completedAt(), r.language(), subject(r.subject()),
                r.access(), r.portability() == null ? null : r.portability().stream().map(CaseMapping::portable).toList(),
                r.erasure(), r.outcomes(), r.rights(), r.complaintAuthority(), r.automatedDecisions(),
                r.possibleMatches() == null ? null : matches(r.possibleMatches()), approval(r.erasureApproval()),
                r.recipients() == null ? null : recipients(r.recipients()),
                r.disclosures() == null ? null : r.disclosures().stream()
                        .map(d -> new CaseDtos.RegisterDisclosuresView(d.register(), d.recipients(), d.transfers())).toList());
    }

    private static CaseDtos.PortableRegisterView portable(CaseReport.PortableRegister p) {
        return new CaseDtos.PortableRegisterView(p.register(), p.categories().stream()
                .map(c -> new CaseDtos.PortableCategoryView(c.name(), c.purpose(), c.legalBasis(), c.records())).toList());
    }

    public static ErasurePreviewView erasurePreview(CaseReport.ErasurePreview p) {
        return new ErasurePreviewView(p.caseId(), p.status(), p.registers(), matches(p.possibleMatches()), approval(p.approval()));
    }

    private static CaseDtos.SubjectView subject(CaseViews.SubjectView s) {
        return s == null ? null : new CaseDtos.SubjectView(s.name(), s.personalIdentityCode(), s.email(), s.phone(), s.birthDate());
    }

    private static CaseDtos.VerificationView verification(CaseViews.VerificationView v) {
        return v == null ? null : new CaseDtos.VerificationView(v.method(), v.reference(), v.verifiedAt());
    }

    private static CaseDtos.ExtensionView extension(CaseViews.ExtensionView e) {
        return e == null ? null : new CaseDtos.ExtensionView(e.months(), e.reason(), e.extendedAt());
    }

    private static CaseDtos.RegisterView register(CaseViews.RegisterView r) {
        return new CaseDtos.RegisterView(r.register(), r.url(), r.phase(), r.round(), r.status(), r.attempts(), r.lastError(),
                r.nextAttemptAt(), r.completedAt());
    }

    private static CaseDtos.StepView step(CaseViews.StepView s) {
        return new CaseDtos.StepView(s.at(), s.actor(), s.action(), s.detail());
    }

    private static CaseDtos.IdentifierView identifier(CaseViews.IdentifierView i) {
        return new CaseDtos.IdentifierView(i.identifier(), i.verified(), i.method(), i.reference(), i.verifiedAt());
    }

    private static List<CaseDtos.MatchView> matches(List<CaseViews.MatchView> matches) {
        return matches.stream().map(m -> new CaseDtos.MatchView(m.id(), m.register(), m.recordKind(), m.matchedIdentifiers(),
                m.hint(), m.status(), m.foundAt(), m.decidedAt(), m.decidedBy(), m.reason())).toList();
    }

    private static CaseDtos.ErasureApproval approval(CaseViews.ErasureApproval a) {
        return a == null ? null : new CaseDtos.ErasureApproval(a.openedBy(), a.approvedBy(), a.approvedAt());
    }

    private static CaseDtos.AnswerView answer(CaseViews.AnswerView a) {
        return a == null ? null : new CaseDtos.AnswerView(a.answeredAt(), a.channel(), a.reference());
    }

    private static CaseDtos.RefusalView refusal(CaseViews.RefusalView r) {
        return r == null ? null : new CaseDtos.RefusalView(r.ground(), r.reason(), r.refusedAt());
    }

    private static CaseDtos.PauseView pause(CaseViews.PauseView p) {
        return p == null ? null : new CaseDtos.PauseView(p.reason(), p.informationRequestedAt(), p.requestReference());
    }

    private static List<CaseDtos.RecipientView> recipients(List<CaseViews.RecipientView> recipients) {
        return recipients.stream().map(r -> new CaseDtos.RecipientView(r.id(), r.register(), r.recipient(), r.status(),
                r.decidedAt(), r.decidedBy(), r.reference(), r.reason())).toList();
    }
}
