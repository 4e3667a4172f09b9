package fi.kuopas.customer.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/**
 * An objection (GDPR Art 21(1)) to a purpose that rests on legitimate interest, Art 6(1)(f). While
 * it stands and no compelling legitimate grounds are recorded for the purpose, the processing stops.
 */
@Entity
@Table(name = "processing_objection")
public class ProcessingObjection extends PanacheEntityBase {

    /** Legitimate-interest purposes of the register description an objection can stop. */
    public static final String DEBT_COLLECTION = "debt-collection";
    public static final String CO_RESIDENTS = "co-residents";
    public static final String CREDIT_CHECK = "tenant-selection-credit-check";
    public static final java.util.List<String> PURPOSES = java.util.List.of(DEBT_COLLECTION, CO_RESIDENTS, CREDIT_CHECK);

    @Embeddable
    public record Key(@Column(name = "person_id") UUID personId, @Column(name = "purpose") String purpose) implements Serializable {
    }

    @EmbeddedId
    public Key id;

    @Column(name = "objected_at", nullable = false)
    public Instant objectedAt;

    @Column(name = "case_id")
    public UUID caseId;

    /** Whether the processing for the purpose must stop: objected to, and no compelling grounds recorded. */
    public static boolean inForce(UUID personId, String purpose) {
        return findById(new Key(personId, purpose)) != null && CompellingGrounds.latest(personId, purpose) == null;
    }
}
