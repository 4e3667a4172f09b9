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

/** Source, retrieval time and purpose of a value that did not come from the data subject. */
@Entity
@Table(name = "field_provenance")
public class FieldProvenance extends PanacheEntityBase {

    @Embeddable
    public record Key(@Column(name = "person_id") UUID personId, @Column(name = "field") String field) implements Serializable {
    }

    @EmbeddedId
    public Key id;

    @Column(nullable = false)
    public String source;

    @Column(name = "retrieved_at", nullable = false)
    public Instant retrievedAt;

    @Column(nullable = false)
    public String purpose;

    public static void record(UUID personId, String field, String source, Instant at, String purpose) {
        FieldProvenance p = findById(new Key(personId, field));
        if (p == null) {
            p = new FieldProvenance();
            p.id = new Key(personId, field);
        }
        p.source = source;
        p.retrievedAt = at;
        p.purpose = purpose;
        p.persist();
    }
}
