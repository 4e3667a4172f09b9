package fi.kuopas.personnel.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import fi.kuopas.personnel.domain.ApplicantConsent;
import fi.kuopas.personnel.domain.Application;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response bodies of the recruitment API. */
public final class RecruitmentDtos {

    private RecruitmentDtos() {
    }

    @Schema(name = "PostingRequest")
    public record PostingRequest(
            @NotBlank @Size(max = 200) @Schema(example = "Kiinteistösihteeri") String title,
            @NotBlank @Size(max = 100) @Schema(example = "Vuokraus") String team,
            @Schema(description = "Position requiring special trustworthiness (credit check allowed, Act 759/2004 §4(2))")
            boolean specialTrust,
            @NotNull @Schema(example = "2026-12-15") LocalDate closesOn,
            @Size(max = 100) @Schema(description = "Idempotency key, e.g. the id in the job board", example = "rekry-2026-17")
            String externalRef) {
    }

    @Schema(name = "Posting")
    public record PostingView(UUID id, String title, String team, boolean specialTrust, String status,
            LocalDate closesOn, @Schema(description = "When HR closed the posting, if it was closed by hand") Instant closedAt,
            String externalRef, long version) {
    }

    @Schema(name = "PostingClosure")
    public record Closure(@NotNull @PositiveOrZero Long version) {
    }

    @Schema(name = "ApplicantInput")
    public record ApplicantInput(
            @NotBlank @Size(max = 100) @Schema(example = "Aino") String firstName,
            @NotBlank @Size(max = 100) @Schema(example = "Hämäläinen") String lastName,
            @NotBlank @Email @Size(max = 254) @Schema(example = "aino.hamalainen@example.fi") String email,
            @Pattern(regexp = EmployeeDtos.PHONE, message = "must be a phone number") String phone,
            @Past LocalDate birthDate,
            @Size(max = 11) @Schema(description = "Rarely necessary in recruitment; give only if needed") String personalIdentityCode) {
    }

    @Schema(name = "ApplicationRequest")
    public record ApplicationRequest(
            @NotNull @Valid ApplicantInput applicant,
            @Size(max = 20000) @Schema(example = "Tradenomi, 5 vuotta kiinteistöalalla.") String cvText,
            @Valid SourceInput source) {
    }

    @Schema(name = "InterviewNotesRequest")
    public record InterviewNotes(@NotNull @PositiveOrZero Long version, @NotNull @Size(max = 10000) String notes) {
    }

    @Schema(name = "DecisionRequest", description = "The selection decision, always made by a person (GDPR Art 22)")
    public record Decision(
            @NotNull @PositiveOrZero Long version,
            @NotNull Application.Outcome outcome,
            @PastOrPresent @Schema(description = "When the applicant was told; starts the retention period") Instant notifiedAt) {
    }

    @Schema(name = "ApplicantConsentRequest")
    public record ConsentRequest(
            @NotNull ApplicantConsent.Kind kind,
            @NotNull @PastOrPresent Instant givenAt,
            @NotBlank @Size(max = 500) @Schema(example = "Allekirjoitettu suostumuslomake 2026-03-01") String evidence) {
    }

    @Schema(name = "ApplicantConsent")
    public record ConsentView(UUID id, UUID applicantId, String kind, Instant givenAt, String evidence,
            String recordedBy, Instant withdrawnAt) {
    }

    @Schema(name = "AssessmentRequest")
    public record AssessmentRequest(
            @NotNull @Schema(description = "The applicant's recorded ASSESSMENT consent") UUID consentId,
            @NotBlank @Size(max = 200) @Schema(example = "Psykologipalvelu Oy") String provider,
            @NotBlank @Size(max = 4000) String summary,
            @NotNull @PastOrPresent LocalDate performedAt,
            @Valid SourceInput source) {
    }

    @Schema(name = "ReferenceCheckRequest")
    public record ReferenceCheckRequest(
            @NotNull @Schema(description = "The applicant's recorded REFERENCE_CHECK consent") UUID consentId,
            @NotBlank @Size(max = 200) String refereeName,
            @Size(max = 200) String refereeOrganisation,
            @NotBlank @Size(max = 4000) String summary,
            @NotNull @PastOrPresent LocalDate checkedAt,
            @Valid SourceInput source) {
    }

    @Schema(name = "CreditCheckRequest")
    public record CreditCheckRequest(
            @NotNull @PastOrPresent @Schema(description = "When the applicant was told of the check (Act 759/2004 §4(2))")
            Instant applicantInformedAt,
            @NotNull @PastOrPresent Instant checkedAt,
            @NotBlank @Size(max = 1000) @Schema(example = "Ei maksuhäiriömerkintöjä") String summary,
            @Valid SourceInput source) {
    }

    @Schema(name = "Assessment")
    public record AssessmentView(UUID id, String provider, String summary, LocalDate performedAt, UUID consentId,
            SourceView source) {
    }

    @Schema(name = "ReferenceCheck")
    public record ReferenceCheckView(UUID id, String refereeName, String refereeOrganisation, String summary,
            LocalDate checkedAt, UUID consentId, SourceView source) {
    }

    @Schema(name = "CreditCheck")
    public record CreditCheckView(UUID id, Instant applicantInformedAt, Instant checkedAt, String summary,
            SourceView source) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "Applicant")
    public record ApplicantView(UUID id, String firstName, String lastName, String email, String phone,
            LocalDate birthDate, String personalIdentityCode,
            @Schema(description = "The identity code given is a temporary one (individual number 900-999)")
            Boolean temporaryIdentityCode, Instant objectedAt, long version) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "Application")
    public record ApplicationView(UUID id, UUID postingId, ApplicantView applicant, String cvText,
            String interviewNotes, String outcome, String decidedBy, Instant notifiedAt, SourceView source,
            List<ConsentView> consents, List<AssessmentView> assessments, List<ReferenceCheckView> referenceChecks,
            List<CreditCheckView> creditChecks, long version) {
    }
}
