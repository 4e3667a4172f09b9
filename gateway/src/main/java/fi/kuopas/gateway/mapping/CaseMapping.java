package fi.kuopas.gateway.mapping;

import fi.kuopas.gateway.domain.CaseMatch;
import fi.kuopas.gateway.domain.RecipientNotification;
import fi.kuopas.gateway.domain.VerificationMethod;
import fi.kuopas.gateway.rest.CaseDtos.AnswerRequest;
import fi.kuopas.gateway.rest.CaseDtos.CaseCreated;
import fi.kuopas.gateway.rest.CaseDtos.ExtensionDecision;
import fi.kuopas.gateway.rest.CaseDtos.ExtensionRequest;
import fi.kuopas.gateway.rest.CaseDtos.IdentityDoubt;
import fi.kuopas.gateway.rest.CaseDtos.LiftNoticeRequest;
import fi.kuopas.gateway.rest.CaseDtos.MatchConfirmation;
import fi.kuopas.gateway.rest.CaseDtos.MatchView;
import fi.kuopas.gateway.rest.CaseDtos.OpenCaseRequest;
import fi.kuopas.gateway.rest.CaseDtos.RecipientNotificationRequest;
import fi.kuopas.gateway.rest.CaseDtos.RecipientView;
import fi.kuopas.gateway.rest.CaseDtos.RefusalDecision;
import fi.kuopas.gateway.rest.CaseDtos.RefusalRequest;
import fi.kuopas.gateway.rest.CaseDtos.SubjectNotice;
import fi.kuopas.gateway.rest.CaseDtos.VerificationRequest;
import fi.kuopas.gateway.service.CaseCommands;
import fi.kuopas.gateway.service.CaseMatches;
import fi.kuopas.gateway.service.ExtensionNotice;
import fi.kuopas.gateway.service.RefusalNotice;
import fi.kuopas.privacy.dsr.RectificationCall;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

/**
 * The one place where the case API's bodies (and the console's forms, which fill the same bodies to
 * validate them alike) meet the case services: request bodies to commands, what a service answers to
 * response bodies. Plain static factories (docs/architecture.md, "Layers inside a service").
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

    /** A case's possible matches as the API shows them, the deciding staff member included. */
    public static List<MatchView> matches(List<CaseMatches.Found> found) {
        return found.stream().map(f -> {
            CaseMatch m = f.match();
            return new MatchView(m.id, m.registerName, m.recordKind, Arrays.asList(m.matchedIdentifiers.split(" ")),
                    f.hint(), m.status, m.foundAt, m.decidedAt, m.decidedBy, m.decisionReason);
        }).toList();
    }

    /** Art 19 recipients as the API shows them; who decided only for staff, never in the subject's report. */
    public static List<RecipientView> recipients(List<RecipientNotification> notifications, boolean withStaff) {
        return notifications.stream()
                .map(n -> new RecipientView(n.id, n.registerName, n.recipient, n.status, n.decidedAt,
                        withStaff ? n.decidedBy : null, n.reference, n.reason))
                .toList();
    }
}
