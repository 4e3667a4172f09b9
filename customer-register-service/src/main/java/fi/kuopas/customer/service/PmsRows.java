package fi.kuopas.customer.service;

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

/**
 * The property-management system's rows as the import checks and applies them, and what it answers
 * per row and per job. A row is checked here, one by one (a bad row is rejected, the others go on),
 * so the row rules are constraints of these records; the API's bodies are mapped to and from them.
 */
public final class PmsRows {

    private PmsRows() {
    }

    public record Lease(
            @NotBlank @Size(max = 64) String externalId,
            @NotBlank @Size(max = 64) String apartmentRef,
            @NotNull LocalDate startDate,
            LocalDate endDate,
            @NotNull @Pattern(regexp = "TENANT|CO_RESIDENT", message = "must be TENANT or CO_RESIDENT") String role) {
    }

    public record Resident(
            @NotBlank @Size(max = 64) String externalId,
            @Size(max = 11) String personalIdentityCode,
            @NotBlank @Size(max = 100) String firstName,
            @NotBlank @Size(max = 100) String lastName,
            @Past LocalDate birthDate,
            @Email @Size(max = 254) String email,
            @Pattern(regexp = "\\+?[0-9 ()\\-]{6,20}", message = "must be a phone number") String phone,
            @Size(max = 200) String streetAddress,
            @Pattern(regexp = "[0-9]{5}", message = "must be a five-digit postal code") String postalCode,
            @Size(max = 100) String city,
            @Valid Lease lease) {
    }

    /** One row's outcome: CREATED, UPDATED, UNCHANGED, REJECTED, ERASED or RESTRICTED. */
    public record Result(int index, String externalId, String status, UUID personId, String error) {
        public static final String ERASED = "ERASED";
        public static final String RESTRICTED = "RESTRICTED";

        public static Result rejected(int index, String externalId, String error) {
            return new Result(index, externalId, "REJECTED", null, error);
        }
    }

    /** An asynchronous import of a whole file: progress and counts so far. */
    public record Job(UUID id, String status, String format, int totalRows, int processedRows, int created, int updated,
            int unchanged, int rejected, int erased, int restricted, String submittedBy, Instant submittedAt,
            Instant finishedAt) {
    }

}
