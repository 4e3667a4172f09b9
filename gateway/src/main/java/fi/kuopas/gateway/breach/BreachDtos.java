package fi.kuopas.gateway.breach;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Bodies of the breach register API. */
public final class BreachDtos {

    private BreachDtos() {
    }

    @Schema(name = "BreachRequest", description = "A personal-data breach as Art 33(3) and 33(5) describe it")
    public record BreachRequest(
            @NotBlank @Size(max = 4000) @Schema(example = "A letter with a tenant's rent arrears was sent to the wrong address") String nature,
            @NotEmpty @Size(max = 20) @Schema(example = "[\"tenants\"]") List<@NotBlank @Size(max = 100) String> subjectCategories,
            @NotEmpty @Size(max = 20) @Schema(example = "[\"contact details\", \"rent ledger\"]") List<@NotBlank @Size(max = 100) String> recordCategories,
            @Min(0) @Max(100_000_000) @Schema(example = "1") Integer approxSubjects,
            @Min(0) @Max(1_000_000_000) @Schema(example = "1") Integer approxRecords,
            @NotEmpty @Size(max = 10) @Schema(example = "[\"customer\"]") List<@NotBlank @Size(max = 50) String> registersAffected,
            @Size(max = 4000) @Schema(example = "The recipient learns of the arrears") String likelyConsequences,
            @Size(max = 4000) @Schema(example = "The recipient was asked to destroy the letter; envelope checks added") String measures,
            @NotNull @PastOrPresent @Schema(description = "When the company became aware: the 72-hour clock starts here",
                    example = "2026-11-26T08:30:00Z") Instant awareAt) {
    }

    @Schema(name = "AuthorityNotification", description = "Art 33: notified to the Data Protection Ombudsman, or the reasoned decision not to")
    public record AuthorityNotification(
            @NotNull @Schema(example = "NOTIFIED") Breach.AuthorityDecision decision,
            @PastOrPresent @Schema(description = "When notified; default now") Instant notifiedAt,
            @Size(max = 200) @Schema(description = "The Ombudsman's case reference; required when NOTIFIED", example = "TSV/1234/2026") String reference,
            @Size(max = 2000) @Schema(description = "Why no notification (the breach is unlikely to result in a risk); required when NOT_NOTIFIED")
            String reason,
            @Size(max = 2000) @Schema(description = "Reasons for a notification after 72 hours (Art 33(1)); required then") String delayReason) {
    }

    @Schema(name = "SubjectCommunication", description = "Art 34: the subjects were told, or why that is not required (Art 34(3))")
    public record SubjectCommunication(
            @NotNull @Schema(example = "NOT_REQUIRED") Breach.SubjectsDecision decision,
            @PastOrPresent Instant informedAt,
            @Size(max = 2000) @Schema(description = "Required: how they were told, or the Art 34(3) ground") @NotBlank String reason) {
    }

    @Schema(name = "BreachAssessment", description = "A candidate opened automatically is confirmed as a breach or dismissed, with reasons")
    public record BreachAssessment(
            @NotNull Boolean breach,
            @NotBlank @Size(max = 2000) @Schema(example = "The failed check was caused by a restored test database") String reason) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "Breach")
    public record BreachView(UUID id, Breach.Status status, String nature, List<String> subjectCategories,
            List<String> recordCategories, Integer approxSubjects, Integer approxRecords, List<String> registersAffected,
            String likelyConsequences, String measures, Instant awareAt, Instant notificationDueAt,
            @Schema(description = "72 hours passed without an authority decision") boolean notificationOverdue,
            Breach.AuthorityDecision authorityDecision, Instant authorityNotifiedAt, String authorityReference,
            String authorityReason, Breach.SubjectsDecision subjectsDecision, Instant subjectsInformedAt, String subjectsReason,
            String source, Instant createdAt, List<Step> history) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "BreachStep")
    public record Step(Instant at, String actor, String action, String detail) {
    }
}
