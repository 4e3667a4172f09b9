package fi.kuopas.cctv.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One retention sweep: counts only (DOMAIN.md §6). */
@Entity
@Table(name = "retention_run")
public class RetentionRun extends PanacheEntityBase {

    @Id
    public UUID id = UUID.randomUUID();

    @Column(name = "started_at", nullable = false)
    public Instant startedAt;

    @Column(name = "finished_at", nullable = false)
    public Instant finishedAt;

    @Column(name = "dry_run", nullable = false)
    public boolean dryRun;

    /** Segments past their expiry when the sweep started. */
    @Column(nullable = false)
    public long expired;

    @Column(nullable = false)
    public long deleted;

    /** Expired segments kept because a legal hold covers them. */
    @Column(nullable = false)
    public long held;

    /** Expired segments kept for an open footage request or a restriction (Art 15, Art 18). */
    @Column(name = "kept_for_requests", nullable = false)
    public long keptForRequests;

    @Column(name = "triggered_by", nullable = false)
    public String triggeredBy;
}
