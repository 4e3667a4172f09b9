package fi.kuopas.stakeholder.rest;

import fi.kuopas.stakeholder.domain.InteractionType;
import fi.kuopas.stakeholder.domain.MailingBasis;
import fi.kuopas.stakeholder.domain.OrganisationRole;
import fi.kuopas.stakeholder.domain.PersonBasis;
import fi.kuopas.stakeholder.domain.Suppression;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response bodies of the stakeholder register API. */
public final class StakeholderDtos {

    static final String EMAIL = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";
    static final String PHONE = "\\+?[0-9 ()\\-]{6,20}";
    static final String SUBJECT_KEY = "[a-z]+_[0-9a-f]{64}";

    private StakeholderDtos() {
    }

    @Schema(name = "OrganisationRequest")
    public record OrganisationRequest(
            @NotBlank @Size(max = 200) @Schema(example = "Rakennus Äijälä Oy") String name,
            @NotBlank @Size(max = 20) @Schema(description = "y-tunnus with a valid check digit", example = "0112038-9")
            String businessId,
            @NotNull OrganisationRole role,
            @Schema(description = "End of the relationship; starts the retention period", example = "2026-06-30")
            LocalDate relationshipEndedOn,
            @PositiveOrZero @Schema(description = "Version read before editing; required on update (or send If-Match)")
            Long version) {
    }

    @Schema(name = "Organisation")
    public record OrganisationView(UUID id, String name, String businessId, OrganisationRole role,
            LocalDate relationshipEndedOn, Instant createdAt, long version) {
    }

    @Schema(name = "ContactPersonRequest")
    public record ContactPersonRequest(
            @NotNull UUID organisationId,
            @NotBlank @Size(max = 100) @Schema(example = "Päivi") String firstName,
            @NotBlank @Size(max = 100) @Schema(example = "Åkerlund-Mäkelä") String lastName,
            @Size(max = 100) @Schema(example = "Työmaapäällikkö") String title,
            @Email(regexp = EMAIL) @Size(max = 254) @Schema(example = "paivi.akerlund@rakennus-aijala.example") String email,
            @Pattern(regexp = PHONE, message = "must be a phone number") @Schema(example = "+358401234567") String phone,
            @Past @Schema(description = "Optional; used only to compute the name key for data-subject requests, never stored",
                    example = "1975-04-02") LocalDate birthDate,
            @Pattern(regexp = "fi|sv|en", message = "must be fi, sv or en") @Schema(example = "fi") String language,
            @NotNull @Schema(description = "Why the person's data is kept: their organisation's contract or their own consent")
            PersonBasis legalBasis,
            @Pattern(regexp = SUBJECT_KEY, message = "must be a subject key")
            @Schema(description = "Subject key the consent was filed under in consent-service; defaults to the email (else phone) key")
            String consentSubjectKey,
            @PositiveOrZero @Schema(description = "Version read before editing; required on update (or send If-Match)")
            Long version) {
    }

    @Schema(name = "ContactPerson")
    public record ContactPersonView(UUID id, UUID organisationId, String organisationName, String firstName,
            String lastName, String title, String email, String phone, String language, PersonBasis legalBasis,
            Instant lastInteractionAt, Instant createdAt, Instant updatedAt, long version) {
    }

    @Schema(name = "InteractionRequest")
    public record InteractionRequest(
            @NotNull InteractionType type,
            @NotNull @PastOrPresent @Schema(example = "2026-10-15T09:00:00Z") Instant occurredAt,
            @Size(max = 1000) @Schema(example = "Työmaakokous, aikataulu vahvistettu") String summary) {
    }

    @Schema(name = "Interaction")
    public record InteractionView(UUID id, UUID contactPersonId, InteractionType type, Instant occurredAt,
            String summary, String recordedBy) {
    }

    @Schema(name = "MailingListRequest")
    public record MailingListRequest(
            @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]{1,59}", message = "must be 2-60 lower-case letters, digits or -")
            @Schema(example = "sidosryhmatiedote") String code,
            @NotBlank @Size(max = 200) @Schema(example = "Sidosryhmätiedote") String name,
            @NotBlank @Size(max = 60)
            @Schema(description = "Purpose code from the register description; fixes the legal basis",
                    enumeration = {"stakeholder-newsletter", "stakeholder-events", "stakeholder-communication"})
            String purpose,
            @Size(max = 1000) String description,
            @PositiveOrZero Long version) {
    }

    @Schema(name = "MailingList")
    public record MailingListView(UUID id, String code, String name, String purpose, MailingBasis legalBasis,
            String description, long members, long version) {
    }

    @Schema(name = "MembershipRequest")
    public record MemberRequest(@NotNull UUID contactPersonId) {
    }

    @Schema(name = "Member")
    public record MemberView(UUID contactPersonId, String firstName, String lastName, String email,
            String organisation, Instant addedAt) {
    }

    @Schema(name = "MailingExportRow", description = "One recipient as a communications tool would receive it")
    public record ExportRow(UUID contactPersonId, String firstName, String lastName, String email,
            String organisation, String language) {
    }

    @Schema(name = "SuppressionRequest", description = "A person asked not to be mailed (e.g. replied 'unsubscribe')")
    public record SuppressionRequest(
            @Email(regexp = EMAIL) @Size(max = 254) String email,
            @Pattern(regexp = PHONE, message = "must be a phone number") String phone,
            @NotNull Suppression.Scope scope) {
    }

    @Schema(name = "SuppressionResult")
    public record SuppressionView(int subjectKeys, Suppression.Scope scope, int membershipsRemoved) {
    }
}
