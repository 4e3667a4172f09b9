package fi.kuopas.stakeholder.service;

import fi.kuopas.stakeholder.domain.InteractionType;
import fi.kuopas.stakeholder.domain.OrganisationRole;
import fi.kuopas.stakeholder.domain.PersonBasis;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What the stakeholder services are asked to do, free of the API's shape: the mapping package builds
 * these from request bodies (validated there), the services apply the rules.
 */
public final class StakeholderCommands {

    private StakeholderCommands() {
    }

    public record OrganisationData(String name, String businessId, OrganisationRole role, LocalDate relationshipEndedOn) {
    }

    public record ContactPersonData(UUID organisationId, String firstName, String lastName, String title, String email,
            String phone, LocalDate birthDate, String language, PersonBasis legalBasis, String consentSubjectKey) {
    }

    public record NewInteraction(InteractionType type, Instant occurredAt, String summary) {
    }

    public record MailingListData(String code, String name, String purpose, String description) {
    }
}
