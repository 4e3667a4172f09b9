package fi.kuopas.cctv.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The deletion of one segment's video in its recorder, asked for when the segment's metadata was
 * deleted (retention sweep, erasure or objection), and the recorder's answer. Written by SQL in
 * batches (RetentionSweep, CctvErasure, CctvObjection) as one {@code video_deletion_batch} row per
 * statement; read here, one segment per entity, through the view {@code video_deletion} for the
 * listing (read only).
 */
@Entity
@Immutable
@Table(name = "video_deletion")
public class VideoDeletion extends PanacheEntityBase {

    /** Why the segment was deleted. */
    public enum Reason { RETENTION, ERASURE, OBJECTION }

    /** REQUESTED: not yet answered. CONFIRMED: the recorder deleted the video. UNCONFIRMED: asked, not confirmed; retried. */
    @Schema(name = "VideoDeletionStatus")
    public enum Status { REQUESTED, CONFIRMED, UNCONFIRMED }

    @Id
    @Column(name = "segment_id")
    public Long segmentId;

    @Column(name = "camera_id", nullable = false)
    public UUID cameraId;

    @Column(name = "segment_from", nullable = false)
    public Instant segmentFrom;

    @Column(name = "segment_to", nullable = false)
    public Instant segmentTo;

    /** Where the recorder keeps the video; like a segment's, given out by no listing. */
    @Column(name = "storage_ref", nullable = false)
    public String storageRef;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Reason reason;

    @Column(name = "requested_at", nullable = false)
    public Instant requestedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "last_attempt_at")
    public Instant lastAttemptAt;

    @Column(name = "confirmed_at")
    public Instant confirmedAt;

    /** The recorder's reason for not confirming (never personal data). */
    @Column(name = "last_error")
    public String lastError;
}
