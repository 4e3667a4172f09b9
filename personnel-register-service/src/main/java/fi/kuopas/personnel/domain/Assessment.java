package fi.kuopas.personnel.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An aptitude assessment result (759/2004 §13): only with the applicant's recorded consent. */
@Entity
@Table(name = "assessment")
public class Assessment extends PersonnelEntity {

    @Column(name = "application_id", nullable = false)
    public UUID applicationId;

    @Column(name = "consent_id", nullable = false)
    public UUID consentId;

    @Column(nullable = false)
    public String provider;

    @Column(nullable = false)
    public String summary;

    @Column(name = "performed_at", nullable = false)
    public LocalDate performedAt;

    @Embedded
    public Provenance source;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
