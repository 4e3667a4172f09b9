package fi.kuopas.gateway.breach;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One personal-data breach in the breach register (GDPR Art 33(5)): the facts, its effects and the
 * remedial action, with the 72-hour clock from awareness (Art 33(1)), the decision on notifying
 * the Data Protection Ombudsman and the decision on telling the data subjects (Art 34).
 */
@Entity
@Table(name = "breach")
public class Breach extends PanacheEntityBase {

    /** Art 33(1): notify without undue delay and, where feasible, within 72 hours of becoming aware. */
    public static final Duration NOTIFICATION_WINDOW = Duration.ofHours(72);

    @Schema(name = "BreachStatus")
    public enum Status {
        /** Opened automatically (e.g. an audit-log verification failure): the DPO assesses it. */
        CANDIDATE,
        RECORDED,
        /** Assessed as not a personal-data breach, with reasons. */
        DISMISSED
    }

    public enum AuthorityDecision { NOTIFIED, NOT_NOTIFIED }

    public enum SubjectsDecision { COMMUNICATED, NOT_REQUIRED }

    @Id
    public UUID id = UUID.randomUUID();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(nullable = false)
    public String nature;

    /** Comma-separated categories of data subjects (e.g. tenants, employees). */
    @Column(name = "subject_categories", nullable = false)
    public String subjectCategories;

    @Column(name = "record_categories", nullable = false)
    public String recordCategories;

    @Column(name = "approx_subjects")
    public Integer approxSubjects;

    @Column(name = "approx_records")
    public Integer approxRecords;

    @Column(name = "registers_affected", nullable = false)
    public String registersAffected;

    @Column(name = "likely_consequences")
    public String likelyConsequences;

    public String measures;

    @Column(name = "aware_at", nullable = false)
    public Instant awareAt;

    @Column(name = "notification_due_at", nullable = false)
    public Instant notificationDueAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "authority_decision")
    public AuthorityDecision authorityDecision;

    @Column(name = "authority_notified_at")
    public Instant authorityNotifiedAt;

    @Column(name = "authority_reference")
    public String authorityReference;

    @Column(name = "authority_reason")
    public String authorityReason;

    @Enumerated(EnumType.STRING)
    @Column(name = "subjects_decision")
    public SubjectsDecision subjectsDecision;

    @Column(name = "subjects_informed_at")
    public Instant subjectsInformedAt;

    @Column(name = "subjects_reason")
    public String subjectsReason;

    /** Who or what opened it: a DPO, or "audit-verification:&lt;register&gt;". */
    @Column(nullable = false)
    public String source;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Version
    public long version;

    /** The authority decision is due and not made. */
    public boolean notificationOverdue(Instant now) {
        return status != Status.DISMISSED && authorityDecision == null && now.isAfter(notificationDueAt);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Breach other && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
