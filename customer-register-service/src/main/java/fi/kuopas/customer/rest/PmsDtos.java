package fi.kuopas.customer.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Bodies of the property-management system's bulk import. */
public final class PmsDtos {

    private PmsDtos() {
    }

    @Schema(name = "PmsLease")
    public record LeaseRow(
            @NotBlank @Size(max = 64) @Schema(example = "PMS-L-2024-0042") String externalId,
            @NotBlank @Size(max = 64) @Schema(example = "KUO-A12") String apartmentRef,
            @NotNull @Schema(example = "2024-03-01") LocalDate startDate,
            @Schema(example = "2027-02-28") LocalDate endDate,
            @NotNull @Pattern(regexp = "TENANT|CO_RESIDENT", message = "must be TENANT or CO_RESIDENT") String role) {
    }

    @Schema(name = "PmsResident")
    public record ResidentRow(
            @NotBlank @Size(max = 64) @Schema(example = "PMS-P-000123") String externalId,
            @Size(max = 11) @Schema(example = "131052-308T") String personalIdentityCode,
            @NotBlank @Size(max = 100) String firstName,
            @NotBlank @Size(max = 100) String lastName,
            @Past LocalDate birthDate,
            @Email @Size(max = 254) String email,
            @Pattern(regexp = PersonDtos.PHONE, message = "must be a phone number") String phone,
            @Size(max = 200) String streetAddress,
            @Pattern(regexp = "[0-9]{5}", message = "must be a five-digit postal code") String postalCode,
            @Size(max = 100) String city,
            @Valid LeaseRow lease) {
    }

    @Schema(name = "PmsImportRequest")
    public record ImportRequest(@NotNull @Size(min = 1, max = 1000) List<ResidentRow> rows) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "PmsRowResult")
    public record RowResult(int index, String externalId,
            @Schema(enumeration = {"CREATED", "UPDATED", "UNCHANGED", "REJECTED", "ERASED", "RESTRICTED"},
                    description = "ERASED: the person was erased and is not re-created (GDPR Art 17) unless the row's lease "
                            + "starts after the erasure; RESTRICTED: processing restricted (Art 18), nothing changed") String status,
            UUID personId, String error) {
        public static final String ERASED = "ERASED";
        public static final String RESTRICTED = "RESTRICTED";

        public static RowResult rejected(int index, String externalId, String error) {
            return new RowResult(index, externalId, "REJECTED", null, error);
        }
    }

    @Schema(name = "PmsImportResult")
    public record ImportResult(int created, int updated, int unchanged, int rejected, int erased, int restricted,
            List<RowResult> rows) {
        public static ImportResult of(List<RowResult> rows) {
            return new ImportResult(count(rows, "CREATED"), count(rows, "UPDATED"), count(rows, "UNCHANGED"),
                    count(rows, "REJECTED"), count(rows, RowResult.ERASED), count(rows, RowResult.RESTRICTED), rows);
        }

        private static int count(List<RowResult> rows, String status) {
            return (int) rows.stream().filter(r -> status.equals(r.status())).count();
        }
    }

    @Schema(name = "PmsImportJob", description = "An asynchronous import of a whole file: progress and counts so far")
    public record ImportJob(UUID id,
            @Schema(enumeration = {"QUEUED", "RUNNING", "COMPLETED"}) String status,
            @Schema(enumeration = {"JSONL", "CSV"}) String format,
            int totalRows, int processedRows, int created, int updated, int unchanged, int rejected, int erased, int restricted,
            String submittedBy, Instant submittedAt, Instant finishedAt) {
    }
}
