package fi.kuopas.personnel.service;

import fi.kuopas.personnel.domain.Employee;
import fi.kuopas.personnel.domain.JobApplicant;
import fi.kuopas.privacy.crypto.FieldEncryptor;
import fi.kuopas.privacy.identity.PersonalIdentityCode;
import fi.kuopas.privacy.subject.SubjectKeys;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;

/** Blind-index keys and encrypted identity codes of people in this register, and finding them by keys. */
@ApplicationScoped
public class PersonKeys {

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

    public static List<Employee> employeesByKeys(Collection<String> subjectKeys) {
        return Employee.list("picKey in ?1 or emailKey in ?1 or nameKey in ?1", subjectKeys);
    }

    public static List<JobApplicant> applicantsByKeys(Collection<String> subjectKeys) {
        return JobApplicant.list("picKey in ?1 or emailKey in ?1 or nameKey in ?1", subjectKeys);
    }
}
