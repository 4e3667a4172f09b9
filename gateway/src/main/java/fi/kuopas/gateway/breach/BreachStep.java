package fi.kuopas.gateway.breach;

import fi.kuopas.gateway.domain.JournalStep;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One step in a breach's history. */
@Entity
@Table(name = "breach_step")
public class BreachStep extends JournalStep {

    @Column(name = "breach_id", nullable = false)
    public UUID breachId;

    static BreachStep of(UUID breachId, Instant at, String actor, String action, String detail) {
        BreachStep s = new BreachStep();
        s.breachId = breachId;
        return s.fill(at, actor, action, detail);
    }
}
