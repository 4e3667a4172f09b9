package fi.kuopas.gateway.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/**
 * A data-subject request. The subject is held as subject keys (the registers search by them) and
 * the identifiers the subject gave, encrypted, for answering the subject; never in clear.
 */
@Entity
@Table(name = "dsr_case")
public class DsrCase extends PanacheEntityBase {

    @Id
    public UUID id = UUID.randomUUID();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RequestType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CaseStatus status;

    /** Space-separated subject keys of every identifier given. */
    @Column(name = "subject_keys", nullable = false)
    public String subjectKeys;

    /** The most specific key, under which the case is audited. */
    @Column(name = "subject_key", nullable = false)
    public String subjectKey;

    @Column(name = "subject_encrypted", nullable = false)
    public String subjectEncrypted;

    /** Details, corrections and objection grounds: may hold personal data, so encrypted. */
    @Column(name = "request_encrypted", nullable = false)
    public String requestEncrypted;

    @Enumerated(EnumType.STRING)
    @Column(name = "verification_method", nullable = false)
    public VerificationMethod verificationMethod;

    @Column(name = "verification_reference")
    public String verificationReference;

    @Column(name = "verified_at")
    public Instant verifiedAt;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    @Column(name = "due_at", nullable = false)
    public Instant dueAt;

    /** Set while the deadline clock is stopped for identity verification. */
    @Column(name = "paused_since")
    public Instant pausedSince;

    @Column(name = "paused_seconds", nullable = false)
    public long pausedSeconds;

    @Column(name = "extension_months", nullable = false)
    public int extensionMonths;

    @Column(name = "extension_reason")
    public String extensionReason;

    @Column(name = "extended_at")
    public Instant extendedAt;

    @Column(name = "completed_at")
    public Instant completedAt;

    @Column(name = "cancelled_at")
    public Instant cancelledAt;

    @Column(name = "cancellation_reason")
    public String cancellationReason;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    /** Incremented when a confirmed identifier makes the gateway ask the registers again. */
    @Column(nullable = false)
    public int round;

    /** Four-eyes: the second DPO who approved executing the erasure. */
    @Column(name = "erasure_approved_by")
    public String erasureApprovedBy;

    @Column(name = "erasure_approved_at")
    public Instant erasureApprovedAt;

    /** When and how the subject was answered (Art 12(1)); overdue means not answered by dueAt. */
    @Column(name = "answered_at")
    public Instant answeredAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "answer_channel")
    public AnswerChannel answerChannel;

    @Column(name = "answer_reference")
    public String answerReference;

    @Column(name = "answered_by")
    public String answeredBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "refusal_ground")
    public RefusalGround refusalGround;

    @Column(name = "refusal_reason")
    public String refusalReason;

    @Column(name = "refused_at")
    public Instant refusedAt;

    /** Art 12(6): the recorded reasonable doubt that stopped the clock, and the request for information sent. */
    @Column(name = "pause_reason")
    public String pauseReason;

    @Column(name = "information_requested_at")
    public Instant informationRequestedAt;

    @Column(name = "information_request_reference")
    public String informationRequestReference;

    /** Art 18(3): when and how the subject was told before a restriction is lifted. */
    @Column(name = "lift_notice_at")
    public Instant liftNoticeAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "lift_notice_channel")
    public AnswerChannel liftNoticeChannel;

    @Column(name = "lift_notice_reference")
    public String liftNoticeReference;

    @Version
    public long version;

    public Set<String> keys() {
        return new LinkedHashSet<>(Arrays.asList(subjectKeys.split(" ")));
    }

    public boolean answered() {
        return answeredAt != null;
    }

    public boolean extended() {
        return extensionMonths > 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DsrCase other && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
