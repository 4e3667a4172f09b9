package fi.kuopas.personnel.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Entity
@Table(name = "job_posting")
public class JobPosting extends PersonnelEntity {

    @Schema(name = "JobPostingStatus")
    public enum Status { OPEN, CLOSED }

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String team;

    /** A position requiring special trustworthiness: the only kind where a credit check is allowed (759/2004 §4). */
    @Column(name = "special_trust", nullable = false)
    public boolean specialTrust;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    /** Last day applications are accepted. */
    @Column(name = "closes_on", nullable = false)
    public LocalDate closesOn;

    /** When HR closed the posting, if it was closed by hand. */
    @Column(name = "closed_at")
    public Instant closedAt;

    @Column(name = "external_ref")
    public String externalRef;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    public long version;

    public boolean acceptsApplications(LocalDate today) {
        return status == Status.OPEN && !today.isAfter(closesOn);
    }

    /**
     * The day the posting stopped accepting applications, once it has: the day HR closed it, or the
     * last day when that came first or has passed. Empty while the posting is open.
     */
    public Optional<LocalDate> closedOn(LocalDate today, ZoneId zone) {
        if (closedAt != null) {
            LocalDate closure = closedAt.atZone(zone).toLocalDate();
            return Optional.of(closure.isBefore(closesOn) ? closure : closesOn);
        }
        if (status == Status.CLOSED || today.isAfter(closesOn)) {
            return Optional.of(closesOn);
        }
        return Optional.empty();
    }
}
