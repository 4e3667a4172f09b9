package fi.kuopas.cctv.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One view of a segment: who, when, which segment and why. Insert-only. */
@Entity
@Table(name = "view_log")
public class ViewLogEntry extends PanacheEntityBase {

    @Id
    public UUID id = UUID.randomUUID();

    @Embedded
    public SegmentCopy segment;

    @Column(name = "viewed_by", nullable = false)
    public String viewedBy;

    @Column(name = "viewer_roles", nullable = false)
    public String viewerRoles;

    @Column(name = "viewed_at", nullable = false)
    public Instant viewedAt;

    @Column(nullable = false)
    public String reason;

    @Column(name = "footage_request_id")
    public UUID footageRequestId;
}
