package fi.kuopas.customer.rest;

import fi.kuopas.customer.domain.FaultReport;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Bodies of surveys, fault reports (maintenance tasks) and debt-collection cases. */
public final class TenantServiceDtos {

    private TenantServiceDtos() {
    }

    static final String COUNTRY = "[A-Z]{2}";

    // ---- surveys -----------------------------------------------------------------------------

    @Schema(name = "SurveyResponseRequest", description = "Refused (409) if the person has objected to surveys (GDPR Art 21)")
    public record SurveyResponseRequest(
            @NotNull UUID personId,
            @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9_.-]+", message = "letters, digits, '.', '_' or '-'")
            @Schema(example = "ASUKASTYYTYVAISYYS-2026") String surveyCode,
            @NotNull @PastOrPresent @Schema(example = "2026-11-20T09:15:00Z") Instant answeredAt,
            @Min(0) @Max(10) @Schema(description = "0–10; a score or free-text answers (or both)", example = "8") Integer score,
            @Size(max = 4000) @Schema(example = "Huoltoyhtiö korjasi vian nopeasti, kiitos!") String answers) {
    }

    @Schema(name = "SurveyResponse")
    public record SurveyResponseView(UUID id, UUID personId, String surveyCode, Instant answeredAt, Integer score,
            String answers, Instant recordedAt, String recordedBy) {
    }

    // ---- fault reports -----------------------------------------------------------------------

    @Schema(name = "EntryPermission", description = "Whether maintenance may enter without the resident; dates required when granted")
    public record EntryPermission(
            @NotNull @Schema(example = "true") Boolean granted,
            @Schema(example = "2026-11-26") LocalDate validFrom,
            @Schema(example = "2026-11-30") LocalDate validUntil,
            @Schema(description = "Pets in the apartment", example = "true") Boolean pets,
            @Size(max = 500) @Schema(example = "Kissa kotona, älä päästä ulos. Avain huoltoyhtiöllä.") String notes) {
    }

    @Schema(name = "FaultReportRequest", description = "A resident's fault report; the person must live in the apartment")
    public record FaultReportRequest(
            @NotNull UUID personId,
            @NotBlank @Size(max = 64) @Schema(example = "KUO-A12") String apartmentRef,
            @NotBlank @Size(max = 2000) @Schema(example = "Keittiön hana vuotaa ja lattiakaivo haisee.") String description,
            @NotNull @Valid EntryPermission entryPermission) {
    }

    @Schema(name = "FaultReportStatusChange",
            description = "OPEN → IN_PROGRESS (handed to the maintenance partner: name it; logged as a disclosure) → DONE; "
                    + "version is the one you read")
    public record FaultStatusRequest(
            @NotNull @Min(0) @Schema(example = "0") Long version,
            @NotNull FaultReport.Status status,
            @Size(min = 2, max = 200) @Schema(example = "Kiinteistöhuolto Savo Oy") String partner,
            @Pattern(regexp = COUNTRY, message = "must be an ISO 3166 country code") @Schema(example = "FI") String partnerCountry,
            @Size(max = 200) @Schema(example = "SCC 2021/914 module 2") String transferMechanism) {
    }

    @Schema(name = "FaultReport")
    public record FaultReportView(UUID id, UUID personId, String apartmentRef, String description, Instant reportedAt,
            String reportedBy, EntryPermission entryPermission, boolean entryPermittedToday, String status, String partner,
            Instant handedOverAt, Instant doneAt, long version) {
    }

    // ---- debt collection ---------------------------------------------------------------------

    @Schema(name = "CollectionCaseRequest",
            description = "Hands a rent debt to a collection agent (logged as a disclosure); outside the EU/EEA a transfer mechanism is required")
    public record CollectionCaseRequest(
            @NotNull UUID personId,
            @Schema(description = "The lease the debt is from, if any") UUID leaseId,
            @NotNull @Min(1) @Max(100_000_000) @Schema(description = "In euro cents", example = "125000") Long amountCents,
            @NotBlank @Size(max = 200) @Schema(example = "Perintä Oy") String agentName,
            @NotNull @Pattern(regexp = COUNTRY, message = "must be an ISO 3166 country code") @Schema(example = "FI") String agentCountry,
            @Size(max = 200) @Schema(example = "SCC 2021/914 module 1") String transferMechanism) {
    }

    @Schema(name = "CollectionCase")
    public record CollectionCaseView(UUID id, UUID personId, UUID leaseId, long amountCents, Instant openedAt,
            Instant closedAt, String agentName, String agentCountry, String transferMechanism) {
    }
}
