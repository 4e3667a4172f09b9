package fi.kuopas.gateway.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import fi.kuopas.gateway.domain.AnswerChannel;
import fi.kuopas.gateway.domain.CaseMatch;
import fi.kuopas.gateway.domain.RefusalGround;
import fi.kuopas.gateway.domain.CaseStatus;
import fi.kuopas.gateway.domain.IdentifierKind;
import fi.kuopas.gateway.domain.ProofMethod;
import fi.kuopas.gateway.domain.RecipientNotification;
import fi.kuopas.gateway.domain.RegisterTask;
import fi.kuopas.gateway.domain.RequestType;
import fi.kuopas.gateway.domain.VerificationMethod;
import fi.kuopas.privacy.dsr.AccessReport;
import fi.kuopas.privacy.dsr.DsrOutcome;
import fi.kuopas.privacy.dsr.ErasureReport;
import fi.kuopas.privacy.dsr.RegisterDescription;
import fi.kuopas.privacy.dsr.RestrictionCall;
import fi.kuopas.privacy.subject.SubjectIdentifiers;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response bodies of the data-subject request API (stable contract, docs/architecture.md). */
public final class CaseDtos {

    private CaseDtos() {
    }

    @Schema(name = "Verification", description = "How the subject's identity was verified; PENDING or NONE pauses the deadline. "
            + "Strong identification and an identity document prove the identity code and name/birth date; an authenticated "
            + "customer channel proves its login email; an email or phone is otherwise proved only by an entry in confirmedIdentifiers")
    public record Verification(
            @NotNull @Schema(example = "STRONG_ELECTRONIC_IDENTIFICATION") VerificationMethod method,
            @Size(max = 200) @Schema(description = "Identification transaction or note; never a copy of an ID document",
                    example = "suomi.fi tx 7f3a-22c1", maxLength = 200) String reference,
            @Size(max = 4) @Schema(description = "Further identifiers the subject proved, each with its proof")
            List<@Valid @NotNull IdentifierProof> confirmedIdentifiers) {

        public Verification(VerificationMethod method, String reference) {
            this(method, reference, null);
        }
    }

    @Schema(name = "IdentifierProof", description = "How the subject proved one identifier, e.g. a one-time code sent to the email")
    public record IdentifierProof(
            @NotNull @Schema(example = "EMAIL") IdentifierKind identifier,
            @NotNull @Schema(example = "ONE_TIME_CODE") ProofMethod method,
            @NotBlank @Size(max = 200) @Schema(example = "OTP 2026-11-26 14:02, ticket 4411", maxLength = 200) String reference) {
    }

    @Schema(name = "MatchConfirmation", description = "The subject proved the identifier that matched: the registers are asked again")
    public record MatchConfirmation(
            @NotNull @Schema(example = "ONE_TIME_CODE") ProofMethod method,
            @NotBlank @Size(max = 200) @Schema(example = "OTP sent to the email, returned 2026-11-26", maxLength = 200) String reference) {
    }

