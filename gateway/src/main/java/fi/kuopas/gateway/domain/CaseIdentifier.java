package fi.kuopas.gateway.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One identifier of a case's subject, as a subject key, and its proof. Only verified identifiers
 * can bring a register's records into the answer; claimed ones surface possible matches.
 */
@Entity
@Table(name = "dsr_case_identifier")
public class CaseIdentifier extends PanacheEntityBase {

    @Embeddable
    public record Key(@Column(name = "case_id") UUID caseId,
            @Enumerated(EnumType.STRING) @Column(name = "kind") IdentifierKind kind) implements Serializable {
    }

    @EmbeddedId
    public Key id;

    @Column(name = "subject_key", nullable = false)
    public String subjectKey;

    @Column(nullable = false)
    public boolean verified;

    @Enumerated(EnumType.STRING)
    @Column(name = "proof_method")
    public ProofMethod proofMethod;

    @Column(name = "proof_reference")
    public String proofReference;

    @Column(name = "verified_at")
    public Instant verifiedAt;

    @Column(name = "verified_by")
    public String verifiedBy;

    @Version
    public long version;

    public static CaseIdentifier of(UUID caseId, IdentifierKind kind, String subjectKey) {
        CaseIdentifier i = new CaseIdentifier();
        i.id = new Key(caseId, kind);
        i.subjectKey = subjectKey;
        return i;
    }

    public void verify(ProofMethod method, String reference, Instant at, String by) {
        verified = true;
        proofMethod = method;
        proofReference = reference;
        verifiedAt = at;
        verifiedBy = by;
    }

    public static List<CaseIdentifier> ofCase(UUID caseId) {
        return list("id.caseId = ?1 ORDER BY id.kind", caseId);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CaseIdentifier other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return id == null ? 0 : id.hashCode();
    }
}
