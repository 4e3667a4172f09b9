package fi.kuopas.customer.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Rent debt handed to a collection agent, possibly abroad (a disclosure with a transfer mechanism). */
@Entity
@Table(name = "collection_case")
public class CollectionCase extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "person_id", nullable = false)
    public UUID personId;

    @Column(name = "lease_id")
    public UUID leaseId;

    @Column(name = "amount_cents", nullable = false)
    public long amountCents;

    @Column(name = "opened_at", nullable = false)
    public Instant openedAt;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Column(name = "agent_name", nullable = false)
    public String agentName;

    @Column(name = "agent_country", nullable = false)
    public String agentCountry;

    @Column(name = "transfer_mechanism")
    public String transferMechanism;
}
