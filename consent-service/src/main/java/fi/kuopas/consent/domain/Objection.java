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

/** An Art 21 objection and what was decided about it. */
@Entity
@Table(name = "objection")
public class Objection extends PanacheEntityBase {

    public enum Scope { DIRECT_MARKETING, LEGITIMATE_INTEREST }

    /** SUPPRESS: direct marketing, absolute. STOP: processing ends. COMPELLING_GROUNDS: continues, reason recorded. */
    public enum Decision { SUPPRESS, STOP, COMPELLING_GROUNDS }

    @Id
    public UUID id;

    @Column(name = "subject_key", nullable = false)
    public String subjectKey;

    @Column(name = "purpose_code")
    public String purposeCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Scope scope;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Decision decision;

    public String grounds;

    @Column(name = "decision_reason")
    public String decisionReason;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "case_id")
    public UUID caseId;
}
