package fi.kuopas.customer.service;

import fi.kuopas.customer.domain.DisclosableField;
import fi.kuopas.customer.domain.FaultReport;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What the customer services are asked to do, free of the API's shape: the mapping package builds
 * these from request bodies (validated there), the services apply the rules.
 */
public final class CustomerCommands {

    private CustomerCommands() {
    }

    public record NewPerson(String personalIdentityCode, String firstName, String lastName, LocalDate birthDate, String email,
            String phone, String language, String streetAddress, String postalCode, String city) {
    }

    public record PersonChange(Long version, String firstName, String lastName, String email, String phone, String language,
            String streetAddress, String postalCode, String city) {
    }

    public record PersonQuery(String personalIdentityCode, String email, String phone, String lastName, Integer page,
            Integer size) {
    }

    public record IdentityCodeLink(String personalIdentityCode, Long version) {
    }

    public record SurveyAnswer(UUID personId, String surveyCode, Instant answeredAt, Integer score, String answers) {
    }

    public record EntryPermission(Boolean granted, LocalDate validFrom, LocalDate validUntil, Boolean pets, String notes) {
    }

    public record NewFaultReport(UUID personId, String apartmentRef, String description, EntryPermission entryPermission) {
    }

    public record FaultStatusChange(Long version, FaultReport.Status status, String partner, String partnerCountry,
            String transferMechanism) {
    }

    public record NewCollectionCase(UUID personId, UUID leaseId, Long amountCents, String agentName, String agentCountry,
            String transferMechanism) {
    }

    public record NewDisclosure(String recipient, String recipientRole, String recipientCountry, List<String> categories,
            List<DisclosableField> fields, String basis, String requestReference, String legalReference,
            String transferMechanism) {
    }
}
