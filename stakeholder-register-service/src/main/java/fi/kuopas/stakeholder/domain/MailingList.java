package fi.kuopas.stakeholder.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

@Entity
@Table(name = "mailing_list")
public class MailingList extends PanacheEntityBase {

    @Id
    public UUID id = UUID.randomUUID();

    /** Natural key, e.g. {@code sidosryhmatiedote}: lets a seed or an integration find the list again. */
    @Column(nullable = false, unique = true)
    public String code;

    @Column(nullable = false)
    public String name;

    @Column(name = "purpose_code", nullable = false)
    public String purposeCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "legal_basis", nullable = false)
    public MailingBasis legalBasis;

    public String description;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    public boolean consentBased() {
        return legalBasis == MailingBasis.CONSENT;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MailingList other && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id);
    }
}
