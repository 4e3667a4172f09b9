package fi.kuopas.personnel.service;

import fi.kuopas.personnel.domain.Employee;
import fi.kuopas.personnel.domain.JobApplicant;
import fi.kuopas.personnel.domain.PersonnelEntity;
import fi.kuopas.privacy.crypto.FieldEncryptor;
import fi.kuopas.privacy.dsr.SubjectMatcher;
import fi.kuopas.privacy.dsr.SubjectRef;
import fi.kuopas.privacy.identity.PersonalIdentityCode;
import fi.kuopas.privacy.problem.ProblemException;
import fi.kuopas.privacy.subject.SubjectKeys;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Blind-index keys and encrypted identity codes of people in this register, and finding them by keys. */
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
        e.picKey = keys.ofIdentityCode(code);
        e.subjectKey = e.picKey;
        e.birthDate = code.birthDate();
        reindexContact(e);
    }

    /** Email and name keys follow the current values, so a rectified name is still found. */
    public void reindexContact(Employee e) {
        e.emailKey = e.email == null ? null : keys.ofEmail(e.email);
        e.nameKey = keys.ofNameAndBirthDate(e.firstName + " " + e.lastName, e.birthDate);
    }

    public void index(JobApplicant a, PersonalIdentityCode code) {
        if (code != null) {
            a.picEncrypted = encryptor.encrypt(code.value());
            a.picKey = keys.ofIdentityCode(code);
            if (a.birthDate == null) {
                a.birthDate = code.birthDate();
            }
        }
        reindexContact(a);
        a.subjectKey = a.picKey != null ? a.picKey : a.emailKey;
    }

    public void reindexContact(JobApplicant a) {
        a.emailKey = keys.ofEmail(a.email);
        a.nameKey = a.birthDate == null ? null : keys.ofNameAndBirthDate(a.firstName + " " + a.lastName, a.birthDate);
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
        e.formerPicKey = e.picKey;
        e.picEncrypted = encryptor.encrypt(permanent.value());
        e.picKey = keys.ofIdentityCode(permanent);
        e.birthDate = permanent.birthDate();
        reindexContact(e);
    }

    public void linkPermanent(JobApplicant a, PersonalIdentityCode permanent) {
        a.formerPicKey = a.picKey;
        a.picEncrypted = encryptor.encrypt(permanent.value());
        a.picKey = keys.ofIdentityCode(permanent);
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
            Employee.<Employee>list("picKey in ?1 or formerPicKey in ?1 or emailKey in ?1 or nameKey in ?1 "
                            + "ORDER BY createdAt, id", all)
                    .forEach(e -> candidates.add(new SubjectMatcher.Candidate<>(e, "employee:" + e.id,
                            keysOf(e.picKey, e.formerPicKey, e.emailKey, e.nameKey), EMPLOYEE,
                            SubjectMatcher.hint(e.firstName, e.lastName, e.birthDate))));
            JobApplicant.<JobApplicant>list("picKey in ?1 or formerPicKey in ?1 or emailKey in ?1 or nameKey in ?1 "
                            + "ORDER BY createdAt, id", all)
                    .forEach(a -> candidates.add(new SubjectMatcher.Candidate<>(a, "applicant:" + a.id,
                            keysOf(a.picKey, a.formerPicKey, a.emailKey, a.nameKey), APPLICANT,
                            SubjectMatcher.hint(a.firstName, a.lastName, a.birthDate))));
        }
        return SubjectMatcher.match(REGISTER, subject, candidates);
    }

    private static List<String> keysOf(String... keys) {
        return Arrays.stream(keys).filter(Objects::nonNull).toList();
    }
}
