package fi.kuopas.personnel.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

@Entity
@Table(name = "job_posting")
public class JobPosting extends PersonnelEntity {

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

    @Column(name = "external_ref")
    public String externalRef;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    public long version;

    public boolean acceptsApplications(LocalDate today) {
        return status == Status.OPEN && !today.isAfter(closesOn);
    }
}
