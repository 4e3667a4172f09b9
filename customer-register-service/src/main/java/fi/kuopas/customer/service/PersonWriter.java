package fi.kuopas.customer.service;

import fi.kuopas.customer.domain.FieldProvenance;
import fi.kuopas.customer.domain.Person;
import fi.kuopas.privacy.crypto.FieldEncryptor;
import fi.kuopas.privacy.identity.PersonalIdentityCode;
import fi.kuopas.privacy.problem.ProblemException;
import fi.kuopas.privacy.subject.SubjectKeyColumns;
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
            if (Person.count(SubjectKeyColumns.identityCodeIs("keys", "?1"), picKey) > 0) {
                throw ProblemException.conflict("a person with this personal identity code is already in the register");
            }
            p.keys.indexIdentityCode(keys, code);
            p.picEncrypted = encryptor.encrypt(code.value());
            // A temporary code (900-999) is accepted but flagged, so a permanent one can be linked later.
            p.picTemporary = code.isTemporary();
            p.birthDate = code.birthDate();
        } else if (birthDate == null) {
            throw ProblemException.badRequest("give a personal identity code or a birth date");
        }
        refreshNameKey(p);
        return p;
    }

    /** Whether the person's stored code is a temporary one (individual number 900–999). */
    public boolean hasTemporaryCode(Person p) {
        return p.picEncrypted != null && (p.picTemporary || PersonalIdentityCode.parse(encryptor.decrypt(p.picEncrypted)).isTemporary());
    }

    /**
     * Links the permanent identity code a person with a temporary code (or none) has received. The
     * temporary code's key stays as an alias, so searches, DSR matching and the access log still find
     * the person by it.
     */
    public void linkPermanentCode(Person p, PersonalIdentityCode code) {
        if (code.isTemporary()) {
            throw ProblemException.unprocessable("permanent-code-required",
                    "link a permanent identity code (individual number 002–899); this one is temporary");
        }
        if (p.picEncrypted != null && !hasTemporaryCode(p)) {
            throw ProblemException.conflict("the person already has a permanent identity code; it is not replaced here");
        }
        if (p.birthDate != null && !p.birthDate.equals(code.birthDate())) {
            throw ProblemException.unprocessable("birth-date-mismatch",
                    "the birth date in the permanent code differs from the person's; check that it is the same person");
        }
        String picKey = keys.ofIdentityCode(code);
        Person holder = Person.findByIdentityCodeKey(picKey);
        if (holder != null && !holder.id.equals(p.id)) {
            throw ProblemException.conflict("a person with this personal identity code is already in the register");
        }
        p.keys.replaceIdentityCode(keys, code);
        p.picEncrypted = encryptor.encrypt(code.value());
        p.picTemporary = false;
        p.birthDate = code.birthDate();
        refreshNameKey(p);
        p.updatedAt = Instant.now();
    }

    public void applyContact(Person p, String email, String phone, String language, String street, String postalCode,
            String city) {
        p.email = blankToNull(email);
        p.keys.indexEmail(keys, p.email);
        p.phone = blankToNull(phone);
        p.keys.indexPhone(keys, p.phone);
        if (language != null) {
            p.language = language;
        }
        p.streetAddress = blankToNull(street);
        p.postalCode = blankToNull(postalCode);
        p.city = blankToNull(city);
    }

    public void refreshNameKey(Person p) {
        p.keys.indexName(keys, p.firstName + " " + p.lastName, p.birthDate);
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
