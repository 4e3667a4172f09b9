package fi.kuopas.cctv.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.UUID;

/** What a log keeps of a segment, so the log still says what was seen after the segment is deleted. */
@Embeddable
public class SegmentCopy {

    @Column(name = "segment_id", nullable = false)
    public Long segmentId;

    @Column(name = "camera_id", nullable = false)
    public UUID cameraId;

    @Column(name = "segment_from", nullable = false)
    public Instant from;

    @Column(name = "segment_to", nullable = false)
    public Instant to;

    public SegmentCopy() {
    }

    public SegmentCopy(Long segmentId, UUID cameraId, Instant from, Instant to) {
        this.segmentId = segmentId;
        this.cameraId = cameraId;
        this.from = from;
        this.to = to;
    }
}
