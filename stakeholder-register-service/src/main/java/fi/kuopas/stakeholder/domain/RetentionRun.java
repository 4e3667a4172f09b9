package fi.kuopas.stakeholder.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** The retention-run log (docs/domain-rules.md): counts and the rule, never the deleted data. */
@Entity
@Table(name = "retention_run")
public class RetentionRun extends PanacheEntityBase {

    @Id
    public UUID id = UUID.randomUUID();

    @Column(name = "ran_at", nullable = false)
    public Instant ranAt;

    @Column(name = "dry_run", nullable = false)
    public boolean dryRun;

    @Column(nullable = false)
    public String rule;

    @Column(nullable = false)
    public Instant cutoff;

    @Column(name = "contact_persons", nullable = false)
    public int contactPersons;

    @Column(nullable = false)
    public int interactions;

    @Column(nullable = false)
    public int memberships;

    @Column(name = "started_by", nullable = false)
    public String startedBy;

    @Override
    public boolean equals(Object o) {
        return o instanceof RetentionRun other && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id);
    }
}
