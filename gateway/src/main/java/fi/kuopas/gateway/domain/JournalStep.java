package fi.kuopas.gateway.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.util.UUID;

/**
 * One step in an append-only history (a case's, a breach's): who did what and when. The tables
 * refuse UPDATE and DELETE by trigger; details never hold personal data.
 */
@MappedSuperclass
public abstract class JournalStep extends PanacheEntityBase {

    @Id
    public UUID id = UUID.randomUUID();

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(nullable = false)
    public String actor;

    @Column(nullable = false)
    public String action;

    public String detail;

    protected <T extends JournalStep> T fill(Instant at, String actor, String action, String detail) {
        this.occurredAt = at;
        this.actor = actor;
        this.action = action;
        this.detail = detail;
        @SuppressWarnings("unchecked")
        T self = (T) this;
        return self;
    }

    @Override
    public boolean equals(Object o) {
        return o != null && o.getClass() == getClass() && id.equals(((JournalStep) o).id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
