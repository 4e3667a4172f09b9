package fi.kuopas.personnel.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A credit-check summary for a position requiring special trustworthiness (759/2004 §4(2),
 * Credit Information Act 527/2007): the applicant is told in advance, and only a summary is kept.
 */
@Entity
@Table(name = "credit_check")
public class CreditCheck extends PersonnelEntity {

    @Column(name = "application_id", nullable = false)
    public UUID applicationId;

    @Column(name = "applicant_informed_at", nullable = false)
    public Instant applicantInformedAt;

    @Column(name = "checked_at", nullable = false)
    public Instant checkedAt;

    @Column(nullable = false)
    public String summary;

    @Embedded
    public Provenance source;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
