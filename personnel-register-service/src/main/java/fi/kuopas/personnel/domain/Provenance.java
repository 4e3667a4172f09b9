package fi.kuopas.personnel.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.time.ZoneId;

/**
 * Where a piece of data came from. Personal data is collected primarily from the person
 * (Act 759/2004 §4); whatever came from elsewhere says from where, when and under which legal
 * right or consent, so that the access report can name the source (GDPR Art 14(2)(f), 15(1)(g)).
 */
@Embeddable
public class Provenance {

    public enum Origin { DATA_SUBJECT, OTHER }

    public enum Basis { LEGAL_RIGHT, CONSENT }

    @Enumerated(EnumType.STRING)
    @Column(name = "source_origin", nullable = false)
    public Origin origin;

    @Column(name = "source_name")
    public String name;

    @Column(name = "source_obtained_at")
    public Instant obtainedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "source_basis")
    public Basis basis;

    @Column(name = "source_reference")
    public String reference;

    public static Provenance fromSubject() {
        Provenance p = new Provenance();
        p.origin = Origin.DATA_SUBJECT;
        return p;
    }

    public static Provenance fromElsewhere(String name, Instant obtainedAt, Basis basis, String reference) {
        Provenance p = new Provenance();
        p.origin = Origin.OTHER;
        p.name = name;
        p.obtainedAt = obtainedAt;
        p.basis = basis;
        p.reference = reference;
        return p;
    }

    /** For the access report, e.g. "Suomen Asiakastieto Oy, 2026-03-02 (legal right: ...)". */
    public String describe() {
        if (origin == Origin.DATA_SUBJECT) {
            return "The data subject";
        }
        String basisText = basis == Basis.CONSENT ? "your consent" : "legal right";
        return name + ", " + obtainedAt.atZone(ZoneId.of("Europe/Helsinki")).toLocalDate()
                + " (" + basisText + ": " + reference + ")";
    }
}
