package fi.kuopas.consent.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One revision of the legal basis of a register's purpose; the highest revision is in force. */
@Entity
@Table(name = "legal_basis")
public class LegalBasis extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String register;

    @Column(name = "purpose_code", nullable = false)
    public String purposeCode;

    @Column(name = "legal_basis", nullable = false)
    public String legalBasis;

    public String reference;

    @Column(nullable = false)
    public int revision;

    @Column(name = "valid_from", nullable = false)
    public Instant validFrom;

    @Column(name = "changed_by", nullable = false)
    public String changedBy;

    @Column(nullable = false)
    public String reason;
}
