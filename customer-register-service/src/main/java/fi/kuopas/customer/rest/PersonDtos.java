package fi.kuopas.customer.rest;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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

/** Request and response bodies for persons. */
public final class PersonDtos {

    private PersonDtos() {
    }

    static final String PHONE = "\\+?[0-9 ()\\-]{6,20}";

    @Schema(name = "PersonRequest", description = "A new applicant, key applicant or resident")
    public record PersonRequest(
            @Size(max = 11) @Schema(example = "131052-308T", maxLength = 11) String personalIdentityCode,
            @NotBlank @Size(max = 100) @Schema(example = "Matti") String firstName,
            @NotBlank @Size(max = 100) @Schema(example = "Meikäläinen") String lastName,
            @Past @Schema(description = "Required when no identity code is given", example = "1952-10-13") LocalDate birthDate,
            @Email @Size(max = 254) @Schema(example = "demo.subject@example.fi") String email,
            @Pattern(regexp = PHONE, message = "must be a phone number") @Schema(example = "+358401234567") String phone,
            @Pattern(regexp = "fi|sv|en", message = "must be fi, sv or en") @Schema(example = "fi") String language,
            @Size(max = 200) @Schema(example = "Hämeentie 12 B 7") String streetAddress,
            @Pattern(regexp = "[0-9]{5}", message = "must be a five-digit postal code") @Schema(example = "00530") String postalCode,
            @Size(max = 100) @Schema(example = "Helsinki") String city) {
    }

    @Schema(name = "PersonUpdate", description = "Changes to a person; version is the one you read (optimistic locking)")
    public record PersonUpdate(
            @NotNull @Min(0) @Schema(example = "0") Long version,
            @NotBlank @Size(max = 100) String firstName,
            @NotBlank @Size(max = 100) String lastName,
            @Email @Size(max = 254) String email,
            @Pattern(regexp = PHONE, message = "must be a phone number") String phone,
            @Pattern(regexp = "fi|sv|en", message = "must be fi, sv or en") String language,
            @Size(max = 200) String streetAddress,
            @Pattern(regexp = "[0-9]{5}", message = "must be a five-digit postal code") String postalCode,
            @Size(max = 100) String city) {
    }

    @Schema(name = "PersonSearch", description = "Search by any identifier; at least one")
    public record PersonSearch(
            @Size(max = 11) @Schema(example = "131052-308T") String personalIdentityCode,
            @Email @Size(max = 254) String email,
            @Pattern(regexp = PHONE, message = "must be a phone number") String phone,
            @Size(min = 2, max = 100) @Schema(description = "Last name prefix", example = "Meikä") String lastName,
            @Min(0) @jakarta.validation.constraints.Max(fi.kuopas.privacy.web.Paging.MAX_PAGE) Integer page,
            @Min(1) @Max(100) Integer size) {
    }

    @Schema(name = "Provenance", description = "Where a value came from when not from the subject")
    public record ProvenanceView(String field, String source, Instant retrievedAt, String purpose) {
    }

    @Schema(name = "Person")
    public record PersonView(
            UUID id,
            @Schema(description = "Masked (131052-****) unless the role needs the full code") String personalIdentityCode,
            @Schema(description = "The code is a temporary one (individual number 900–999); link the permanent code with "
                    + "PUT /api/v1/persons/{id}/identity-code") boolean temporaryIdentityCode,
            String firstName, String lastName, LocalDate birthDate, String email, String phone, String language,
            @Schema(description = "Null when the address is protected (turvakielto) and the role may not see it") String streetAddress,
            String postalCode, String city, boolean protectedAddress, boolean restricted, String externalPmsId,
            List<ProvenanceView> provenance, long version) {
    }

    @Schema(name = "IdentityCodeLink", description = "The permanent identity code of a person who had a temporary one")
    public record IdentityCodeLink(
            @NotBlank @Size(max = 11) @Schema(example = "131052-308T", maxLength = 11) String personalIdentityCode,
            @Min(0) @Schema(description = "The version you read; optional", example = "0") Long version) {
    }

    @Schema(name = "PersonPage")
    public record PersonPage(List<PersonView> items, int page, int size, long total) {
    }
}
