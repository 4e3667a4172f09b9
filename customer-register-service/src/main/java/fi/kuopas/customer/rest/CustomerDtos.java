package fi.kuopas.customer.rest;

import fi.kuopas.customer.domain.DisclosableField;
import fi.kuopas.customer.domain.HousingApplication;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Bodies of applications, outside-source queries, decisions and disclosures. */
public final class CustomerDtos {

    private CustomerDtos() {
    }

    @Schema(name = "HousingApplicationRequest")
    public record ApplicationRequest(
            @NotNull UUID personId,
            @NotNull HousingApplication.Kind kind,
            @Min(1) @Max(20) @Schema(example = "2") int householdSize,
            @Size(max = 100) @Schema(example = "Kallio") String desiredArea,
            @Min(1) @Max(10) @Schema(example = "2") Integer desiredRooms) {
    }

    @Schema(name = "HousingApplication")
    public record ApplicationView(UUID id, UUID personId, String kind, Instant receivedAt, LocalDate validUntil,
            Instant renewedAt, int householdSize, String desiredArea, Integer desiredRooms, String status, long version) {
    }

    @Schema(name = "RenewalRequest")
    public record RenewalRequest(@NotNull @Min(0) Long version) {
    }

    @Schema(name = "CreditCheckRequest")
    public record CreditCheckRequest(
            @NotNull UUID applicationId,
            @NotBlank @Schema(description = "Only LEASE is lawful (Credit Information Act 527/2007)", example = "LEASE") String purpose) {
    }

    @Schema(name = "CreditCheck", description = "Summary only; the report itself is not stored")
    public record CreditCheckView(UUID id, UUID applicationId, Instant checkedAt, String purpose, boolean paymentDefaults,
            String summary, String source, String requestedBy) {
    }

    @Schema(name = "PopulationRegisterRefresh")
    public record PopulationRefreshRequest(
            @NotBlank @Size(max = 100) @Schema(example = "lease preparation: address check") String purpose) {
    }

    @Schema(name = "TenantSelectionDecisionRequest", description = "Made by the calling person; never automated (Art 22)")
    public record DecisionRequest(
            @NotNull UUID applicationId,
            @NotBlank @Size(max = 64) @Schema(example = "KUO-A12") String apartmentRef,
            @NotNull @Pattern(regexp = "SELECTED|NOT_SELECTED", message = "must be SELECTED or NOT_SELECTED") String outcome,
            @NotBlank @Size(min = 30, max = 2000)
            @Schema(example = "Hakijan tarve ja ruokakunnan koko vastaavat asuntoa; haastattelu 24.11.") String rationale,
            @NotEmpty @Size(max = 8) @Schema(example = "[\"application\", \"household\", \"interview\"]") List<String> inputsUsed) {
    }

    @Schema(name = "TenantSelectionDecision")
    public record DecisionView(UUID id, UUID applicationId, String apartmentRef, String outcome, String decidedBy,
            Instant decidedAt, String rationale, List<String> inputsUsed) {
    }

    @Schema(name = "DisclosureRequest", description = "What is disclosed is decided by the fields: name them in fields. "
            + "categories is the description in the log; without fields, its words are read as the fields they stand for")
    public record DisclosureRequest(
            @NotBlank @Size(max = 200) @Schema(example = "Perintä Oy") String recipient,
            @NotNull @Pattern(regexp = "processor|controller|authority", message = "must be processor, controller or authority")
            String recipientRole,
            @NotNull @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166 country code") @Schema(example = "FI") String recipientCountry,
            @NotEmpty @Size(max = 10) List<@NotBlank @Size(max = 50) String> categories,
            @Size(max = 20) @Schema(description = "The fields disclosed; address and contact fields of a person with a protected "
                    + "address go to an authority with a legal reference only", example = "[\"NAME\", \"RENT_DEBT\"]")
            List<@NotNull DisclosableField> fields,
            @NotBlank @Size(max = 300) @Schema(example = "GDPR 6(1)(f): collection of rent debt") String basis,
            @Size(max = 100) String requestReference,
            @Size(max = 300) @Schema(description = "Required for an authority: the provision the disclosure rests on",
                    example = "Poliisilaki 872/2011 4 luku 3 §") String legalReference,
            @Size(max = 200) @Schema(example = "SCC 2021/914 module 1") String transferMechanism) {
    }

    @Schema(name = "Disclosure")
    public record DisclosureView(UUID id, String recipient, String recipientRole, String recipientCountry, String categories,
            List<String> fields, String basis, String requestReference, String legalReference, String transferMechanism,
            Instant disclosedAt, String disclosedBy) {
    }

    @Schema(name = "CompellingGroundsRequest", description = "Compelling legitimate grounds that override an objection "
            + "(GDPR Art 21(1)); recorded by the DPO")
    public record CompellingGroundsRequest(
            @NotNull @Pattern(regexp = "debt-collection|co-residents|tenant-selection-credit-check",
                    message = "must be debt-collection, co-residents or tenant-selection-credit-check") String purpose,
            @NotBlank @Size(min = 30, max = 2000)
            @Schema(example = "Erääntynyt vuokrasaatava 1 250 €; perintä on tarpeen oikeusvaateen laatimiseksi (21(1) art.).")
            String grounds) {
    }

    @Schema(name = "CompellingGrounds")
    public record CompellingGroundsView(UUID id, UUID personId, String purpose, String grounds, String recordedBy,
            Instant recordedAt) {
    }
}
