package fi.kuopas.cctv.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A monitored property (a housing company's building or the customer service point). */
@Entity
@Table(name = "site")
public class Site extends PanacheEntityBase {

    @Id
    public UUID id = UUID.randomUUID();

    @Column(nullable = false, unique = true)
    public String code;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String address;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    public long version;

    @Override
    public boolean equals(Object o) {
        return o instanceof Site other && Objects.equals(id, other.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
