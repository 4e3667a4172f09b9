package fi.kuopas.personnel.dsr;

import fi.kuopas.privacy.dsr.SubjectRegisterParts;
import fi.kuopas.personnel.domain.Absence;
import fi.kuopas.personnel.domain.Application;
import fi.kuopas.personnel.domain.Employee;
import fi.kuopas.personnel.domain.EmploymentContract;
import fi.kuopas.personnel.domain.JobApplicant;
import fi.kuopas.personnel.domain.LegalHold;
import fi.kuopas.personnel.domain.WorkingTimeSummary;
import fi.kuopas.personnel.retention.RetentionRules;
import fi.kuopas.privacy.audit.AuditAction;
import fi.kuopas.privacy.audit.AuditLog;
import fi.kuopas.privacy.dsr.DsrCode;
import fi.kuopas.privacy.dsr.DsrText;
import fi.kuopas.privacy.dsr.ErasureReport;
import fi.kuopas.privacy.dsr.ErasureReport.Erased;
import fi.kuopas.privacy.dsr.ErasureReport.Kept;
import fi.kuopas.privacy.dsr.SubjectRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Art 17 erasure: what is past its retention period is erased at once; the rest is kept under a
 * legal hold that names the exception, the provision and the date it ends. Employment data is
 * kept while the employment lasts and for the statutory periods after it.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class PersonnelErasure implements SubjectRegisterParts.Erasure {

    private final PersonnelSubjectLookup lookup;
    private final RetentionRules rules;
    private final AuditLog audit;

    public PersonnelErasure(PersonnelSubjectLookup lookup, RetentionRules rules, AuditLog audit) {
        this.lookup = lookup;
        this.rules = rules;
        this.audit = audit;
    }

    /**
     * What the erasure removes and keeps, and (Art 19) the standing recipients of what it removes: the
     * register logs no disclosures per person (see {@link PersonnelAccess#EMPLOYEE_RECIPIENTS}), so each erased category of an
     * employee's data names the recipients that routinely receive that kind of data. Kept data and an
     * applicant's data name none.
     */
    private record Plan(List<Erased> erased, List<Kept> kept, List<Runnable> actions, Set<String> recipients) {
        Plan() {
            this(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new HashSet<>());
        }

        void erase(DsrCode category, int count, Runnable action) {
            erase(category, count, action, List.of());
        }

        void erase(DsrCode category, int count, Runnable action, List<String> recipientsOfCategory) {
            if (count > 0) {
                erased.add(Erased.of(DsrText.of(category), count));
                actions.add(action);
                recipients.addAll(recipientsOfCategory);
            }
        }

        void keep(DsrCode category, int count, DsrCode reason, DsrCode ref, LocalDate until) {
            if (count > 0) {
                kept.add(Kept.of(DsrText.of(category), count, DsrText.of(reason), DsrText.of(ref), until));
            }
        }
    }

    /** Erases (or previews) the included records only; possible matches are neither erased nor counted. */
    @Override
    public ErasureReport erase(UUID caseId, SubjectRef subject, boolean dryRun) {
        PersonnelSubjectLookup.Records records = lookup.records(subject);
        Plan plan = new Plan();
        records.employees().forEach(e -> planEmployee(e, plan));
        records.applicants().forEach(a -> planApplicant(a, plan));
        if (!dryRun) {
            plan.actions().forEach(Runnable::run);
            for (String key : records.recordKeys()) {
                for (Kept k : plan.kept()) {
                    hold(key, k, caseId);
                }
                audit.record(AuditAction.DELETE, key, "personnel", caseId.toString(), "Art 17 erasure");
            }
        }
        return new ErasureReport(PersonnelSubjectLookup.REGISTER, dryRun, plan.erased(), plan.kept(), records.possibleMatches())
                .withRecipients(PersonnelAccess.ofEmployee(plan.recipients()));
    }

    private void planEmployee(Employee e, Plan plan) {
        int contracts = (int) EmploymentContract.count("employeeId", e.id);
        int time = (int) WorkingTimeSummary.count("employeeId", e.id);
        int absences = (int) Absence.count("employeeId", e.id);
        Optional<LocalDate> ended = rules.employmentEnded(e.id);
        if (ended.isEmpty()) {
            plan.keep(DsrCode.CATEGORY_PERSONNEL_EMPLOYEE_IN_FORCE, 1 + contracts + time + absences,
                    DsrCode.KEPT_EMPLOYMENT_IN_FORCE, DsrCode.REF_EMPLOYMENT_IN_FORCE, null);
            return;
        }
        LocalDate end = ended.get();
        LocalDate core = rules.coreUntil(end);
        if (rules.passed(core)) {
            plan.erase(DsrCode.CATEGORY_PERSONNEL_EMPLOYEE_RECORD, 1 + contracts + time + absences,
                    () -> RetentionRules.deleteEmployee(e), PersonnelAccess.EMPLOYEE_RECIPIENTS);
            return;
        }
        LocalDate otherHr = rules.otherHrUntil(end);
        if (rules.passed(otherHr)) {
            plan.erase(DsrCode.CATEGORY_PERSONNEL_WORKING_TIME, time, () -> WorkingTimeSummary.delete("employeeId", e.id),
                    PersonnelAccess.WORKING_TIME_RECIPIENTS);
            plan.erase(DsrCode.CATEGORY_PERSONNEL_ABSENCES, absences, () -> Absence.delete("employeeId", e.id), PersonnelAccess.HEALTH_RECIPIENTS);
        } else {
            plan.keep(DsrCode.CATEGORY_PERSONNEL_TIME_AND_ABSENCES, time + absences,
                    DsrCode.KEPT_EMPLOYMENT_CLAIMS, DsrCode.REF_EMPLOYMENT_CLAIMS, otherHr);
        }
        int payroll = e.bankAccountEncrypted != null || e.taxCardReference != null ? 1 : 0;
        LocalDate payrollUntil = rules.payrollUntil(end);
        if (rules.passed(payrollUntil)) {
            plan.erase(DsrCode.CATEGORY_PERSONNEL_PAYROLL, payroll, () -> {
                e.bankAccountEncrypted = null;
                e.taxCardReference = null;
                e.updatedAt = Instant.now();
            }, PersonnelAccess.PAY_RECIPIENTS);
        } else {
            plan.keep(DsrCode.CATEGORY_PERSONNEL_PAYROLL, payroll,
                    DsrCode.KEPT_PAYROLL, DsrCode.REF_PAYROLL, payrollUntil);
        }
        plan.keep(DsrCode.CATEGORY_PERSONNEL_CORE, 1 + contracts,
                DsrCode.KEPT_WORK_CERTIFICATE, DsrCode.REF_WORK_CERTIFICATE, core);
    }

    private void planApplicant(JobApplicant applicant, Plan plan) {
        List<Application> apps = Application.list("applicantId", applicant.id);
        List<Application> erasable = new ArrayList<>();
        for (Application a : apps) {
            if (a.outcome == Application.Outcome.SELECTED) {
                plan.keep(DsrCode.CATEGORY_PERSONNEL_SELECTED_APPLICATION, 1, DsrCode.KEPT_EMPLOYMENT_RECORD,
                        DsrCode.REF_EMPLOYMENT_CLAIMS, null);
                continue;
            }
            Optional<LocalDate> until = rules.applicationUntil(a);
            if (until.isPresent() && !rules.passed(until.get())) {
                plan.keep(DsrCode.CATEGORY_PERSONNEL_APPLICATION, 1, DsrCode.KEPT_RECRUITMENT_CLAIMS,
                        DsrCode.REF_RECRUITMENT_CLAIMS, until.get());
            } else {
                erasable.add(a);
            }
        }
        boolean everything = erasable.size() == apps.size();
        plan.erase(DsrCode.CATEGORY_PERSONNEL_APPLICATIONS, erasable.size(), () -> {
            erasable.forEach(Application::delete);
            Application.flush();
        });
        if (everything) {
            plan.erase(DsrCode.CATEGORY_PERSONNEL_APPLICANT, 1,
                    () -> RetentionRules.deleteApplicantIfNothingLeft(applicant.id));
        }
    }

    private static void hold(String subjectKey, Kept k, UUID caseId) {
        LegalHold h = new LegalHold();
        h.subjectKey = subjectKey;
        h.category = k.category();
        h.reason = k.reason();
        h.legalReference = k.legalReference();
        h.until = k.until();
        h.caseId = caseId;
        h.createdAt = Instant.now();
        h.persist();
    }
}
