package fi.kuopas.customer.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.UUID;

/** A tenant or co-resident of a lease (the household). */
@Entity
@Table(name = "lease_resident")
public class LeaseResident extends PanacheEntityBase {

    @Embeddable
    public record Key(@Column(name = "lease_id") UUID leaseId, @Column(name = "person_id") UUID personId) implements Serializable {
    }

    @EmbeddedId
    public Key id;

    @Column(nullable = false)
    public String role;
}
