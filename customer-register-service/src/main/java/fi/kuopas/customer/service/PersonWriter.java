package fi.kuopas.customer.service;

import fi.kuopas.customer.domain.FieldProvenance;
import fi.kuopas.customer.domain.Person;
import fi.kuopas.privacy.crypto.FieldEncryptor;
import fi.kuopas.privacy.identity.PersonalIdentityCode;
import fi.kuopas.privacy.problem.ProblemException;
import fi.kuopas.privacy.subject.SubjectKeys;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** The rules for writing a person that the API and the PMS import share. */
@ApplicationScoped
public class PersonWriter {

    static final String FROM_SUBJECT = "the data subject";

    private final FieldEncryptor encryptor;
    private final SubjectKeys keys;

    public PersonWriter(FieldEncryptor encryptor, SubjectKeys keys) {
        this.encryptor = encryptor;
        this.keys = keys;
    }

    public Person newPerson(String rawCode, String firstName, String lastName, LocalDate birthDate) {
        Person p = new Person();
        p.id = UUID.randomUUID();
        p.firstName = firstName.strip();
        p.lastName = lastName.strip();
        p.birthDate = birthDate;
        p.language = "fi";
        p.createdAt = Instant.now();
        p.updatedAt = p.createdAt;
        if (rawCode != null && !rawCode.isBlank()) {
            PersonalIdentityCode code = PersonalIdentityCode.parse(rawCode);
            if (birthDate != null && !birthDate.equals(code.birthDate())) {
                throw ProblemException.badRequest("birthDate does not match the personal identity code");
            }
            String picKey = keys.ofIdentityCode(code);
            if (Person.count("picKey", picKey) > 0) {
                throw ProblemException.conflict("a person with this personal identity code is already in the register");
            }
            p.picKey = picKey;
            p.picEncrypted = encryptor.encrypt(code.value());
            p.birthDate = code.birthDate();
        } else if (birthDate == null) {
            throw ProblemException.badRequest("give a personal identity code or a birth date");
        }
        refreshNameKey(p);
        return p;
    }

    public void applyContact(Person p, String email, String phone, String language, String street, String postalCode,
            String city) {
        p.email = blankToNull(email);
        p.emailKey = p.email == null ? null : keys.ofEmail(p.email);
        p.phone = blankToNull(phone);
        p.phoneKey = p.phone == null ? null : keys.ofPhone(p.phone);
        if (language != null) {
            p.language = language;
        }
        p.streetAddress = blankToNull(street);
        p.postalCode = blankToNull(postalCode);
        p.city = blankToNull(city);
    }

    public void refreshNameKey(Person p) {
        p.nameKey = p.birthDate == null ? null : keys.ofNameAndBirthDate(p.firstName + " " + p.lastName, p.birthDate);
    }

    /** The address now comes from the subject, not from DVV. */
    public void addressFromSubject(Person p) {
        if (p.streetAddress != null) {
            FieldProvenance.record(p.id, "address", FROM_SUBJECT, Instant.now(), PersonService.PURPOSE);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
