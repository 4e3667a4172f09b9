package fi.kuopas.personnel.mapping;

import fi.kuopas.personnel.domain.Employee;
import fi.kuopas.personnel.domain.EmploymentContract;
import fi.kuopas.personnel.domain.Provenance;
import fi.kuopas.personnel.domain.WorkingTimeSummary;
import fi.kuopas.personnel.rest.EmployeeDtos.ContractRequest;
import fi.kuopas.personnel.rest.EmployeeDtos.ContractView;
import fi.kuopas.personnel.rest.EmployeeDtos.CreateEmployee;
import fi.kuopas.personnel.rest.EmployeeDtos.EmployeeView;
import fi.kuopas.personnel.rest.EmployeeDtos.IdentityCodeLink;
import fi.kuopas.personnel.rest.EmployeeDtos.UpdateEmployee;
import fi.kuopas.personnel.rest.EmployeeDtos.WorkingTimeRequest;
import fi.kuopas.personnel.rest.EmployeeDtos.WorkingTimeView;
import fi.kuopas.personnel.rest.HealthDtos.AbsenceRequest;
import fi.kuopas.personnel.rest.HealthDtos.AbsenceView;
import fi.kuopas.personnel.rest.SourceInput;
import fi.kuopas.personnel.rest.SourceView;
import fi.kuopas.personnel.service.EmployeeService;
import fi.kuopas.personnel.service.HealthService;
import fi.kuopas.personnel.service.PersonnelCommands;

/**
 * Where the employee and health APIs' bodies meet the services: request bodies to commands,
 * entities (and the services' details records) to response bodies. Plain static factories (the
 * project's one mapping convention).
 */
public final class EmployeeMapping {

    private EmployeeMapping() {
    }

    public static PersonnelCommands.Source source(SourceInput in) {
        return in == null ? null : new PersonnelCommands.Source(in.origin(), in.name(), in.obtainedAt(), in.basis(), in.reference());
    }

    public static SourceView source(Provenance p) {
        if (p == null) {
            return null;
        }
        return new SourceView(p.origin.name(), p.name, p.obtainedAt, p.basis == null ? null : p.basis.name(),
                p.reference, p.describe());
    }

    public static PersonnelCommands.NewEmployee employee(CreateEmployee r) {
        return new PersonnelCommands.NewEmployee(r.personalIdentityCode(), r.firstName(), r.lastName(), r.email(), r.phone(),
                r.address(), r.bankAccount(), r.taxCardReference(), r.position(), r.team(), r.supervisorId(), r.username(),
                source(r.source()));
    }

    public static PersonnelCommands.EmployeeChange change(UpdateEmployee r) {
        return new PersonnelCommands.EmployeeChange(r.version(), r.firstName(), r.lastName(), r.email(), r.phone(), r.address(),
                r.bankAccount(), r.taxCardReference(), r.position(), r.team(), r.supervisorId(), source(r.source()));
    }

    public static PersonnelCommands.IdentityCodeLink link(IdentityCodeLink r) {
        return new PersonnelCommands.IdentityCodeLink(r.version(), r.personalIdentityCode());
    }

    /** What the service decided the caller may see; a supervisor gets no identity code, birth date, address or pay data. */
    public static EmployeeView employee(EmployeeService.Details d) {
        Employee e = d.employee();
        if (!d.hr()) {
            return new EmployeeView(e.id, e.version, e.firstName, e.lastName, null, null, null, e.email, e.phone, null, null,
                    null, e.position, e.team, e.supervisorId, e.username, null, null, null);
        }
        return new EmployeeView(e.id, e.version, e.firstName, e.lastName, d.identityCode(), d.temporaryIdentityCode(),
                e.birthDate, e.email, e.phone, e.address, d.bankAccount(), d.single() ? e.taxCardReference : null,
                e.position, e.team, e.supervisorId, e.username, source(e.source), e.createdAt, e.updatedAt);
    }

    public static PersonnelCommands.NewContract contract(ContractRequest r) {
        return new PersonnelCommands.NewContract(r.startDate(), r.endDate(), r.type(), r.workingTime(), r.fixedTermReason());
    }

    public static ContractView contract(EmploymentContract c) {
        return new ContractView(c.id, c.employeeId, c.startDate, c.endDate, c.type.name(), c.workingTime.name(),
                c.fixedTermReason, c.version);
    }

    public static PersonnelCommands.WorkingTime workingTime(WorkingTimeRequest r) {
        return new PersonnelCommands.WorkingTime(r.regularHours(), r.overtimeHours(), r.annualLeaveDays(), r.absenceDays(),
                r.version());
    }

    public static WorkingTimeView workingTime(WorkingTimeSummary w) {
        return new WorkingTimeView(w.employeeId, w.period, w.regularHours, w.overtimeHours, w.annualLeaveDays,
                w.absenceDays, w.version);
    }

    public static PersonnelCommands.NewAbsence absence(AbsenceRequest r) {
        return new PersonnelCommands.NewAbsence(r.employeeId(), r.kind(), r.startDate(), r.endDate(), r.certificateIssuer(),
                r.details(), source(r.source()));
    }

    public static AbsenceView absence(HealthService.Details d) {
        var a = d.absence();
        return new AbsenceView(a.id, a.employeeId, a.kind.name(), a.startDate, a.endDate, a.certificateIssuer, d.details(),
                source(a.source));
    }
}
