package fi.kuopas.personnel.service;

import fi.kuopas.personnel.domain.Absence;
import fi.kuopas.personnel.domain.ApplicantConsent;
import fi.kuopas.personnel.domain.Application;
import fi.kuopas.personnel.domain.EmploymentContract;
import fi.kuopas.personnel.domain.Provenance;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What the personnel services are asked to do, in their own terms: the REST bodies are turned into
 * these by {@code mapping.EmployeeMapping} and {@code mapping.RecruitmentMapping}, so no service sees
 * a transport type. Validation of shape (sizes, patterns, required fields) happened on the bodies;
 * the rules (sources, consents, versions, dates) are the services'.
 */
public final class PersonnelCommands {

    private PersonnelCommands() {
    }

    /** Where data came from; null (or origin DATA_SUBJECT) for data the person gave themselves. */
    public record Source(Provenance.Origin origin, String name, Instant obtainedAt, Provenance.Basis basis, String reference) {
    }

    public record NewEmployee(String personalIdentityCode, String firstName, String lastName, String email, String phone,
            String address, String bankAccount, String taxCardReference, String position, String team, UUID supervisorId,
            String username, Source source) {
    }

    /** Full replacement of the editable fields; version is the one read. */
    public record EmployeeChange(Long version, String firstName, String lastName, String email, String phone, String address,
            String bankAccount, String taxCardReference, String position, String team, UUID supervisorId, Source source) {
    }

    /** The permanent identity code that replaces a temporary one. */
    public record IdentityCodeLink(Long version, String personalIdentityCode) {
    }

    public record NewContract(LocalDate startDate, LocalDate endDate, EmploymentContract.Type type,
            EmploymentContract.WorkingTime workingTime, String fixedTermReason) {
    }

    public record WorkingTime(BigDecimal regularHours, BigDecimal overtimeHours, BigDecimal annualLeaveDays,
            BigDecimal absenceDays, Long version) {
    }

    public record NewAbsence(UUID employeeId, Absence.Kind kind, LocalDate startDate, LocalDate endDate,
            String certificateIssuer, String details, Source source) {
    }

    public record NewPosting(String title, String team, boolean specialTrust, LocalDate closesOn, String externalRef) {
    }

    public record Applicant(String firstName, String lastName, String email, String phone, LocalDate birthDate,
            String personalIdentityCode) {
    }

    public record NewApplication(Applicant applicant, String cvText, Source source) {
    }

    public record InterviewNotes(Long version, String notes) {
    }

    /** The selection decision, always made by a person (GDPR Art 22). */
    public record Decision(Long version, Application.Outcome outcome, Instant notifiedAt) {
    }

    public record NewConsent(ApplicantConsent.Kind kind, Instant givenAt, String evidence) {
    }

    public record NewAssessment(UUID consentId, String provider, String summary, LocalDate performedAt, Source source) {
    }

    public record NewReferenceCheck(UUID consentId, String refereeName, String refereeOrganisation, String summary,
            LocalDate checkedAt, Source source) {
    }

    public record NewCreditCheck(Instant applicantInformedAt, Instant checkedAt, String summary, Source source) {
    }
}
