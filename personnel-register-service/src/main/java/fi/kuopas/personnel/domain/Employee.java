package fi.kuopas.personnel.domain;

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

    @Column(name = "pic_key", nullable = false)
    public String picKey;

    /**
     * The key of the temporary identity code (individual number 900-999) the employee had before
     * their permanent code was linked: an alias, so a request or search with the old code still
     * finds them. Only the blind-index key is kept, never the old code itself.
     */
    @Column(name = "former_pic_key")
    public String formerPicKey;

    @Column(name = "email_key")
    public String emailKey;

    @Column(name = "name_key", nullable = false)
    public String nameKey;

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
}
