package fi.kuopas.personnel.retention;

import fi.kuopas.personnel.config.PersonnelConfig;
import fi.kuopas.personnel.domain.Application;
import fi.kuopas.personnel.domain.Employee;
import fi.kuopas.personnel.domain.JobApplicant;
import fi.kuopas.personnel.domain.EmploymentContract;
import fi.kuopas.personnel.domain.JobPosting;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * When each kind of personnel data is due for deletion (docs/domain-rules.md). Shared by the
 * register's retention rules ({@link PersonnelRetentionRules}, run by the kit) and by erasure
 * requests, so both apply exactly the same periods.
 */
@ApplicationScoped
public class RetentionRules {

    public static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    public static final String APPLICANT_REF = "Equality Act 609/1986 and Non-Discrimination Act 1325/2014 (time limits for claims); GDPR Art 17(3)(e)";
    public static final String OTHER_HR_REF = "Employment Contracts Act 55/2001 ch. 13 §9 (time limit for claims); GDPR Art 17(3)(e)";
    public static final String CORE_REF = "Employment Contracts Act 55/2001 ch. 6 §7 (work certificate); GDPR Art 17(3)(b)";
    public static final String PAYROLL_REF = "Accounting Act 1336/1997 ch. 2 §10; GDPR Art 17(3)(b)";

    private final PersonnelConfig.Retention config;

    public RetentionRules(PersonnelConfig config) {
        this.config = config.retention();
    }

    public LocalDate today() {
        return LocalDate.now(HELSINKI);
    }

    /** The day employment ended, or empty while any contract is open-ended or still running (or none exists). */
    public Optional<LocalDate> employmentEnded(UUID employeeId) {
        List<EmploymentContract> contracts = EmploymentContract.list("employeeId", employeeId);
        if (contracts.isEmpty() || contracts.stream().anyMatch(c -> c.endDate == null)) {
            return Optional.empty();
        }
        LocalDate end = contracts.stream().map(c -> c.endDate).max(LocalDate::compareTo).orElseThrow();
        return end.isBefore(today()) ? Optional.of(end) : Optional.empty();
    }

    public LocalDate otherHrUntil(LocalDate end) {
        return end.plusYears(config.otherHrYears());
    }

    public LocalDate coreUntil(LocalDate end) {
        return end.plusYears(config.coreEmploymentYears());
    }

    /** Vouchers are kept for N years from the end of the year in which the financial (calendar) year ended. */
    public LocalDate payrollUntil(LocalDate end) {
        return LocalDate.of(end.getYear() + config.payrollVoucherYears(), 12, 31);
    }

    /**
     * When an application is due for deletion. Every application that did not lead to employment
     * has an end (GDPR Art 5(1)(e) storage limitation): a non-selected one is kept from the
     * notification of the decision or, when no notification was recorded, from the day the job
     * posting closed; a withdrawn one from the notification or receipt; a pending one, once its
     * posting has closed, from that day (the recruitment is over whether or not a decision was
     * recorded). The period covers the time limits for discrimination claims (Equality Act 609/1986,
     * Non-Discrimination Act 1325/2014). Only a pending application of an open
     * posting and a selected one (part of the employment record) have no end yet.
     */
    public Optional<LocalDate> applicationUntil(Application a) {
        LocalDate from = switch (a.outcome) {
            case NOT_SELECTED -> a.notifiedAt != null ? date(a.notifiedAt) : postingClosed(a).orElseGet(() -> posting(a).closesOn);
            case WITHDRAWN -> date(a.notifiedAt != null ? a.notifiedAt : a.createdAt);
            case PENDING -> postingClosed(a).orElse(null);
            case SELECTED -> null;
        };
        return from == null ? Optional.empty() : Optional.of(from.plusYears(config.applicantYears()));
    }

    private Optional<LocalDate> postingClosed(Application a) {
        return posting(a).closedOn(today(), HELSINKI);
    }

    private static JobPosting posting(Application a) {
        return JobPosting.findById(a.postingId);
    }

    private static LocalDate date(Instant at) {
        return at.atZone(HELSINKI).toLocalDate();
    }

    public boolean passed(LocalDate until) {
        return until.isBefore(today());
    }

    public int applicantYears() {
        return config.applicantYears();
    }

    public int otherHrYears() {
        return config.otherHrYears();
    }

    public int coreYears() {
        return config.coreEmploymentYears();
    }

    public int payrollYears() {
        return config.payrollVoucherYears();
    }

    /** The employees whose employment has ended, each once. */
    public List<Employee> ended() {
        return Employee.<Employee>listAll().stream().filter(e -> employmentEnded(e.id).isPresent()).toList();
    }

    /** An applicant with no application left has no record left either (consents go with them). */
    public static boolean deleteApplicantIfNothingLeft(UUID applicantId) {
        if (Application.count("applicantId", applicantId) > 0) {
            return false;
        }
        return JobApplicant.deleteById(applicantId);
    }

    /** Contracts, working time and absences go with the employee (ON DELETE CASCADE). */
    public static void deleteEmployee(Employee e) {
        Employee.update("supervisorId = null WHERE supervisorId = ?1", e.id);
        Employee.getEntityManager().flush();
        e.delete();
        Employee.flush();
    }
}
