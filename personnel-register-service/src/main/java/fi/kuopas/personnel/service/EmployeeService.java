package fi.kuopas.personnel.service;

import fi.kuopas.personnel.domain.Employee;
import fi.kuopas.personnel.service.PersonnelCommands.EmployeeChange;
import fi.kuopas.personnel.service.PersonnelCommands.IdentityCodeLink;
import fi.kuopas.personnel.service.PersonnelCommands.NewEmployee;
import fi.kuopas.privacy.audit.AuditAction;
import fi.kuopas.privacy.audit.AuditLog;
import fi.kuopas.privacy.identity.PersonalIdentityCode;
import fi.kuopas.privacy.problem.ProblemException;
import fi.kuopas.privacy.restriction.RestrictionGuard;
import fi.kuopas.privacy.subject.SubjectKeyColumns;
import fi.kuopas.privacy.web.Paging;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Employees: HR creates and edits; HR and (for their own team) supervisors read. Every read is audited. */
@ApplicationScoped
public class EmployeeService {

    static final String PURPOSE = "employment administration";
    static final String TEAM_PURPOSE = "supervision of own team";

    private final PersonKeys keys;
    private final AuditLog audit;
    private final RestrictionGuard restrictions;
    private final EmployeeAccess access;

    public EmployeeService(PersonKeys keys, AuditLog audit, RestrictionGuard restrictions, EmployeeAccess access) {
        this.keys = keys;
        this.audit = audit;
        this.restrictions = restrictions;
        this.access = access;
    }

    @Transactional
    public Details create(NewEmployee in) {
        PersonalIdentityCode code = PersonalIdentityCode.parse(in.personalIdentityCode());
        Employee e = new Employee();
        e.firstName = in.firstName().strip();
        e.lastName = in.lastName().strip();
        e.email = in.email();
        e.phone = in.phone();
        keys.index(e, code);
        if (Employee.count(SubjectKeyColumns.identityCodeIs("keys", "?1"), e.keys.identityCodeKey()) > 0) {
            throw ProblemException.conflict("an employee with this personal identity code already exists");
        }
        if (in.username() != null && Employee.count("username", in.username()) > 0) {
            throw ProblemException.conflict("user name " + in.username() + " already belongs to another employee");
        }
        e.username = in.username();
        e.address = in.address();
        e.bankAccountEncrypted = keys.encrypt(in.bankAccount());
        e.taxCardReference = in.taxCardReference();
        e.position = in.position();
        e.team = in.team();
        e.supervisorId = existingSupervisor(in.supervisorId(), null);
        e.source = SourceRules.subjectOrLegalRight(in.source());
        e.createdAt = Instant.now();
        e.updatedAt = e.createdAt;
        e.persist();
        audit.record(AuditAction.CREATE, e.subjectKey, "employee", e.id.toString(), PURPOSE);
        return view(e, true);
    }

    @Transactional
    public Details get(UUID id) {
        Employee e = access.visibleEmployee(id);
        restrictions.requireNotRestricted(e.subjectKey, "employee", e.id.toString());
        audit.record(AuditAction.VIEW, e.subjectKey, "employee", e.id.toString(), purpose());
        return view(e, true);
    }

    /** HR finds an employee by identity code through its blind index; empty if there is none. */
    @Transactional
    public List<Details> search(String personalIdentityCode) {
        String picKey = keys.picKey(PersonalIdentityCode.parse(personalIdentityCode));
        // A temporary code that was replaced by a permanent one still finds the person (alias key).
        Employee e = Employee.find(SubjectKeyColumns.identityCodeIs("keys", "?1"), picKey).firstResult();
        if (e == null) {
            return List.of();
        }
        restrictions.requireNotRestricted(e.subjectKey, "employee", e.id.toString());
        audit.record(AuditAction.SEARCH, e.subjectKey, "employee", e.id.toString(), PURPOSE);
        return List.of(view(e, false));
    }

    /** HR: everyone (optionally one team); a supervisor: their direct reports. Restricted people are left out. */
    @Transactional
    public List<Details> list(String team, int page, int size) {
        List<Employee> found;
        if (access.isHr()) {
            found = team == null
                    ? Paging.<Employee>list(Employee.find("ORDER BY lastName, firstName, id"), page, size)
                    : Paging.<Employee>list(Employee.find("team = ?1 ORDER BY lastName, firstName, id", team), page, size);
        } else {
            UUID me = access.ownEmployeeId();
            if (me == null) {
                Paging.record(page, size, 0);
                found = List.of();
            } else {
                found = Paging.list(Employee.find("supervisorId = ?1 ORDER BY lastName, firstName, id", me), page, size);
            }
        }
        Set<String> restricted = restrictions.restrictedAmong(found.stream().map(e -> e.subjectKey).collect(Collectors.toSet()));
        List<Employee> shown = found.stream().filter(e -> !restricted.contains(e.subjectKey)).toList();
        audit.recordEach(AuditAction.SEARCH, shown.stream().map(e -> e.subjectKey).toList(), "employee", purpose());
        return shown.stream().map(e -> view(e, false)).toList();
    }

