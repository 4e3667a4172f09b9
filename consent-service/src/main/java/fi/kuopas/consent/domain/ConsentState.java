package fi.kuopas.consent.domain;

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
import java.util.UUID;

/** Current consent per subject and purpose, derived from the history in the same transaction. */
@Entity
@Table(name = "consent_state")
public class ConsentState extends PanacheEntityBase {

    @Embeddable
    public record Key(@Column(name = "subject_key") String subjectKey,
            @Column(name = "purpose_code") String purposeCode) implements Serializable {
    }

    @EmbeddedId
    public Key id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ConsentRecord.Action state;

    @Column(nullable = false)
    public Instant since;

    @Column(name = "expires_at")
    public Instant expiresAt;

    @Column(name = "notice_version")
    public String noticeVersion;

    @Column(name = "last_record_id", nullable = false)
    public UUID lastRecordId;

    @Version
    public long version;

    public boolean inForce(Instant now) {
        return state == ConsentRecord.Action.GRANTED && (expiresAt == null || expiresAt.isAfter(now));
    }
}
