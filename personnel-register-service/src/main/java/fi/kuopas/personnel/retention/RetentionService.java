package fi.kuopas.personnel.retention;

import fi.kuopas.personnel.domain.Absence;
import fi.kuopas.personnel.domain.Application;
import fi.kuopas.personnel.domain.Employee;
import fi.kuopas.personnel.domain.JobApplicant;
import fi.kuopas.personnel.domain.RetentionRun;
import fi.kuopas.personnel.domain.WorkingTimeSummary;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Applies the retention periods: deletes what is past its period, or with a dry run only counts
 * it. Every run is logged with counts per rule, never the data (docs/domain-rules.md).
 */
@ApplicationScoped
public class RetentionService {

    private final RetentionRules rules;

    public RetentionService(RetentionRules rules) {
        this.rules = rules;
    }

    @Transactional
    public RetentionRun run(boolean dryRun, String triggeredBy) {
        RetentionRun run = new RetentionRun();
        run.startedAt = Instant.now();
        run.dryRun = dryRun;
        run.triggeredBy = triggeredBy;
        run.items.add(new RetentionRun.Item("non-selected-applicants", RetentionRules.APPLICANT_REF, applicants(dryRun)));
        List<Employee> ended = Employee.<Employee>listAll().stream()
                .filter(e -> rules.employmentEnded(e.id).isPresent()).toList();
        run.items.add(new RetentionRun.Item("other-hr-data", RetentionRules.OTHER_HR_REF, otherHr(ended, dryRun)));
        run.items.add(new RetentionRun.Item("payroll-vouchers", RetentionRules.PAYROLL_REF, payroll(ended, dryRun)));
        run.items.add(new RetentionRun.Item("core-employment-data", RetentionRules.CORE_REF, core(ended, dryRun)));
        run.persist();
        run.items.forEach(i -> Log.infof("retention %s: rule %s %s %d record(s)", run.id, i.rule,
                dryRun ? "would delete" : "deleted", i.affected));
        return run;
    }

    private int applicants(boolean dryRun) {
        // Pending applications too: once their posting has closed, their period runs from that day.
        List<Application> due = Application.<Application>list("outcome in ?1", List.of(Application.Outcome.NOT_SELECTED,
                        Application.Outcome.WITHDRAWN, Application.Outcome.PENDING)).stream()
                .filter(a -> rules.applicationUntil(a).map(rules::passed).orElse(false)).toList();
        if (!dryRun) {
            due.forEach(Application::delete);
            Application.flush();
            due.stream().map(a -> a.applicantId).distinct().forEach(RetentionService::deleteApplicantIfNothingLeft);
        }
        return due.size();
    }

    private int otherHr(List<Employee> ended, boolean dryRun) {
        List<UUID> due = ended.stream()
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

    private int payroll(List<Employee> ended, boolean dryRun) {
        List<Employee> due = ended.stream()
                .filter(e -> e.bankAccountEncrypted != null || e.taxCardReference != null)
                .filter(e -> rules.passed(rules.payrollUntil(rules.employmentEnded(e.id).orElseThrow())))
                .toList();
        if (!dryRun) {
            due.forEach(e -> {
                e.bankAccountEncrypted = null;
                e.taxCardReference = null;
                e.updatedAt = Instant.now();
            });
        }
        return due.size();
    }

    private int core(List<Employee> ended, boolean dryRun) {
        List<Employee> due = ended.stream()
                .filter(e -> rules.passed(rules.coreUntil(rules.employmentEnded(e.id).orElseThrow())))
                .toList();
        if (!dryRun) {
            due.forEach(RetentionService::deleteEmployee);
        }
        return due.size();
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
