package fi.kuopas.cctv.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One retention sweep: counts only (docs/domain-rules.md). */
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

    /** Video deletions the recorders confirmed in this run (new and retried). */
    @Column(name = "video_confirmed", nullable = false)
    public long videoConfirmed;

    /** Video deletions of earlier runs or erasures sent again in this run (on a dry run: that would be). */
    @Column(name = "video_retried", nullable = false)
    public long videoRetried;

    /** Video deletions asked for in this run that the recorders did not confirm; retried by the next run. */
    @Column(name = "video_unconfirmed", nullable = false)
    public long videoUnconfirmed;

    @Column(name = "triggered_by", nullable = false)
    public String triggeredBy;
}
