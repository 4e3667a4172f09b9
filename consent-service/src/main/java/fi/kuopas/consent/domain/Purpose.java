package fi.kuopas.consent.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A processing purpose from the privacy statement, with the register it belongs to. */
@Entity
@Table(name = "purpose")
public class Purpose extends PanacheEntityBase {

    public enum SubjectKind { PERSON, DEVICE }

    @Id
    public String code;

    @Column(nullable = false)
    public String register;

    @Column(name = "legal_basis", nullable = false)
    public String legalBasis;

    /** Direct marketing: an objection is absolute (Art 21(3)). */
    @Column(name = "direct_marketing", nullable = false)
    public boolean directMarketing;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_kind", nullable = false)
    public SubjectKind subjectKind;

    @Column(name = "name_fi", nullable = false)
    public String nameFi;

    @Column(name = "name_en", nullable = false)
    public String nameEn;

    public boolean consentBased() {
        return "6(1)(a)".equals(legalBasis);
    }

    public boolean legitimateInterest() {
        return "6(1)(f)".equals(legalBasis);
    }
}
