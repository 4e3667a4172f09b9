package fi.kuopas.customer.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
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

    @Column(name = "pic_key", unique = true)
    public String picKey;

    /** The code is a temporary one (individual number 900–999); a permanent code can be linked later. */
    @Column(name = "pic_temporary", nullable = false)
    public boolean picTemporary;

    /** The key of the temporary code a permanent code replaced: the person stays findable by it. */
    @Column(name = "pic_alias_key", unique = true)
    public String picAliasKey;

    @Column(name = "email_key")
    public String emailKey;

    @Column(name = "phone_key")
    public String phoneKey;

    @Column(name = "name_key")
    public String nameKey;

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

    /** Every subject key this person can be found by. */
    public List<String> subjectKeys() {
        List<String> keys = new ArrayList<>();
        for (String k : new String[] {picKey, emailKey, phoneKey, nameKey, picAliasKey}) {
            if (k != null) {
                keys.add(k);
            }
        }
        return keys;
    }

    /** The key audit lines are filed under: the most specific one. */
    public String auditKey() {
        return subjectKeys().isEmpty() ? null : subjectKeys().get(0);
    }

    /**
     * Every person indexed under any of the keys: candidates only. Whether a candidate is the data
     * subject's row is decided by the kit's SubjectMatcher (see CustomerSubjectData#match), never here.
     */
    public static List<Person> findBySubjectKeys(java.util.Collection<String> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        return list("picKey in ?1 or emailKey in ?1 or phoneKey in ?1 or nameKey in ?1 or picAliasKey in ?1", keys);
    }

    /** The person holding an identity-code key, as their code or as the alias of a replaced temporary code. */
    public static Person findByIdentityCodeKey(String picKey) {
        return find("picKey = ?1 or picAliasKey = ?1", picKey).firstResult();
    }
}
