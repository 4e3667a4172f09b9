package fi.kuopas.personnel.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Data an erasure request could not remove yet, with the Art 17(3) exception and until when. */
@Entity
@Table(name = "legal_hold")
public class LegalHold extends PersonnelEntity {

    @Column(name = "subject_key", nullable = false)
    public String subjectKey;

    @Column(nullable = false)
    public String category;

    @Column(nullable = false)
    public String reason;

    @Column(name = "legal_reference", nullable = false)
    public String legalReference;

    @Column(name = "until_date")
    public LocalDate until;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
