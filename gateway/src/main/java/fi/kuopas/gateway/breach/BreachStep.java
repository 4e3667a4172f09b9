package fi.kuopas.gateway.breach;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One step in a breach's history; append-only (a database trigger refuses changes). */
@Entity
@Table(name = "breach_step")
public class BreachStep extends PanacheEntityBase {

    @Id
    public UUID id = UUID.randomUUID();

    @Column(name = "breach_id", nullable = false)
    public UUID breachId;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(nullable = false)
    public String actor;

    @Column(nullable = false)
    public String action;

    public String detail;

    static BreachStep of(UUID breachId, Instant at, String actor, String action, String detail) {
        BreachStep s = new BreachStep();
        s.breachId = breachId;
        s.occurredAt = at;
        s.actor = actor;
        s.action = action;
        s.detail = detail;
        return s;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BreachStep other && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
