package fi.kuopas.consent.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One grant, withdrawal, refusal or expiry with its evidence. Append-only, enforced by a database
 * trigger (V3): the proof of consent (Art 7(1)); only erasure may clear the evidence details.
 */
@Entity
@Table(name = "consent_record")
public class ConsentRecord extends PanacheEntityBase {

    /**
     * REFUSED: the subject declined when asked (e.g. rejected analytics cookies) - a recorded choice,
     * with the notice shown. EXPIRED: a consent reached its expiry date and ended like a withdrawal.
     */
    public enum Action { GRANTED, WITHDRAWN, REFUSED, EXPIRED }

    @Id
    public UUID id;

    @Column(name = "subject_key", nullable = false)
    public String subjectKey;

    @Column(name = "purpose_code", nullable = false)
    public String purposeCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Action action;

    @Column(name = "notice_version")
    public String noticeVersion;

    @Column(name = "notice_hash")
    public String noticeHash;

    public String language;

    @Column(nullable = false)
    public String channel;

    @Column(name = "form_id")
    public String formId;

    @Column(name = "user_agent")
    public String userAgent;

    @Column(name = "ip_truncated")
    public String ipTruncated;

    @Column(name = "collected_by", nullable = false)
    public String collectedBy;

    @Column(name = "guardian_subject_key")
    public String guardianSubjectKey;

    @Column(name = "expires_at")
    public Instant expiresAt;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(name = "request_id", unique = true)
    public String requestId;

    /** After erasure only the minimal proof stays: evidence details are cleared. */
    @Column(nullable = false)
    public boolean erased;
}
