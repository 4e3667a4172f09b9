package fi.kuopas.privacy.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One line of the access log (docs/domain-rules.md): who, in which role, whose data (subject key only),
 * which record, what action, why and when. Rows are only ever inserted (the service's database role
 * may not UPDATE, DELETE or TRUNCATE them) and are sealed into signed Merkle trees by {@link AuditSealer}.
 */
@Entity
@Table(name = "audit_log")
public class AuditEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(nullable = false)
    public String actor;

    @Column(name = "actor_roles", nullable = false)
    public String actorRoles;

    @Column(name = "subject_key")
    public String subjectKey;

    @Column(nullable = false)
    public String action;

    @Column(name = "record_type", nullable = false)
    public String recordType;

    @Column(name = "record_id")
    public String recordId;

    @Column(nullable = false)
    public String purpose;

    /** Link of the hash chain used before sealing; set only on rows written before it (kept, unused). */
    @Column(name = "prev_hash")
    public String prevHash;

    /** Hash of the chain used before sealing; set only on rows written before it (kept, unused). */
    @Column(name = "hash")
    public String hash;
}
