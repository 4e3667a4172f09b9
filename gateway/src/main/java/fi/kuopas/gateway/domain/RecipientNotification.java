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

/** Art 19: one recipient to tell of a rectification, erasure or restriction, and whether it was done. */
@Entity
@Table(name = "dsr_recipient_notification")
public class RecipientNotification extends PanacheEntityBase {

    @Schema(name = "RecipientNotificationStatus")
    public enum Status { PENDING, SENT, NOT_NEEDED }

    @Id
    public UUID id = UUID.randomUUID();

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Column(name = "register_name", nullable = false)
    public String registerName;

    @Column(nullable = false)
    public String recipient;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "decided_by")
    public String decidedBy;

    public String reference;

    public String reason;

    @Version
    public long version;

    @Override
    public boolean equals(Object o) {
        return o instanceof RecipientNotification other && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
