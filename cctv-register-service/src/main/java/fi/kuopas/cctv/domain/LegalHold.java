package fi.kuopas.cctv.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Keeps the segments of some cameras in a time range past their expiry, for an incident or a
 * police request (Art 17(3)(e), Act 759/2004 §17), until released or until its end date.
 */
@Entity
@Table(name = "legal_hold")
public class LegalHold extends PanacheEntityBase {

    @Schema(name = "LegalHoldKind")
    public enum Kind { INCIDENT, POLICE_REQUEST }

    @Id
    public UUID id = UUID.randomUUID();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    @Column(nullable = false)
    public String reason;

    @Column(nullable = false)
    public String owner;

    @Column(name = "police_case_number")
    public String policeCaseNumber;

    @Column(name = "window_from", nullable = false)
    public Instant windowFrom;

    @Column(name = "window_to", nullable = false)
    public Instant windowTo;

    @Column(name = "until_date", nullable = false)
    public LocalDate until;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "legal_hold_camera", joinColumns = @JoinColumn(name = "hold_id"))
    @Column(name = "camera_id")
    public Set<UUID> cameraIds = new LinkedHashSet<>();

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "released_at")
    public Instant releasedAt;

    @Column(name = "released_by")
    public String releasedBy;

    @Column(name = "release_reason")
    public String releaseReason;

    @Version
    public long version;

    @Override
    public boolean equals(Object o) {
        return o instanceof LegalHold other && Objects.equals(id, other.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
