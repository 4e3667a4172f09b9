package fi.kuopas.stakeholder.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collection;
import java.util.Objects;
import java.util.UUID;

/**
 * One subject key that mailings must skip. Holds a keyed hash only, never an address, so it can
 * outlive the contact person's erasure (Art 17(3)(b) with Art 21(3): the objection must keep working).
 */
@Entity
@Table(name = "suppression")
public class Suppression extends PanacheEntityBase {

    public enum Scope {
        /** Withdrawn consent: consent-based mailings only. */
        CONSENT_MAILINGS,
        /** Objection or erasure: every mailing. */
        ALL_MAILINGS
    }

    public enum Reason { WITHDRAWAL, OBJECTION, ERASURE, REQUEST }

    @Id
    public UUID id = UUID.randomUUID();

    @Column(name = "subject_key", nullable = false)
    public String subjectKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Scope scope;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Reason reason;

    public String purpose;

    /** Where it came from: a consent event id, a DSR case id, or the user who recorded it. */
    @Column(nullable = false)
    public String source;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** Whether any of the keys is barred from a list of the given basis. */
    public static boolean blocks(Collection<String> keys, MailingBasis basis) {
        if (keys.isEmpty()) {
            return false;
        }
        return basis == MailingBasis.CONSENT
                ? count("subjectKey in ?1", keys) > 0
                : count("subjectKey in ?1 and scope = ?2", keys, Scope.ALL_MAILINGS) > 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Suppression other && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id);
    }
}