    @Schema(name = "MatchDismissal", description = "The record is not the subject's (or the subject did not prove the identifier)")
    public record MatchDismissal(
            @NotBlank @Size(max = 2000) @Schema(example = "The email belongs to the subject's spouse", maxLength = 2000) String reason) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "CaseIdentifier", description = "One identifier of the subject (kind only) and its proof")
    public record IdentifierView(IdentifierKind identifier, boolean verified, ProofMethod method, String reference,
            Instant verifiedAt) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "CasePossibleMatch", description = "A record a register found only through an unproved identifier; not in any answer")
    public record MatchView(UUID id, String register, String recordKind, List<String> matchedIdentifiers,
            @Schema(example = "L. H., born 1975") String hint, CaseMatch.Status status, Instant foundAt, Instant decidedAt,
            String decidedBy, String reason) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "ErasureApproval", description = "Four-eyes: who opened the erasure case and which second DPO approved it")
    public record ErasureApproval(String openedBy, String approvedBy, Instant approvedAt) {
    }

    @Schema(name = "Correction", description = "Art 16: a field as the register's access report names it, and its correct value")
    public record Correction(
            @NotBlank @Size(max = 100) @Schema(example = "email", maxLength = 100) String field,
            @Size(max = 500) @Schema(example = "matti.meikalainen@example.fi", maxLength = 500) String value) {
    }

    @Schema(name = "OpenCaseRequest")
    public record OpenCaseRequest(
            @NotNull @Schema(example = "ACCESS") RequestType type,
            @NotNull @Valid SubjectIdentifiers subject,
            @Valid Verification verification,
            @Size(max = 4000) @Schema(description = "Free text of the request", maxLength = 4000) String details,
            @PastOrPresent @Schema(description = "When the company received the request, if earlier than now (e.g. by letter); the deadline counts from it")
            Instant receivedAt,
            @Size(max = 50) @Schema(description = "RECTIFICATION: the corrections asked for") List<@Valid @NotNull Correction> corrections,
            @Size(max = 100) @Schema(description = "OBJECTION: purpose code objected to; omitted = direct marketing and every legitimate-interest purpose",
                    example = "resident-survey") String objectionPurpose,
            @Size(max = 2000) @Schema(description = "OBJECTION: the subject's grounds (Art 21(1))") String objectionGrounds,
            @Schema(description = "RESTRICTION: SET (default) or LIFT") RestrictionCall.Action restriction,
            @Valid @Schema(description = "With an unverified identity: the reasonable doubt and the request for information "
                    + "sent, which stop the deadline clock (Art 12(6)); without it the clock runs") IdentityDoubt identityDoubt) {
    }

    @Schema(name = "IdentityDoubt", description = "Art 12(6): the reasonable doubt about identity and the request for "
            + "information sent; only this stops the deadline clock")
    public record IdentityDoubt(
            @NotBlank @Size(max = 2000) @Schema(example = "The email differs from every address on record and no identity code was given",
                    maxLength = 2000) String reason,
            @NotBlank @Size(max = 200) @Schema(example = "letter 2026-11-26 asking for strong identification", maxLength = 200)
            String requestReference,
            @PastOrPresent @Schema(description = "When the request for information was sent; default now") Instant informationRequestedAt) {
    }

    @Schema(name = "AnswerRequest", description = "The answer sent to the subject (Art 12(1))")
    public record AnswerRequest(
            @NotNull @Schema(example = "SECURE_MESSAGE") AnswerChannel channel,
            @NotBlank @Size(max = 200) @Schema(example = "secure mail 2026-11-26 #5512", maxLength = 200) String reference,
            @PastOrPresent @Schema(description = "When it was sent; default now") Instant answeredAt) {
    }

    @Schema(name = "RefusalRequest", description = "Art 12(4)/(5), 11(2): refuse with a ground and reasons")
    public record RefusalRequest(
            @NotNull @Schema(example = "EXCESSIVE") RefusalGround ground,
            @NotBlank @Size(max = 2000) @Schema(example = "The same access request was answered in full on 2026-10-30 and 2026-11-12; "
                    + "nothing has changed since.", maxLength = 2000) String reason) {
    }

    @Schema(name = "RefusalDecision", description = "The refusal and the notice to send to the subject")
    public record RefusalDecision(UUID id, RefusalGround ground, String reason, Instant refusedAt, SubjectNotice subjectNotice) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "CaseAnswer")
    public record AnswerView(Instant answeredAt, AnswerChannel channel, String reference) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "CaseRefusal")
    public record RefusalView(RefusalGround ground, String reason, Instant refusedAt) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "CasePause", description = "Why the clock is (or was) stopped")
    public record PauseView(String reason, Instant informationRequestedAt, String requestReference) {
    }

    @Schema(name = "RecipientNotificationRequest", description = "Art 19: the recipient was told (with a reference), "
            + "or it is not needed because telling them is impossible or disproportionate (with the reason)")
    public record RecipientNotificationRequest(
            @NotNull @Schema(example = "SENT") RecipientNotification.Status status,
            @Size(max = 200) @Schema(example = "letter 2026-11-26 to the collection agency", maxLength = 200) String reference,
            @Size(max = 2000) @Schema(maxLength = 2000) String reason) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "CaseRecipient", description = "Art 19: a recipient of the subject's data to tell of the change")
    public record RecipientView(UUID id, String register, String recipient, RecipientNotification.Status status,
            Instant decidedAt, String decidedBy, String reference, String reason) {
    }

    @Schema(name = "LiftNoticeRequest", description = "Art 18(3): how the subject was told that the restriction will be lifted")
    public record LiftNoticeRequest(
            @NotNull @Schema(example = "LETTER") AnswerChannel channel,
            @NotBlank @Size(max = 200) @Schema(example = "letter 2026-11-26", maxLength = 200) String reference) {
    }

    @Schema(name = "CaseCreated")
    public record CaseCreated(UUID id, RequestType type, CaseStatus status, Instant receivedAt, Instant dueAt) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "CaseSubject", description = "The subject as shown to the DPO: identity code masked")
    public record SubjectView(String name, @Schema(example = "131052-****") String personalIdentityCode, String email,
            String phone, String birthDate) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "CaseVerification")
    public record VerificationView(VerificationMethod method, String reference, Instant verifiedAt) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "CaseExtension")
    public record ExtensionView(int months, String reason, Instant extendedAt) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "RegisterStatus", description = "One register's part of one step of the case")
    public record RegisterView(String register, String url, RegisterTask.Phase phase, int round, RegisterTask.Status status,
            int attempts, @Schema(description = "Why the last attempt failed (no response bodies)") String lastError,
            Instant nextAttemptAt, Instant completedAt) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "CaseStep")
    public record StepView(Instant at, String actor, String action, String detail) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "Case", description = "A data-subject request with its status overall and per register")
    public record CaseView(UUID id, RequestType type, CaseStatus status, Instant receivedAt, Instant dueAt,
            @Schema(description = "True while identity is unverified: the deadline is not running") boolean clockPaused,
            boolean overdue, SubjectView subject, VerificationView verification, ExtensionView extension,
            List<RegisterView> registers, List<StepView> history, Instant completedAt, Instant cancelledAt,
            List<IdentifierView> identifiers, List<MatchView> possibleMatches, ErasureApproval erasureApproval,
            AnswerView answer, RefusalView refusal, PauseView pause, List<RecipientView> recipients,
            @Schema(description = "Paused for more than 14 days: follow up the request for information") boolean followUp) {
    }

    @Schema(name = "CaseSummary")
    public record CaseSummary(UUID id, RequestType type, CaseStatus status, Instant receivedAt, Instant dueAt,
            boolean clockPaused, boolean overdue, boolean dueSoon, int pendingRegisters,
            @Schema(description = "When the subject was answered; null while unanswered") Instant answeredAt,
            @Schema(description = "Paused for more than 14 days: follow up") boolean followUp) {
    }

    @Schema(name = "VerificationRequest")
    public record VerificationRequest(
            @NotNull @Schema(example = "STRONG_ELECTRONIC_IDENTIFICATION") VerificationMethod method,
            @NotBlank @Size(max = 200) @Schema(example = "suomi.fi tx 7f3a-22c1", maxLength = 200) String reference) {
    }

    @Schema(name = "ExtensionRequest", description = "Art 12(3): once, by up to two months, with reasons")
    public record ExtensionRequest(
            @NotBlank @Size(max = 2000) @Schema(example = "The request covers twelve years of tenancy records in several registers.",
                    maxLength = 2000) String reason,
            @Min(1) @Max(2) @Schema(description = "Months to add; default 2", example = "2", minimum = "1", maximum = "2") Integer months) {
    }

    @Schema(name = "SubjectNotice", description = "Text to send to the subject, in Finnish (legal original), Swedish and English")
    public record SubjectNotice(String fi, String sv, String en) {
    }

    @Schema(name = "ExtensionDecision")
    public record ExtensionDecision(UUID id, Instant originalDueAt, Instant dueAt, int months, String reason,
            SubjectNotice subjectNotice) {
    }

    @Schema(name = "CancellationRequest")
    public record CancellationRequest(
            @NotBlank @Size(max = 2000) @Schema(example = "Withdrawn by the data subject by phone", maxLength = 2000) String reason) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "CaseReport", description = "Access report (Art 15), portability package (Art 20), erasure report (Art 17) "
            + "or the outcome of a restriction, objection or rectification, per register")
    public record ReportView(
            UUID caseId,
            RequestType type,
            CaseStatus status,
            Instant receivedAt,
            Instant completedAt,
            @Schema(example = "fi") String language,
            SubjectView subject,
            @Schema(description = "ACCESS: every register's Art 15 answer") List<AccessReport> access,
            @Schema(description = "PORTABILITY: only data processed on consent or contract by automated means") List<PortableRegisterView> portability,
            @Schema(description = "ERASURE: what each register erased and what it kept, why and until when") List<ErasureReport> erasure,
            @Schema(description = "RESTRICTION, OBJECTION, RECTIFICATION: what each register applied or refused") List<DsrOutcome> outcomes,
            String rights,
            String complaintAuthority,
            String automatedDecisions,
            @Schema(description = "Records the registers found only through unproved identifiers, with the DPO's decisions; "
                    + "their data is in no part of this report") List<MatchView> possibleMatches,
            @Schema(description = "ERASURE: that a second DPO approved the execution, and when") ErasureApproval erasureApproval,
            @Schema(description = "Art 19: the recipients the subject's data was disclosed to, told of the change") List<RecipientView> recipients,
            @Schema(description = "ACCESS: per register, the recipients by name (C-154/21) and every transfer outside the EU/EEA "
                    + "with its safeguard (Art 15(1)(c), 15(2))") List<RegisterDisclosuresView> disclosures) {
    }

    @Schema(name = "RegisterDisclosures")
    public record RegisterDisclosuresView(String register, List<RegisterDescription.Recipient> recipients,
            List<RegisterDescription.Transfer> transfers) {
    }

    @Schema(name = "PortableRegister")
    public record PortableRegisterView(String register, List<PortableCategoryView> categories) {
    }

    @Schema(name = "PortableCategory")
    public record PortableCategoryView(String name, String purpose, @Schema(example = "GDPR Art 6(1)(b)") String legalBasis,
            List<Map<String, Object>> records) {
    }

    @Schema(name = "ErasurePreview", description = "What every register would erase and keep; nothing has been erased yet")
    public record ErasurePreviewView(UUID caseId, CaseStatus status, List<ErasureReport> registers,
            @Schema(description = "Records found only through unproved identifiers: not part of the erasure") List<MatchView> possibleMatches,
            ErasureApproval approval) {
    }
}
