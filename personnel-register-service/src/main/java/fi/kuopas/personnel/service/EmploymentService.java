package fi.kuopas.personnel.service;

import fi.kuopas.personnel.domain.Employee;
import fi.kuopas.personnel.domain.EmploymentContract;
import fi.kuopas.personnel.domain.WorkingTimeSummary;
import fi.kuopas.personnel.service.PersonnelCommands.NewContract;
import fi.kuopas.personnel.service.PersonnelCommands.WorkingTime;
import fi.kuopas.privacy.audit.AuditAction;
import fi.kuopas.privacy.audit.AuditLog;
import fi.kuopas.privacy.problem.ProblemException;
import fi.kuopas.privacy.restriction.RestrictionGuard;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

/** Employment contracts and monthly working-time and leave summaries. */
@ApplicationScoped
public class EmploymentService {

    private final AuditLog audit;
    private final RestrictionGuard restrictions;
    private final EmployeeAccess access;

    public EmploymentService(AuditLog audit, RestrictionGuard restrictions, EmployeeAccess access) {
        this.audit = audit;
        this.restrictions = restrictions;
        this.access = access;
    }

    @Transactional
    public EmploymentContract addContract(UUID employeeId, NewContract in) {
        Employee e = access.visibleEmployee(employeeId);
        restrictions.requireNotRestricted(e.subjectKey, "employment-contract", null);
        if (in.endDate() != null && in.endDate().isBefore(in.startDate())) {
            throw ProblemException.badRequest("endDate " + in.endDate() + " is before startDate " + in.startDate()
                    + "; a contract cannot end before it starts");
        }
        if (in.type() == EmploymentContract.Type.FIXED_TERM && (in.endDate() == null || blank(in.fixedTermReason()))) {
            throw ProblemException.badRequest("a FIXED_TERM contract needs endDate and fixedTermReason "
                    + "(a justified reason is required, Employment Contracts Act 55/2001 ch. 1 §3)");
        }
        EmploymentContract c = new EmploymentContract();
        c.employeeId = e.id;
        c.startDate = in.startDate();
        c.endDate = in.endDate();
        c.type = in.type();
        c.workingTime = in.workingTime();
        c.fixedTermReason = in.fixedTermReason();
        c.createdAt = Instant.now();
        c.persist();
        audit.record(AuditAction.CREATE, e.subjectKey, "employment-contract", c.id.toString(), EmployeeService.PURPOSE);
        return c;
    }

    @Transactional
    public List<EmploymentContract> contracts(UUID employeeId) {
        Employee e = access.visibleEmployee(employeeId);
        restrictions.requireNotRestricted(e.subjectKey, "employment-contract", null);
        audit.record(AuditAction.VIEW, e.subjectKey, "employment-contract", null, purpose());
        return EmploymentContract.list("employeeId = ?1 ORDER BY startDate", e.id);
    }

    @Transactional
    public WorkingTimeSummary putWorkingTime(UUID employeeId, String period, WorkingTime in) {
        Employee e = access.visibleEmployee(employeeId);
        restrictions.requireNotRestricted(e.subjectKey, "working-time", null);
        String month = month(period);
        WorkingTimeSummary w = WorkingTimeSummary.find("employeeId = ?1 and period = ?2", e.id, month).firstResult();
        AuditAction action = AuditAction.UPDATE;
        if (w == null) {
            w = new WorkingTimeSummary();
            w.employeeId = e.id;
            w.period = month;
            action = AuditAction.CREATE;
        } else if (in.version() == null || in.version() != w.version) {
            throw EmployeeService.staleVersion();
        }
        w.regularHours = in.regularHours();
        w.overtimeHours = in.overtimeHours();
        w.annualLeaveDays = in.annualLeaveDays();
        w.absenceDays = in.absenceDays();
        w.updatedAt = Instant.now();
        w.persist();
        WorkingTimeSummary.getEntityManager().flush();
        audit.record(action, e.subjectKey, "working-time", w.id.toString(), EmployeeService.PURPOSE);
        return w;
    }

    @Transactional
    public List<WorkingTimeSummary> workingTime(UUID employeeId) {
        Employee e = access.visibleEmployee(employeeId);
        restrictions.requireNotRestricted(e.subjectKey, "working-time", null);
        audit.record(AuditAction.VIEW, e.subjectKey, "working-time", null, purpose());
        return WorkingTimeSummary.list("employeeId = ?1 ORDER BY period", e.id);
    }

    private String purpose() {
        return access.isHr() ? EmployeeService.PURPOSE : EmployeeService.TEAM_PURPOSE;
    }

    private static String month(String period) {
        try {
            return YearMonth.parse(period).toString();
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest("period must be a calendar month YYYY-MM");
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
