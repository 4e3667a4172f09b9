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
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

@Entity
@Table(name = "organisation")
public class Organisation extends PanacheEntityBase {

    @Id
    public UUID id = UUID.randomUUID();

    @Column(nullable = false)
    public String name;

    @Column(name = "business_id", nullable = false, unique = true)
    public String businessId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public OrganisationRole role;

    /** End of the relationship; contact persons are kept for the retention period after it. */
    @Column(name = "relationship_ended_on")
    public LocalDate relationshipEndedOn;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    public static Organisation findByBusinessId(String businessId) {
        return find("businessId", businessId).firstResult();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Organisation other && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id);
    }
}
