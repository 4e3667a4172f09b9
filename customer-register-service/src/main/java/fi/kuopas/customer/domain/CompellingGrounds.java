package fi.kuopas.customer.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * Compelling legitimate grounds that override the data subject's objection for one purpose
 * (GDPR Art 21(1)), recorded by the DPO: who, why and when.
 */
@Entity
@Table(name = "compelling_grounds")
public class CompellingGrounds extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "person_id", nullable = false)
    public UUID personId;

    @Column(nullable = false)
    public String purpose;

    @Column(nullable = false)
    public String grounds;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    public static CompellingGrounds latest(UUID personId, String purpose) {
        return find("personId = ?1 and purpose = ?2 ORDER BY recordedAt DESC", personId, purpose).firstResult();
    }
}