    @Transactional
    public Details update(UUID id, EmployeeChange in) {
        Employee e = access.visibleEmployee(id);
        restrictions.requireNotRestricted(e.subjectKey, "employee", e.id.toString());
        if (e.version != in.version()) {
            throw staleVersion();
        }
        e.firstName = in.firstName().strip();
        e.lastName = in.lastName().strip();
        e.email = in.email();
        e.phone = in.phone();
        e.address = in.address();
        e.bankAccountEncrypted = keys.encrypt(in.bankAccount());
        e.taxCardReference = in.taxCardReference();
        e.position = in.position();
        e.team = in.team();
        e.supervisorId = existingSupervisor(in.supervisorId(), e.id);
        if (in.source() != null) {
            e.source = SourceRules.subjectOrLegalRight(in.source());
        }
        keys.reindexContact(e);
        e.updatedAt = Instant.now();
        Employee.getEntityManager().flush();
        audit.record(AuditAction.UPDATE, e.subjectKey, "employee", e.id.toString(), PURPOSE);
        return view(e, true);
    }

    /**
     * Links the permanent identity code of an employee who was recorded with a temporary one
     * (individual number 900-999, Population Information Act 661/2009): the permanent code becomes
     * the code, the temporary one's key stays as an alias. The birth date follows the permanent code,
     * which the population information system (DVV) has confirmed.
     */
    @Transactional
    public Details linkIdentityCode(UUID id, IdentityCodeLink in) {
        Employee e = access.visibleEmployee(id);
        restrictions.requireNotRestricted(e.subjectKey, "employee", e.id.toString());
        if (e.version != in.version()) {
            throw staleVersion();
        }
        PersonalIdentityCode permanent = PersonKeys.requirePermanentReplacing(keys.identityCode(e.picEncrypted),
                in.personalIdentityCode());
        String newKey = keys.picKey(permanent);
        if (Employee.count(SubjectKeyColumns.identityCodeIs("keys", "?1") + " and id <> ?2", newKey, e.id) > 0) {
            throw ProblemException.conflict("another employee already has this personal identity code");
        }
        keys.linkPermanent(e, permanent);
        e.updatedAt = Instant.now();
        Employee.getEntityManager().flush();
        audit.record(AuditAction.UPDATE, e.subjectKey, "employee", e.id.toString(), PURPOSE + ": permanent identity code linked");
        return view(e, true);
    }

    static ProblemException staleVersion() {
        return new ProblemException(409, "stale-version", "Concurrent modification",
                "the record was changed by someone else; reload it and apply your change again");
    }

    private String purpose() {
        return access.isHr() ? PURPOSE : TEAM_PURPOSE;
    }

    private static UUID existingSupervisor(UUID supervisorId, UUID self) {
        if (supervisorId == null) {
            return null;
        }
        if (supervisorId.equals(self)) {
            throw ProblemException.unprocessable("invalid-supervisor", "an employee cannot be their own supervisor");
        }
        if (Employee.findById(supervisorId) == null) {
            throw ProblemException.unprocessable("unknown-supervisor", "supervisor " + supervisorId + " is not an employee");
        }
        return supervisorId;
    }

    /**
     * An employee as the caller may see it. HR sees the identity code (needed for payroll and Incomes
     * Register reports) in the single view and masked in lists; a supervisor never sees the code,
     * birth date, address or pay data, so for a supervisor nothing is decrypted.
     *
     * @param hr whether the caller is HR (a supervisor otherwise); a supervisor's view leaves out the above
     * @param single the single view (a list row otherwise)
     * @param identityCode for HR: the code in the single view, masked in a list
     * @param temporaryIdentityCode for HR: whether the code is a temporary one (900-999)
     * @param bankAccount for HR's single view: the decrypted bank account
     */
    public record Details(Employee employee, boolean hr, boolean single, String identityCode, Boolean temporaryIdentityCode,
            String bankAccount) {
    }

    Details view(Employee e, boolean single) {
        if (!access.isHr()) {
            return new Details(e, false, single, null, null, null);
        }
        String code = keys.identityCode(e.picEncrypted);
        return new Details(e, true, single, single ? code : PersonalIdentityCode.mask(code), PersonKeys.isTemporary(code),
                single ? keys.decrypt(e.bankAccountEncrypted) : null);
    }
}
