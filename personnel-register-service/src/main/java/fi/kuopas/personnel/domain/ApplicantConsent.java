package fi.kuopas.personnel.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The applicant's consent to an aptitude assessment or to contacting referees: the only cases
 * where consent lets data be collected (759/2004 §4 and §13). Withdrawable at any time.
 */
@Entity
@Table(name = "applicant_consent")
public class ApplicantConsent extends PersonnelEntity {

    @Schema(name = "ApplicantConsentKind")
    public enum Kind { ASSESSMENT, REFERENCE_CHECK }

    @Column(name = "applicant_id", nullable = false)
    public UUID applicantId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    @Column(name = "given_at", nullable = false)
    public Instant givenAt;

    /** How the consent was given, e.g. "signed form 2026-03-01" or "email of 2026-03-01". */
    @Column(nullable = false)
    public String evidence;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "withdrawn_at")
    public Instant withdrawnAt;

    public boolean inForce() {
        return withdrawnAt == null;
    }
}
