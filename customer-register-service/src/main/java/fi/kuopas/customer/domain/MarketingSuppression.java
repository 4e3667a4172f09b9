package fi.kuopas.customer.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A refusal of marketing or surveys that outlives the person's row (GDPR Art 21(3): an objection to
 * direct marketing is absolute). Only keyed hashes (subject keys) and the channel; no clear data.
 *
 * <p>Who it applies to follows the register's matching rule: a person holding the identity-code key
 * always; a person holding only the same email, phone or name-and-birth-date key when one of the two
 * has no identity code (two different identity codes are two different people).
 */
@Entity
@Table(name = "marketing_suppression")
public class MarketingSuppression extends PanacheEntityBase {

    /** The JPQL condition "person p has refused channel ?1" through a kept suppression. */
    public static final String APPLIES_TO_P = "EXISTS (SELECT 1 FROM MarketingSuppression s WHERE s.channel = ?1 AND "
            + "(s.subjectKey = p.keys.identityCodeKey OR s.subjectKey = p.keys.identityCodeAliasKey OR ((s.identityKey IS NULL "
            + "OR p.keys.identityCodeKey IS NULL) AND s.subjectKey IN (p.keys.emailKey, p.keys.phoneKey, p.keys.nameKey))))";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "subject_key", nullable = false)
    public String subjectKey;

    @Column(nullable = false)
    public String channel;

    /** The erased person's identity-code key, if they had one. */
    @Column(name = "identity_key")
    public String identityKey;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
}
