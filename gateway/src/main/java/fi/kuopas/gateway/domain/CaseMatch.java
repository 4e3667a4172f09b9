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

/** A register's possible match in a case, and the DPO's decision on it. The hint is encrypted. */
@Entity
@Table(name = "dsr_possible_match")
public class CaseMatch extends PanacheEntityBase {

    @Schema(name = "CaseMatchStatus")
    public enum Status { OPEN, CONFIRMED, DISMISSED }

    @Id
    public UUID id = UUID.randomUUID();

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Column(name = "register_name", nullable = false)
    public String registerName;

    @Column(name = "record_kind", nullable = false)
    public String recordKind;

    /** Space-separated identifier kinds that matched. */
    @Column(name = "matched_identifiers", nullable = false)
    public String matchedIdentifiers;

    @Column(name = "hint_encrypted", nullable = false)
    public String hintEncrypted;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "found_at", nullable = false)
    public Instant foundAt;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decision_reason")
    public String decisionReason;

    @Version
    public long version;

    @Override
    public boolean equals(Object o) {
        return o instanceof CaseMatch other && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
