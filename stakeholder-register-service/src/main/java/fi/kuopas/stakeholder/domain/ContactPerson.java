package fi.kuopas.stakeholder.domain;

import fi.kuopas.privacy.subject.SubjectKeyColumns;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

@Entity
@Table(name = "contact_person")
public class ContactPerson extends PanacheEntityBase {

    @Id
    public UUID id = UUID.randomUUID();

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id")
    public Organisation organisation;

    @Column(name = "first_name", nullable = false)
    public String firstName;

    @Column(name = "last_name", nullable = false)
    public String lastName;

    public String title;

    public String email;

    public String phone;

    /**
     * The kit's subject keys: email, phone and name with birth date (so a DSR by name finds the person;
     * the date itself is not kept). This register collects no identity codes, so those two keys stay null.
     */
    @Embedded
    @AttributeOverride(name = "identityCodeKey", column = @Column(name = "pic_key"))
    @AttributeOverride(name = "identityCodeAliasKey", column = @Column(name = "pic_alias_key"))
    @AttributeOverride(name = "emailKey", column = @Column(name = "email_key"))
    @AttributeOverride(name = "phoneKey", column = @Column(name = "phone_key"))
    @AttributeOverride(name = "nameKey", column = @Column(name = "name_key"))
    public SubjectKeyColumns subjectKeys = new SubjectKeyColumns();

    /** The subject key the person's consent was filed under in consent-service (identity code, email or phone). */
    @Column(name = "consent_subject_key")
    public String consentSubjectKey;

    @Column(nullable = false)
    public String language = "fi";

    @Enumerated(EnumType.STRING)
    @Column(name = "legal_basis", nullable = false)
    public PersonBasis legalBasis;

    /** Set while processing is restricted (Art 18): the record is only stored. */
    @Column(name = "restricted_since")
    public Instant restrictedSince;

    @Column(name = "last_interaction_at")
    public Instant lastInteractionAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    public boolean restricted() {
        return restrictedSince != null;
    }

    public String fullName() {
        return firstName + " " + lastName;
    }

    public SubjectKeyColumns getSubjectKeys() {
        if (subjectKeys == null) {
            subjectKeys = new SubjectKeyColumns();
        }
        return subjectKeys;
    }

    /** Every subject key this person is known by: the kit's keys, then the consent's key. */
    public Set<String> keys() {
        Set<String> keys = new LinkedHashSet<>(getSubjectKeys().all());
        if (consentSubjectKey != null) {
            keys.add(consentSubjectKey);
        }
        return keys;
    }

    /** The key audit lines are filed under: email, then phone, then name, then the consent's key. */
    public String auditKey() {
        String key = getSubjectKeys().auditKey();
        return key != null ? key : consentSubjectKey;
    }

    /** Candidates only: the register's lookup lets {@code SubjectMatcher} decide. */
    public static List<ContactPerson> findByKeys(Collection<String> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        return list(SubjectKeyColumns.anyKeyIn("subjectKeys", "?1") + " or consentSubjectKey in ?1", keys);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ContactPerson other && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id);
    }
}
