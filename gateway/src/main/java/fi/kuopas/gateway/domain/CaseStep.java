package fi.kuopas.gateway.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One step in a case's history. */
@Entity
@Table(name = "dsr_case_step")
public class CaseStep extends JournalStep {

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    public static CaseStep of(UUID caseId, Instant at, String actor, String action, String detail) {
        CaseStep s = new CaseStep();
        s.caseId = caseId;
        return s.fill(at, actor, action, detail);
    }
}
