package fi.kuopas.personnel.dsr;

import fi.kuopas.privacy.dsr.SubjectRegisterParts;
import fi.kuopas.personnel.domain.Employee;
import fi.kuopas.personnel.domain.JobApplicant;
import fi.kuopas.personnel.domain.PersonnelEntity;
import fi.kuopas.personnel.service.PersonKeys;
import fi.kuopas.privacy.dsr.PossibleMatch;
import fi.kuopas.privacy.dsr.SubjectLookup;
import fi.kuopas.privacy.dsr.SubjectMatcher;
import fi.kuopas.privacy.dsr.SubjectRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds a subject's records in the personnel register: the employee and applicant records that
 * belong to the subject, as {@link PersonKeys#match} (the register's one {@code SubjectMatcher}
 * rule) decides them, and the possible matches every answer reports. Every DSR operation acts on
 * these records only.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class PersonnelSubjectLookup implements SubjectRegisterParts.Lookup {

    static final String REGISTER = PersonKeys.REGISTER;

    /** The subject's records, decided once per operation. */
    Records records(SubjectRef subject) {
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
        return new Records(List.copyOf(employees), List.copyOf(applicants), match.possibleMatches());
    }

    /** Whether the register holds the subject's records; possible matches are counted nowhere but listed. */
    @Override
    public SubjectLookup lookup(SubjectRef subject) {
        Records r = records(subject);
        List<String> categories = new ArrayList<>();
        if (!r.employees().isEmpty()) {
            categories.add("employee");
        }
        if (!r.applicants().isEmpty()) {
            categories.add("job applicant");
        }
        return new SubjectLookup(REGISTER, r.found(), r.employees().size() + r.applicants().size(), categories,
                r.possibleMatches());
    }

    /** The employee and applicant records that belong to a subject, and the possible matches. */
    record Records(List<Employee> employees, List<JobApplicant> applicants, List<PossibleMatch> possibleMatches) {

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

        /**
         * The standing recipients to tell of a restriction or an applied rectification (Art 19): an
         * employee's, when the subject has an employee record; an applicant's data goes to none.
         */
        List<String> standingRecipients() {
            return employees.isEmpty() ? List.of() : PersonnelAccess.EMPLOYEE_RECIPIENTS;
        }
    }
}
