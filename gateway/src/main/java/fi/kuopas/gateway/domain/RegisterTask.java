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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One register's part of one step of a case. It stays PENDING until the register answers, however
 * long that takes, so a result can never silently lack a register. The answer is kept encrypted:
 * access reports carry copies of personal data.
 */
@Entity
@Table(name = "dsr_register_task")
public class RegisterTask extends PanacheEntityBase {

    public enum Phase { ACCESS, ERASURE_PREVIEW, ERASURE, RESTRICTION, OBJECTION, RECTIFICATION }

    @Schema(name = "RegisterTaskStatus")
    public enum Status { PENDING, DONE, CANCELLED }

    @Id
    public UUID id = UUID.randomUUID();

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Column(name = "register_url", nullable = false)
    public String registerUrl;

    /** The register's own name, known once it has answered. */
    @Column(name = "register_name")
    public String registerName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Phase phase;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    public Instant nextAttemptAt;

    /** Why the last attempt failed: exception type or HTTP status only, never a response body. */
    @Column(name = "last_error")
    public String lastError;

    @Column(name = "result_encrypted")
    public String resultEncrypted;

    @Column(name = "completed_at")
    public Instant completedAt;

    /** The case's round this call belongs to (a new round after the DPO confirms an identifier). */
    @Column(nullable = false)
    public int round;

    @Version
    public long version;

    public static RegisterTask pending(UUID caseId, String registerUrl, Phase phase, Instant now) {
        return pending(caseId, registerUrl, phase, 0, now);
    }

    public static RegisterTask pending(UUID caseId, String registerUrl, Phase phase, int round, Instant now) {
        RegisterTask t = new RegisterTask();
        t.round = round;
        t.caseId = caseId;
        t.registerUrl = registerUrl;
        t.phase = phase;
        t.status = Status.PENDING;
        t.nextAttemptAt = now;
        return t;
    }

    public String label() {
        return registerName != null ? registerName : registerUrl;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RegisterTask other && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
