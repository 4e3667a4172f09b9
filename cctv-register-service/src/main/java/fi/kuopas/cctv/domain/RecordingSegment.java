package fi.kuopas.cctv.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * Metadata of one stretch of video in a recorder. Written only by the bulk ingestion (SQL) and
 * deleted by the retention sweep or an erasure; never edited.
 */
@Entity
@Table(name = "recording_segment")
public class RecordingSegment extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "camera_id", nullable = false)
    public UUID cameraId;

    @Column(name = "started_at", nullable = false)
    public Instant startedAt;

    @Column(name = "ended_at", nullable = false)
    public Instant endedAt;

    @Column(name = "storage_ref", nullable = false)
    public String storageRef;

    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;

    @Column(name = "ingested_at", nullable = false)
    public Instant ingestedAt;

    public SegmentCopy copy() {
        return new SegmentCopy(id, cameraId, startedAt, endedAt);
    }
}
