package fi.kuopas.cctv.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A recording camera: where, what it sees, why, where its sign is, which DPIA covers it and, in a residents' common area, who decided it. */
@Entity
@Table(name = "camera")
public class Camera extends PanacheEntityBase {

    @Id
    public UUID id = UUID.randomUUID();

    @Column(name = "site_id", nullable = false)
    public UUID siteId;

    @Column(nullable = false, unique = true)
    public String code;

    @Enumerated(EnumType.STRING)
    @Column(name = "area_type", nullable = false)
    public AreaType areaType;

    @Column(nullable = false)
    public String location;

    @Column(name = "field_of_view", nullable = false)
    public String fieldOfView;

    @Column(nullable = false)
    public String purpose;

    @Column(name = "sign_location", nullable = false)
    public String signLocation;

    @Column(name = "dpia_reference", nullable = false)
    public String dpiaReference;

    @Column(name = "films_employees", nullable = false)
    public boolean filmsEmployees;

    @Column(name = "retention_days", nullable = false)
    public int retentionDays;

    /** Required where the area type is a residential common area ({@link AreaType#residentialCommonArea()}). */
    @Embedded
    public CommonAreaBasis commonAreaBasis;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    public long version;

    @Override
    public boolean equals(Object o) {
        return o instanceof Camera other && Objects.equals(id, other.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
