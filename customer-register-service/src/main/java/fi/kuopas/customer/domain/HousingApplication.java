package fi.kuopas.customer.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A housing or key application; valid about three months and renewable [P]. */
@Entity
@Table(name = "housing_application")
public class HousingApplication extends PanacheEntityBase {

    @Schema(name = "HousingApplicationKind")
    public enum Kind { HOUSING, KEY }

    @Schema(name = "HousingApplicationStatus")
    public enum Status { ACTIVE, HOUSED, WITHDRAWN, EXPIRED }

    @Id
    public UUID id;

    @Column(name = "person_id", nullable = false)
    public UUID personId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    @Column(name = "valid_until", nullable = false)
    public LocalDate validUntil;

    @Column(name = "renewed_at")
    public Instant renewedAt;

    @Column(name = "household_size", nullable = false)
    public int householdSize;

    @Column(name = "desired_area")
    public String desiredArea;

    @Column(name = "desired_rooms")
    public Integer desiredRooms;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Version
    public long version;
}
