package fi.kuopas.customer.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Summary of a credit-information query (never the report itself; Credit Information Act 527/2007). */
@Entity
@Table(name = "credit_check")
public class CreditCheck extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "person_id", nullable = false)
    public UUID personId;

    @Column(name = "application_id", nullable = false)
    public UUID applicationId;

    @Column(name = "checked_at", nullable = false)
    public Instant checkedAt;

    @Column(nullable = false)
    public String purpose;

    @Column(name = "payment_defaults", nullable = false)
    public boolean paymentDefaults;

    @Column(nullable = false)
    public String summary;

    @Column(nullable = false)
    public String source;

    @Column(name = "requested_by", nullable = false)
    public String requestedBy;
}
