package fi.kuopas.gateway.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One step in a case's history: who did what and when. Append-only; details hold no personal data. */
@Entity
@Table(name = "dsr_case_step")
public class CaseStep extends PanacheEntityBase {

    @Id
    public UUID id = UUID.randomUUID();

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(nullable = false)
    public String actor;

    @Column(nullable = false)
    public String action;

    public String detail;

    public static CaseStep of(UUID caseId, Instant at, String actor, String action, String detail) {
        CaseStep s = new CaseStep();
        s.caseId = caseId;
        s.occurredAt = at;
        s.actor = actor;
        s.action = action;
        s.detail = detail;
        return s;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CaseStep other && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
