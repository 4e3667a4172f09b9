package fi.kuopas.personnel.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "application")
public class Application extends PersonnelEntity {

    public enum Outcome { PENDING, SELECTED, NOT_SELECTED, WITHDRAWN }

    @Column(name = "posting_id", nullable = false)
    public UUID postingId;

    @Column(name = "applicant_id", nullable = false)
    public UUID applicantId;

    @Column(name = "cv_text")
    public String cvText;

    @Column(name = "interview_notes")
    public String interviewNotes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Outcome outcome;

    /** A person always decides (GDPR Art 22): who made the selection decision. */
    @Column(name = "decided_by")
    public String decidedBy;

    /** When the applicant was told the outcome; starts the retention period of non-selected applicants. */
    @Column(name = "notified_at")
    public Instant notifiedAt;

    @Embedded
    public Provenance source;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    public long version;
}
