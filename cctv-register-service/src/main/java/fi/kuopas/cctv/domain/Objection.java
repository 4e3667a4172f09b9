package fi.kuopas.cctv.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An Art 21 objection to the legitimate-interest processing of a subject's footage, and its decision. */
@Entity
@Table(name = "objection")
public class Objection extends PanacheEntityBase {

    /** STOP: the subject's segments are deleted now. COMPELLING_GROUNDS: kept, with the grounds recorded. */
    public enum Decision { STOP, COMPELLING_GROUNDS }

    @Id
    public UUID id = UUID.randomUUID();

    @Column(name = "subject_key", nullable = false)
    public String subjectKey;

    @Column(name = "case_id")
    public UUID caseId;

    /** The footage request the objection was decided on; null on objections recorded before requests were tracked. */
    @Column(name = "request_id")
    public UUID requestId;

    public String grounds;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Decision decision;

    @Column(name = "decision_reason", nullable = false)
    public String decisionReason;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;
}
