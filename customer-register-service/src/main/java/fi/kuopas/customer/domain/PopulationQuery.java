package fi.kuopas.customer.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A query to the DVV population information system: when, why, which fields. */
@Entity
@Table(name = "population_query")
public class PopulationQuery extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "person_id", nullable = false)
    public UUID personId;

    @Column(name = "queried_at", nullable = false)
    public Instant queriedAt;

    @Column(nullable = false)
    public String purpose;

    @Column(nullable = false)
    public String fields;

    @Column(nullable = false)
    public String source;

    @Column(name = "requested_by", nullable = false)
    public String requestedBy;
}
