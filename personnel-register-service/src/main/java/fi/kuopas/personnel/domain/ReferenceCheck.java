package fi.kuopas.personnel.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** What a referee said, collected only with the applicant's recorded consent (759/2004 §4). */
@Entity
@Table(name = "reference_check")
public class ReferenceCheck extends PersonnelEntity {

    @Column(name = "application_id", nullable = false)
    public UUID applicationId;

    @Column(name = "consent_id", nullable = false)
    public UUID consentId;

    @Column(name = "referee_name", nullable = false)
    public String refereeName;

    @Column(name = "referee_organisation")
    public String refereeOrganisation;

    @Column(nullable = false)
    public String summary;

    @Column(name = "checked_at", nullable = false)
    public LocalDate checkedAt;

    @Embedded
    public Provenance source;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
