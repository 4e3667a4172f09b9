package fi.kuopas.personnel.domain;

import fi.kuopas.privacy.subject.SubjectKeyColumns;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An employee. The identity code and bank account are stored encrypted; searches go by subject keys. */
@Entity
@Table(name = "employee")
public class Employee extends PersonnelEntity {

    /**
     * The key the employee's audit lines and restriction are filed under (the identity-code key the
     * record was created with; it stays when a permanent code replaces a temporary one, so the
     * audit trail and any restriction stay with the person).
     */
    @Column(name = "subject_key", nullable = false)
    public String subjectKey;

    @Column(name = "pic_encrypted", nullable = false)
    public String picEncrypted;

    /**
     * The kit's subject keys ({@link SubjectKeyColumns}): identity code, the replaced temporary code
     * (individual number 900-999; only its key is kept, never the old code, so a request or search with
     * the old code still finds the person), email, phone and name with birth date.
     */
    @Embedded
    @AttributeOverride(name = "identityCodeKey", column = @Column(name = "pic_key", nullable = false))
    @AttributeOverride(name = "identityCodeAliasKey", column = @Column(name = "former_pic_key"))
    @AttributeOverride(name = "emailKey", column = @Column(name = "email_key"))
    @AttributeOverride(name = "phoneKey", column = @Column(name = "phone_key"))
    @AttributeOverride(name = "nameKey", column = @Column(name = "name_key", nullable = false))
    public SubjectKeyColumns keys = new SubjectKeyColumns();

    /** The employee's user name in the identity provider; links a supervisor's token to their team. */
    public String username;

    @Column(name = "first_name", nullable = false)
    public String firstName;

    @Column(name = "last_name", nullable = false)
    public String lastName;

    @Column(name = "birth_date", nullable = false)
    public LocalDate birthDate;

    public String email;
    public String phone;
    public String address;

    @Column(name = "bank_account_encrypted")
    public String bankAccountEncrypted;

    @Column(name = "tax_card_reference")
    public String taxCardReference;

    @Column(nullable = false)
    public String position;

    @Column(nullable = false)
    public String team;

    @Column(name = "supervisor_id")
    public UUID supervisorId;

    @Embedded
    public Provenance source;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    public SubjectKeyColumns getKeys() {
        if (keys == null) {
            keys = new SubjectKeyColumns();
        }
        return keys;
    }
}
