package fi.kuopas.personnel.retention;

import fi.kuopas.personnel.domain.Absence;
import fi.kuopas.personnel.domain.Application;
import fi.kuopas.personnel.domain.Employee;
import fi.kuopas.personnel.domain.WorkingTimeSummary;
import fi.kuopas.privacy.retention.NamedRetentionRule;
import fi.kuopas.privacy.retention.RetentionRule;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The personnel register's retention rules (docs/domain-rules.md), one kit {@link RetentionRule}
 * each; the kit's runner runs them in name order and logs the counts, never the data. The periods
 * come from {@link RetentionRules}, which erasure uses too.
 */
public final class PersonnelRetentionRules {

    private PersonnelRetentionRules() {
    }

    /** Applications that did not lead to employment, past their period, and applicants left with none. */
    @ApplicationScoped
    public static class NonSelectedApplicants extends NamedRetentionRule {
        private final RetentionRules rules;

        public NonSelectedApplicants(RetentionRules rules) {
            super("non-selected-applicants", RetentionRules.APPLICANT_REF);
            this.rules = rules;
        }

        @Override
        public int apply(Instant now, boolean dryRun) {
            // Pending applications too: once their posting has closed, their period runs from that day.
            List<Application> due = Application.<Application>list("outcome in ?1", List.of(Application.Outcome.NOT_SELECTED,
                            Application.Outcome.WITHDRAWN, Application.Outcome.PENDING)).stream()
                    .filter(a -> rules.applicationUntil(a).map(rules::passed).orElse(false)).toList();
            if (!dryRun) {
                due.forEach(Application::delete);
                Application.flush();
                due.stream().map(a -> a.applicantId).distinct().forEach(RetentionRules::deleteApplicantIfNothingLeft);
            }
            return due.size();
        }
    }

    /** Working-time summaries and absences of former employees, past the time limit for claims. */
    @ApplicationScoped
    public static class OtherHrData extends NamedRetentionRule {
        private final RetentionRules rules;

        public OtherHrData(RetentionRules rules) {
            super("other-hr-data", RetentionRules.OTHER_HR_REF);
            this.rules = rules;
        }

        @Override
        public int apply(Instant now, boolean dryRun) {
            List<UUID> due = rules.ended().stream()
                    .filter(e -> rules.passed(rules.otherHrUntil(rules.employmentEnded(e.id).orElseThrow())))
                    .map(e -> e.id).toList();
            if (due.isEmpty()) {
                return 0;
            }
            int count = (int) (WorkingTimeSummary.count("employeeId in ?1", due) + Absence.count("employeeId in ?1", due));
            if (!dryRun) {
                WorkingTimeSummary.delete("employeeId in ?1", due);
                Absence.delete("employeeId in ?1", due);
            }
            return count;
        }
    }

    /** Bank account and tax card of former employees once the accounting period has passed. */
    @ApplicationScoped
    public static class PayrollVouchers extends NamedRetentionRule {
        private final RetentionRules rules;

        public PayrollVouchers(RetentionRules rules) {
            super("payroll-vouchers", RetentionRules.PAYROLL_REF);
            this.rules = rules;
        }

        @Override
        public int apply(Instant now, boolean dryRun) {
            List<Employee> due = rules.ended().stream()
                    .filter(e -> e.bankAccountEncrypted != null || e.taxCardReference != null)
                    .filter(e -> rules.passed(rules.payrollUntil(rules.employmentEnded(e.id).orElseThrow())))
                    .toList();
            if (!dryRun) {
                due.forEach(e -> {
                    e.bankAccountEncrypted = null;
                    e.taxCardReference = null;
                    e.updatedAt = now;
                });
            }
            return due.size();
        }
    }

    /** The employee record itself (with contracts, working time and absences) past the certificate period. */
    @ApplicationScoped
    public static class CoreEmploymentData extends NamedRetentionRule {
        private final RetentionRules rules;

        public CoreEmploymentData(RetentionRules rules) {
            super("core-employment-data", RetentionRules.CORE_REF);
            this.rules = rules;
        }

        @Override
        public int apply(Instant now, boolean dryRun) {
            List<Employee> due = rules.ended().stream()
                    .filter(e -> rules.passed(rules.coreUntil(rules.employmentEnded(e.id).orElseThrow())))
                    .toList();
            if (!dryRun) {
                due.forEach(RetentionRules::deleteEmployee);
            }
            return due.size();
        }
    }
}
