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
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A subject's Art 15 request for footage, found by time and place rather than identity: the
 * candidate segments come from the site's cameras in the window; a security officer reviews
 * them, masks other people and releases. The subject is known only by subject keys.
 */
@Entity
@Table(name = "footage_request")
public class FootageRequest extends PanacheEntityBase {

    /** OPEN: candidates await review. REVIEWED: the subject's segments chosen. RELEASED: copy given. NO_FOOTAGE: nothing shows the subject. */
    @Schema(name = "FootageRequestStatus")
    public enum Status { OPEN, REVIEWED, RELEASED, NO_FOOTAGE }

    @Id
    public UUID id = UUID.randomUUID();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "footage_request_subject", joinColumns = @JoinColumn(name = "request_id"))
    @Column(name = "subject_key")
    public Set<String> subjectKeys = new LinkedHashSet<>();

    @Column(name = "site_id", nullable = false)
    public UUID siteId;

    @Column(name = "window_from", nullable = false)
    public Instant windowFrom;

    @Column(name = "window_to", nullable = false)
    public Instant windowTo;

    @Column(name = "place_description")
    public String placeDescription;

    @Column(name = "external_reference", unique = true)
    public String externalReference;

    @Column(name = "dsr_case_id")
    public UUID dsrCaseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    @Column(name = "received_by", nullable = false)
    public String receivedBy;

    @Column(name = "others_masked")
    public Boolean othersMasked;

    @Column(name = "masking_note")
    public String maskingNote;

    @Column(name = "released_at")
    public Instant releasedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "footage_request_segment", joinColumns = @JoinColumn(name = "request_id"))
    public List<Candidate> candidates = new ArrayList<>();

    @Version
    public long version;

    public boolean open() {
        return status == Status.OPEN || status == Status.REVIEWED;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FootageRequest other && Objects.equals(id, other.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
