package fi.kuopas.customer.domain;

import fi.kuopas.privacy.subject.SubjectKeyColumns;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** An applicant, key applicant or resident. The identity code is only ever stored encrypted. */
@Entity
@Table(name = "person")
public class Person extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "pic_encrypted")
    public String picEncrypted;

    /** The code is a temporary one (individual number 900–999); a permanent code can be linked later. */
    @Column(name = "pic_temporary", nullable = false)
    public boolean picTemporary;

    /**
     * Keyed hashes of the identity code (and of the temporary code a permanent one replaced), email,
     * phone and name with birth date: what the person is found by (the kit's one mapping of them).
     */
    @Embedded
    @AttributeOverride(name = "identityCodeKey", column = @Column(name = "pic_key", unique = true))
    @AttributeOverride(name = "identityCodeAliasKey", column = @Column(name = "pic_alias_key", unique = true))
    public SubjectKeyColumns keys = new SubjectKeyColumns();

    @Column(name = "first_name", nullable = false)
    public String firstName;

    @Column(name = "last_name", nullable = false)
    public String lastName;

    @Column(name = "birth_date")
    public LocalDate birthDate;

    public String email;
    public String phone;

    @Column(nullable = false)
    public String language;

    @Column(name = "street_address")
    public String streetAddress;

    @Column(name = "postal_code")
    public String postalCode;

    public String city;

    @Column(name = "protected_address", nullable = false)
    public boolean protectedAddress;

    @Column(nullable = false)
    public boolean restricted;

    @Column(name = "external_pms_id", unique = true)
    public String externalPmsId;

    @Column(name = "anonymised_at")
    public Instant anonymisedAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    /** The person's subject keys; a row without any key loads them as empty, never null. */
    public SubjectKeyColumns getKeys() {
        if (keys == null) {
            keys = new SubjectKeyColumns();
        }
        return keys;
    }

    /** Every subject key this person can be found by. */
    public List<String> subjectKeys() {
        return getKeys().all();
    }

    /** The key audit lines are filed under: the most specific one. */
    public String auditKey() {
        return getKeys().auditKey();
    }

    /**
     * Every person indexed under any of the keys: candidates only. Whether a candidate is the data
     * subject's row is decided by the kit's SubjectMatcher (see CustomerSubjectLookup#match), never here.
     */
    public static List<Person> findBySubjectKeys(Collection<String> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        return list(SubjectKeyColumns.anyKeyIn("keys", "?1"), keys);
    }

    /** The person holding an identity-code key, as their code or as the alias of a replaced temporary code. */
    public static Person findByIdentityCodeKey(String picKey) {
        return find(SubjectKeyColumns.identityCodeIs("keys", "?1"), picKey).firstResult();
    }
}
