package fi.kuopas.personnel.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An absence with its health information, in the separate health store (Act 759/2004 §5, GDPR
 * Art 9(2)(b)). The health details are encrypted; only the hr-health role reads them.
 */
@Entity
@Table(name = "absence", schema = "health")
public class Absence extends PersonnelEntity {

    @Schema(name = "AbsenceKind")
    public enum Kind { SICK_LEAVE, OCCUPATIONAL_ACCIDENT, OCCUPATIONAL_DISEASE, MEDICAL_APPOINTMENT, WORK_ABILITY_ASSESSMENT }

    @Column(name = "employee_id", nullable = false)
    public UUID employeeId;

    @Column(name = "subject_key", nullable = false)
    public String subjectKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    @Column(name = "start_date", nullable = false)
    public LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    public LocalDate endDate;

    @Column(name = "certificate_issuer")
    public String certificateIssuer;

    @Column(name = "details_encrypted")
    public String detailsEncrypted;

    @Embedded
    public Provenance source;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
