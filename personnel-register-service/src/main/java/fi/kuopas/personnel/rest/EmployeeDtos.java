package fi.kuopas.personnel.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import fi.kuopas.personnel.domain.EmploymentContract;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response bodies of the employee API. */
public final class EmployeeDtos {

    static final String IBAN = "[A-Z]{2}[0-9]{2}[A-Z0-9 ]{10,30}";
    static final String PHONE = "\\+?[0-9 ()\\-]{6,20}";

    private EmployeeDtos() {
    }

    @Schema(name = "CreateEmployeeRequest")
    public record CreateEmployee(
            @NotBlank @Size(max = 11) @Schema(example = "131052-308T") String personalIdentityCode,
            @NotBlank @Size(max = 100) @Schema(example = "Matti") String firstName,
            @NotBlank @Size(max = 100) @Schema(example = "Meikäläinen") String lastName,
            @Email @Size(max = 254) @Schema(example = "matti.meikalainen@kuopas.example") String email,
            @Pattern(regexp = PHONE, message = "must be a phone number") @Schema(example = "+358401234567") String phone,
            @Size(max = 300) @Schema(example = "Esimerkkikatu 5 B 12, 70100 Kuopio") String address,
            @Pattern(regexp = IBAN, message = "must be an IBAN") @Schema(example = "FI21 1234 5600 0007 85") String bankAccount,
            @Size(max = 100) @Schema(example = "VERO-2026-000123") String taxCardReference,
            @NotBlank @Size(max = 100) @Schema(example = "Huoltomies") String position,
            @NotBlank @Size(max = 100) @Schema(example = "Kiinteistöhuolto Itä") String team,
            UUID supervisorId,
            @Size(max = 100) @Pattern(regexp = "[a-z0-9._-]+", message = "must be a user name")
            @Schema(example = "matti.meikalainen") String username,
            @Valid SourceInput source) {
    }

    @Schema(name = "UpdateEmployeeRequest", description = "Full replacement of the editable fields; version is the one read")
    public record UpdateEmployee(
            @NotNull @PositiveOrZero @Schema(description = "Version of the record the change is based on", example = "0") Long version,
            @NotBlank @Size(max = 100) String firstName,
            @NotBlank @Size(max = 100) String lastName,
            @Email @Size(max = 254) String email,
            @Pattern(regexp = PHONE, message = "must be a phone number") String phone,
            @Size(max = 300) String address,
            @Pattern(regexp = IBAN, message = "must be an IBAN") String bankAccount,
            @Size(max = 100) String taxCardReference,
            @NotBlank @Size(max = 100) String position,
            @NotBlank @Size(max = 100) String team,
            UUID supervisorId,
            @Valid SourceInput source) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "Employee", description = "Supervisors get no identity code, birth date, address or pay data")
    public record EmployeeView(UUID id, long version, String firstName, String lastName,
            @Schema(description = "Full for HR in the single view, masked in lists", example = "131052-****") String personalIdentityCode,
            @Schema(description = "HR only: the identity code is a temporary one (individual number 900-999); "
                    + "link the permanent code when the person gets it") Boolean temporaryIdentityCode,
            LocalDate birthDate, String email, String phone, String address, String bankAccount, String taxCardReference,
            String position, String team, UUID supervisorId, String username, SourceView source,
            Instant createdAt, Instant updatedAt) {
    }

    @Schema(name = "ContractRequest")
    public record ContractRequest(
            @NotNull @Schema(example = "2024-01-08") LocalDate startDate,
            @Schema(example = "2026-12-31") LocalDate endDate,
            @NotNull EmploymentContract.Type type,
            @NotNull EmploymentContract.WorkingTime workingTime,
            @Size(max = 300) @Schema(description = "Required for FIXED_TERM (Employment Contracts Act 55/2001 ch. 1 §3)",
                    example = "Sijaisuus (vakituisen työntekijän vanhempainvapaa)") String fixedTermReason) {
    }

    @Schema(name = "Contract")
    public record ContractView(UUID id, UUID employeeId, LocalDate startDate, LocalDate endDate, String type,
            String workingTime, String fixedTermReason, long version) {
    }

    @Schema(name = "WorkingTimeRequest")
    public record WorkingTimeRequest(
            @NotNull @DecimalMin("0") @DecimalMax("400") @Schema(example = "150.0") BigDecimal regularHours,
            @NotNull @DecimalMin("0") @DecimalMax("200") @Schema(example = "6.5") BigDecimal overtimeHours,
            @NotNull @DecimalMin("0") @DecimalMax("31") @Schema(example = "2") BigDecimal annualLeaveDays,
            @NotNull @DecimalMin("0") @DecimalMax("31") @Schema(example = "1") BigDecimal absenceDays,
            @PositiveOrZero @Schema(description = "Version when replacing an existing month") Long version) {
    }

    @Schema(name = "WorkingTime")
    public record WorkingTimeView(UUID employeeId, String period, BigDecimal regularHours, BigDecimal overtimeHours,
            BigDecimal annualLeaveDays, BigDecimal absenceDays, long version) {
    }

    @Schema(name = "IdentityCodeLink", description = "The permanent identity code that replaces a temporary one; "
            + "the temporary code stays an alias the person is still found by")
    public record IdentityCodeLink(
            @NotNull @PositiveOrZero @Schema(description = "Version of the record the change is based on", example = "0") Long version,
            @NotBlank @Size(max = 11) @Schema(example = "131052-308T") String personalIdentityCode) {
    }

    @Schema(name = "EmployeeSearch", description = "Find an employee by identity code; sent in the body so the code stays out of URLs")
    public record Search(@NotBlank @Size(max = 11) @Schema(example = "131052-308T") String personalIdentityCode) {
    }
}
