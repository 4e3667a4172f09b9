package fi.kuopas.personnel.dsr;

import fi.kuopas.personnel.domain.Employee;
import fi.kuopas.personnel.domain.JobApplicant;
import fi.kuopas.personnel.domain.PersonnelEntity;
import fi.kuopas.personnel.service.PersonKeys;
import fi.kuopas.privacy.dsr.PossibleMatch;
import fi.kuopas.privacy.dsr.SubjectMatcher;
import fi.kuopas.privacy.dsr.SubjectRef;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The employee and applicant records that belong to a subject, as {@link PersonKeys#match} decides
 * them, and the possible matches every answer reports. Every SPI operation acts on these records only.
 */
record SubjectRecords(List<Employee> employees, List<JobApplicant> applicants, List<PossibleMatch> possibleMatches) {

    static SubjectRecords of(SubjectRef subject) {
        SubjectMatcher.Result<PersonnelEntity> match = PersonKeys.match(subject);
        List<Employee> employees = new ArrayList<>();
        List<JobApplicant> applicants = new ArrayList<>();
        for (PersonnelEntity record : match.included()) {
            if (record instanceof Employee e) {
                employees.add(e);
            } else if (record instanceof JobApplicant a) {
                applicants.add(a);
            }
        }
        return new SubjectRecords(List.copyOf(employees), List.copyOf(applicants), match.possibleMatches());
    }

    boolean found() {
        return !employees.isEmpty() || !applicants.isEmpty();
    }

    /**
     * The keys the included records are filed under: their audit lines, restrictions and legal
     * holds. Only these, never a key the subject merely named, and never a contact key another
     * person's record may be filed under.
     */
    Set<String> recordKeys() {
        Set<String> out = new LinkedHashSet<>();
        employees.forEach(e -> out.add(e.subjectKey));
        applicants.forEach(a -> out.add(a.subjectKey));
        return out;
    }
}
