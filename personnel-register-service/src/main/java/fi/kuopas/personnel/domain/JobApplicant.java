package fi.kuopas.personnel.domain;

import jakarta.persistence.Column;
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

    @Column(name = "pic_key")
    public String picKey;

    /** The key of a temporary identity code replaced by a permanent one: an alias the applicant is still found by. */
    @Column(name = "former_pic_key")
    public String formerPicKey;

    @Column(name = "email_key", nullable = false)
    public String emailKey;

    @Column(name = "name_key")
    public String nameKey;

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
}
