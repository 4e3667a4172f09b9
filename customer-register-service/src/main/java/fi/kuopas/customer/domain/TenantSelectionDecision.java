package fi.kuopas.customer.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A tenant-selection decision made by a named person (Art 22: no automated decisions). */
@Entity
@Table(name = "tenant_selection_decision")
public class TenantSelectionDecision extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "application_id", nullable = false)
    public UUID applicationId;

    @Column(name = "apartment_ref", nullable = false)
    public String apartmentRef;

    @Column(nullable = false)
    public String outcome;

    @Column(name = "decided_by", nullable = false)
    public String decidedBy;

    @Column(name = "decided_at", nullable = false)
    public Instant decidedAt;

    @Column(nullable = false)
    public String rationale;

    @Column(name = "inputs_used", nullable = false)
    public String inputsUsed;
}
