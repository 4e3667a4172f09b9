package fi.kuopas.personnel.service;

import fi.kuopas.personnel.domain.Employee;
import fi.kuopas.privacy.problem.ProblemException;
import fi.kuopas.privacy.security.Caller;
import fi.kuopas.privacy.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * Which employees the caller may see: HR sees everyone; a supervisor only their
 * direct reports. Anything else answers "not found", exactly as an id that does not exist, so a
 * guessed id reveals nothing.
 */
@ApplicationScoped
public class EmployeeAccess {

    private final Caller caller;

    public EmployeeAccess(Caller caller) {
        this.caller = caller;
    }

    public boolean isHr() {
        return caller.hasRole(Roles.HR);
    }

    public boolean mayReadHealth() {
        return caller.hasRole(Roles.HR_HEALTH);
    }

    /** The caller's own employee record id, which is what a supervisor's team hangs on. */
    public UUID ownEmployeeId() {
        Employee me = Employee.find("username", caller.name()).firstResult();
        return me == null ? null : me.id;
    }

    public Employee visibleEmployee(UUID id) {
        Employee e = Employee.findById(id);
        if (e == null) {
            throw ProblemException.notFound("employee " + id);
        }
        if (isHr()) {
            return e;
        }
        UUID me = caller.hasRole(Roles.SUPERVISOR) ? ownEmployeeId() : null;
        if (me != null && me.equals(e.supervisorId)) {
            return e;
        }
        throw ProblemException.notFound("employee " + id);
    }

    /** The health store is separate and narrower than HR (Act 759/2004 §5). */
    public void requireHealthRole() {
        if (!mayReadHealth()) {
            throw ProblemException.forbidden("health and absence data is kept in a separate store that only the "
                    + "hr-health role may use (Act 759/2004 §5); the hr role alone does not give access");
        }
    }
}
