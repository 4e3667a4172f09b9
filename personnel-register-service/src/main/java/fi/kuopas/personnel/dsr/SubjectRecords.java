package fi.kuopas.personnel.dsr;

import fi.kuopas.personnel.domain.Employee;
import fi.kuopas.personnel.domain.JobApplicant;
import fi.kuopas.personnel.service.PersonKeys;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The employee and applicant records that match a subject's keys. */
record SubjectRecords(List<Employee> employees, List<JobApplicant> applicants) {

    static SubjectRecords of(Set<String> keys) {
        return new SubjectRecords(PersonKeys.employeesByKeys(keys), PersonKeys.applicantsByKeys(keys));
    }

    boolean found() {
        return !employees.isEmpty() || !applicants.isEmpty();
    }

    /** The keys the records are filed under, for audit lines and restrictions. */
    Set<String> recordKeys() {
        Set<String> out = new LinkedHashSet<>();
        employees.forEach(e -> out.add(e.subjectKey));
        applicants.forEach(a -> out.add(a.subjectKey));
        return out;
    }

    /** Every key the records can be found by, for the access log. */
    Set<String> allKeys(Set<String> given) {
        Set<String> out = new LinkedHashSet<>(given);
        employees.forEach(e -> {
            out.add(e.subjectKey);
            out.add(e.nameKey);
            if (e.emailKey != null) {
                out.add(e.emailKey);
            }
        });
        applicants.forEach(a -> {
            out.add(a.subjectKey);
            out.add(a.emailKey);
            if (a.nameKey != null) {
                out.add(a.nameKey);
            }
        });
        return out;
    }
}
