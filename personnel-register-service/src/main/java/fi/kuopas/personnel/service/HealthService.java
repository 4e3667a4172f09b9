package fi.kuopas.personnel.service;

import fi.kuopas.personnel.domain.Absence;
import fi.kuopas.personnel.domain.Employee;
import fi.kuopas.personnel.service.PersonnelCommands.NewAbsence;
import fi.kuopas.privacy.audit.AuditAction;
import fi.kuopas.privacy.audit.AuditLog;
import fi.kuopas.privacy.problem.ProblemException;
import fi.kuopas.privacy.restriction.RestrictionGuard;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The separate health store (Act 759/2004 §5): absences with health information, for hr-health only. */
@ApplicationScoped
public class HealthService {

    static final String PURPOSE = "occupational health and sick pay";

    private final PersonKeys keys;
    private final AuditLog audit;
    private final RestrictionGuard restrictions;
    private final EmployeeAccess access;

    public HealthService(PersonKeys keys, AuditLog audit, RestrictionGuard restrictions, EmployeeAccess access) {
        this.keys = keys;
        this.audit = audit;
        this.restrictions = restrictions;
        this.access = access;
    }

    @Transactional
    public Details record(NewAbsence in) {
        access.requireHealthRole();
        Employee e = Employee.findById(in.employeeId());
        if (e == null) {
            throw ProblemException.notFound("employee " + in.employeeId());
        }
        restrictions.requireNotRestricted(e.subjectKey, "absence", null);
        if (in.endDate().isBefore(in.startDate())) {
            throw ProblemException.badRequest("endDate " + in.endDate() + " is before startDate " + in.startDate());
        }
        Absence a = new Absence();
        a.employeeId = e.id;
        a.subjectKey = e.subjectKey;
        a.kind = in.kind();
        a.startDate = in.startDate();
        a.endDate = in.endDate();
        a.certificateIssuer = in.certificateIssuer();
        a.detailsEncrypted = keys.encrypt(in.details());
        a.source = SourceRules.subjectOrLegalRight(in.source());
        a.createdAt = Instant.now();
        a.persist();
        audit.record(AuditAction.CREATE, e.subjectKey, "absence", a.id.toString(), PURPOSE);
        return view(a);
    }

    @Transactional
    public List<Details> absences(UUID employeeId) {
        access.requireHealthRole();
        Employee e = Employee.findById(employeeId);
        if (e == null) {
            throw ProblemException.notFound("employee " + employeeId);
        }
        restrictions.requireNotRestricted(e.subjectKey, "absence", null);
        audit.record(AuditAction.VIEW, e.subjectKey, "absence", null, PURPOSE);
        return Absence.<Absence>list("employeeId = ?1 ORDER BY startDate", e.id).stream().map(this::view).toList();
    }

    /** An absence with its health information decrypted (Act 759/2004 §5: hr-health only). */
    public record Details(Absence absence, String details) {
    }

    Details view(Absence a) {
        return new Details(a, keys.decrypt(a.detailsEncrypted));
    }
}
