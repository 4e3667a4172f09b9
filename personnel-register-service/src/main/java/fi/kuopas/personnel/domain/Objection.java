package fi.kuopas.personnel.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An Art 21 objection to recruitment processing (legitimate interest) and what was decided. */
@Entity
@Table(name = "objection")
public class Objection extends PersonnelEntity {

    @Column(name = "subject_key", nullable = false)
    public String subjectKey;

    @Column(nullable = false)
    public String purpose;

    public String grounds;

    /** STOP: processing for the purpose ends; the application is withdrawn. */
    @Column(nullable = false)
    public String decision;

    @Column(name = "case_id")
    public UUID caseId;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
}
