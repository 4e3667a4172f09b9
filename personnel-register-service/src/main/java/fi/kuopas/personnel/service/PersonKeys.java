package fi.kuopas.personnel.service;

import fi.kuopas.personnel.domain.Employee;
import fi.kuopas.personnel.domain.JobApplicant;
import fi.kuopas.personnel.domain.PersonnelEntity;
import fi.kuopas.privacy.crypto.FieldEncryptor;
import fi.kuopas.privacy.dsr.SubjectMatcher;
import fi.kuopas.privacy.dsr.SubjectRef;
import fi.kuopas.privacy.identity.PersonalIdentityCode;
import fi.kuopas.privacy.problem.ProblemException;
import fi.kuopas.privacy.subject.SubjectKeyColumns;
import fi.kuopas.privacy.subject.SubjectKeys;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Encrypted identity codes of people in this register, their subject keys (the kit's
 * {@link SubjectKeyColumns}, computed with {@link SubjectKeys}), and finding them by keys.
 */
@ApplicationScoped
public class PersonKeys {

    /** The register's name in DSR answers and possible matches. */
    public static final String REGISTER = "personnel";
    /** Record kinds a possible match names. */
    public static final String EMPLOYEE = "employee";
    public static final String APPLICANT = "job applicant";

    private final SubjectKeys keys;
    private final FieldEncryptor encryptor;

    public PersonKeys(SubjectKeys keys, FieldEncryptor encryptor) {
        this.keys = keys;
        this.encryptor = encryptor;
    }

    public void index(Employee e, PersonalIdentityCode code) {
        e.picEncrypted = encryptor.encrypt(code.value());
        e.getKeys().indexIdentityCode(keys, code);
        e.subjectKey = e.keys.identityCodeKey();
        e.birthDate = code.birthDate();
        reindexContact(e);
    }

    /** Email, phone and name keys follow the current values, so a rectified name is still found. */
    public void reindexContact(Employee e) {
        reindexContact(e.getKeys(), e.email, e.phone, e.firstName + " " + e.lastName, e.birthDate);
    }

    public void index(JobApplicant a, PersonalIdentityCode code) {
        if (code != null) {
            a.picEncrypted = encryptor.encrypt(code.value());
            a.getKeys().indexIdentityCode(keys, code);
            if (a.birthDate == null) {
                a.birthDate = code.birthDate();
            }
        }
        reindexContact(a);
        a.subjectKey = a.keys.identityCodeKey() != null ? a.keys.identityCodeKey() : a.keys.emailKey();
    }

    public void reindexContact(JobApplicant a) {
        reindexContact(a.getKeys(), a.email, a.phone, a.firstName + " " + a.lastName, a.birthDate);
    }

    private void reindexContact(SubjectKeyColumns columns, String email, String phone, String fullName, LocalDate birthDate) {
        columns.indexEmail(keys, email);
        columns.indexPhone(keys, phone);
        columns.indexName(keys, fullName, birthDate);
    }

    /** Whether a stored (already validated) identity code is a temporary one: individual number 900-999. */
    public static boolean isTemporary(String code) {
        return code != null && PersonalIdentityCode.parse(code).isTemporary();
    }

    /**
     * The permanent code that may replace a record's current one: only a temporary code is replaced
     * this way (a permanent code is corrected after checking the population information system),
     * and only by a permanent one.
     */
    public static PersonalIdentityCode requirePermanentReplacing(String currentCode, String newCode) {
        if (currentCode == null) {
            throw new ProblemException(409, "no-temporary-identity-code", "No temporary identity code",
                    "no identity code is recorded for this person, so there is no temporary code to replace");
        }
        if (!isTemporary(currentCode)) {
            throw new ProblemException(409, "identity-code-permanent", "Identity code already permanent",
                    "the recorded identity code is already a permanent one; a permanent code is corrected only after "
                            + "checking the population information system (DVV), through a rectification request");
        }
        PersonalIdentityCode permanent = PersonalIdentityCode.parse(newCode);
        if (permanent.isTemporary()) {
            throw ProblemException.unprocessable("temporary-identity-code", "give the permanent identity code "
                    + "(individual number 002-899); the one given is a temporary code (900-999)");
        }
        return permanent;
    }

    /** The permanent code becomes the code; the temporary one's key stays as the alias key. */
    public void linkPermanent(Employee e, PersonalIdentityCode permanent) {
        e.picEncrypted = encryptor.encrypt(permanent.value());
        e.getKeys().replaceIdentityCode(keys, permanent);
        e.birthDate = permanent.birthDate();
        reindexContact(e);
    }

    public void linkPermanent(JobApplicant a, PersonalIdentityCode permanent) {
        a.picEncrypted = encryptor.encrypt(permanent.value());
        a.getKeys().replaceIdentityCode(keys, permanent);
        a.birthDate = permanent.birthDate();
        reindexContact(a);
    }

    public String picKey(PersonalIdentityCode code) {
        return keys.ofIdentityCode(code);
    }

    public String emailKey(String email) {
        return keys.ofEmail(email);
    }

    public String identityCode(String encrypted) {
        return encryptor.decrypt(encrypted);
    }

    public String encrypt(String plain) {
        return plain == null || plain.isBlank() ? null : encryptor.encrypt(plain.strip());
    }

    public String decrypt(String stored) {
        return encryptor.decrypt(stored);
    }

    /**
     * The one place this register decides which people a data-subject request is about: every
     * employee and job applicant found by any of the subject's keys is a candidate, each row is its
     * own person (the schema has no explicit link from an applicant to an employee, and a shared
     * email is no such link), and {@link SubjectMatcher} includes only those a verified key
     * identifies; the rest come back as possible matches with a masked hint. A record whose
     * temporary identity code was replaced by a permanent one is found by either code's key.
     */
    public static SubjectMatcher.Result<PersonnelEntity> match(SubjectRef subject) {
        Set<String> all = subject.all();
        List<SubjectMatcher.Candidate<PersonnelEntity>> candidates = new ArrayList<>();
        if (!all.isEmpty()) {
            String anyKey = SubjectKeyColumns.anyKeyIn("keys", "?1") + " ORDER BY createdAt, id";
            Employee.<Employee>list(anyKey, all)
                    .forEach(e -> candidates.add(e.getKeys().candidate((PersonnelEntity) e, "employee:" + e.id, EMPLOYEE,
                            SubjectMatcher.hint(e.firstName, e.lastName, e.birthDate))));
            JobApplicant.<JobApplicant>list(anyKey, all)
                    .forEach(a -> candidates.add(a.getKeys().candidate((PersonnelEntity) a, "applicant:" + a.id, APPLICANT,
                            SubjectMatcher.hint(a.firstName, a.lastName, a.birthDate))));
        }
        return SubjectMatcher.match(REGISTER, subject, candidates);
    }
}
