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

/** Whether a person may receive marketing or surveys on a channel; follows consent events. */
@Entity
@Table(name = "marketing_preference")
public class MarketingPreference extends PanacheEntityBase {

    public enum Channel { EMAIL, SMS, POST, SURVEY }

    @Embeddable
    public record Key(@Column(name = "person_id") UUID personId, @Column(name = "channel") String channel) implements Serializable {
    }

    @EmbeddedId
    public Key id;

    @Column(nullable = false)
    public boolean allowed;

    @Column(nullable = false)
    public String reason;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public static void set(UUID personId, Channel channel, boolean allowed, String reason, Instant at) {
        MarketingPreference p = findById(new Key(personId, channel.name()));
        if (p == null) {
            p = new MarketingPreference();
            p.id = new Key(personId, channel.name());
        }
        p.allowed = allowed;
        p.reason = reason;
        p.updatedAt = at;
        p.persist();
    }
}
