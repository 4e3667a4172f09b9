package fi.kuopas.customer.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.UUID;

/** A lease as the property-management system knows it, keyed by its external id. */
@Entity
@Table(name = "lease")
public class Lease extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "external_pms_id", nullable = false, unique = true)
    public String externalPmsId;

    @Column(name = "apartment_ref", nullable = false)
    public String apartmentRef;

    @Column(name = "start_date", nullable = false)
    public LocalDate startDate;

    @Column(name = "end_date")
    public LocalDate endDate;

    @Version
    public long version;
}
