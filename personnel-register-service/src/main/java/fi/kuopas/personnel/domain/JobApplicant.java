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

/** A job applicant, identified by email; the identity code is optional and rarely necessary in recruitment. */
@Entity
@Table(name = "job_applicant")
public class JobApplicant extends PersonnelEntity {

    @Column(name = "subject_key", nullable = false)
    public String subjectKey;

    @Column(name = "pic_encrypted")
    public String picEncrypted;

    /**
     * The kit's subject keys ({@link SubjectKeyColumns}): identity code, the replaced temporary code
     * (individual number 900-999; only its key is kept, never the old code, so a request or search with
     * the old code still finds the person), email, phone and name with birth date.
     */
    @Embedded
    @AttributeOverride(name = "identityCodeKey", column = @Column(name = "pic_key"))
    @AttributeOverride(name = "identityCodeAliasKey", column = @Column(name = "former_pic_key"))
    @AttributeOverride(name = "emailKey", column = @Column(name = "email_key", nullable = false))
    @AttributeOverride(name = "phoneKey", column = @Column(name = "phone_key"))
    @AttributeOverride(name = "nameKey", column = @Column(name = "name_key"))
    public SubjectKeyColumns keys = new SubjectKeyColumns();

    @Column(name = "first_name", nullable = false)
    public String firstName;

    @Column(name = "last_name", nullable = false)
    public String lastName;

    @Column(name = "birth_date")
    public LocalDate birthDate;

    @Column(nullable = false)
    public String email;

    public String phone;

    /** Set when the applicant objected to recruitment processing (Art 21): no further assessment. */
    @Column(name = "objected_at")
    public Instant objectedAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    public long version;

    public SubjectKeyColumns getKeys() {
        if (keys == null) {
            keys = new SubjectKeyColumns();
        }
        return keys;
    }
}
