package fi.kuopas.customer.service;

import fi.kuopas.customer.domain.MarketingPreference;
import fi.kuopas.customer.domain.MarketingPreference.Channel;
import fi.kuopas.customer.domain.MarketingSuppression;
import fi.kuopas.customer.domain.Person;
import fi.kuopas.privacy.subject.SubjectKeyColumns;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * What must outlive an erased or anonymised person, as subject keys (keyed hashes, HMAC blind
 * indexes) only: their refusals of marketing and surveys (GDPR Art 21(3)) and the fact and day of
 * the erasure itself (Art 17), so that neither a re-created person nor the nightly property-management
 * import undoes them.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Tombstones {

    static final String KEPT_OBJECTION = "objection kept after erasure (GDPR Art 21(3))";

    private final EntityManager em;

    public Tombstones(EntityManager em) {
        this.em = em;
    }

    /** The channels the person has refused (allowed = false): what {@link #keepObjections} keeps. */
    public int refusals(UUID personId) {
        return (int) MarketingPreference.count("id.personId = ?1 and allowed = false", personId);
    }

    /**
     * Copies the person's refusals to the suppression tombstone under each of their keys, with their
     * identity-code key (null without one). Call it before their marketing preferences are deleted.
     * Returns the number of channels kept.
     */
    public int keepObjections(UUID personId, String identityKey, Collection<String> keys) {
        List<String> channels = MarketingPreference.<MarketingPreference>list("id.personId = ?1 and allowed = false", personId)
                .stream().map(m -> m.id.channel()).toList();
        for (String key : nonNull(keys)) {
            for (String channel : channels) {
                em.createNativeQuery("INSERT INTO marketing_suppression (subject_key, channel, identity_key, recorded_at) "
                        + "SELECT ?1, ?2, CAST(?3 AS VARCHAR), ?4 WHERE NOT EXISTS (SELECT 1 FROM marketing_suppression "
                        + "WHERE subject_key = ?1 AND channel = ?2 AND identity_key IS NOT DISTINCT FROM CAST(?3 AS VARCHAR))")
                        .setParameter(1, key).setParameter(2, channel).setParameter(3, identityKey)
                        .setParameter(4, Instant.now()).executeUpdate();
            }
        }
        return channels.size();
    }

    /** Records that the person with these keys was erased on the day given. */
    public void recordErasure(Collection<String> keys, LocalDate on) {
        for (String key : nonNull(keys)) {
            em.createNativeQuery("INSERT INTO erasure_tombstone (subject_key, erased_on) VALUES (?1, ?2) ON CONFLICT (subject_key) "
                    + "DO UPDATE SET erased_on = GREATEST(erasure_tombstone.erased_on, EXCLUDED.erased_on)")
                    .setParameter(1, key).setParameter(2, on).executeUpdate();
        }
    }

    /** The latest day a person with any of these keys was erased, or null. */
    public LocalDate erasedOn(Collection<String> keys) {
        List<String> k = nonNull(keys);
        if (k.isEmpty()) {
            return null;
        }
        Object day = em.createNativeQuery("SELECT max(erased_on) FROM erasure_tombstone WHERE subject_key IN (?1)")
                .setParameter(1, k).getSingleResult();
        return day == null ? null : day instanceof Date d ? d.toLocalDate() : (LocalDate) day;
    }

    /** The channels the person has refused through a kept suppression (the rule of {@link MarketingSuppression}). */
    public Set<Channel> suppressed(Person p) {
        SubjectKeyColumns k = p.keys;
        List<String> codeKeys = nonNull(java.util.Arrays.asList(k.identityCodeKey(), k.identityCodeAliasKey()));
        List<String> otherKeys = nonNull(java.util.Arrays.asList(k.emailKey(), k.phoneKey(), k.nameKey()));
        Set<Channel> channels = EnumSet.noneOf(Channel.class);
        List<MarketingSuppression> found = new ArrayList<>();
        if (!codeKeys.isEmpty()) {
            found.addAll(MarketingSuppression.list("subjectKey in ?1", codeKeys));
        }
        if (!otherKeys.isEmpty()) {
            found.addAll(k.identityCodeKey() == null ? MarketingSuppression.list("subjectKey in ?1", otherKeys)
                    : MarketingSuppression.list("subjectKey in ?1 and identityKey is null", otherKeys));
        }
        found.forEach(s -> channels.add(Channel.valueOf(s.channel)));
        return channels;
    }

    /** A person (re-)entering the register gets back every refusal kept for them. */
    public void applySuppressions(Person p) {
        for (Channel c : suppressed(p)) {
            MarketingPreference.set(p.id, c, false, KEPT_OBJECTION, Instant.now());
        }
    }

    private static List<String> nonNull(Collection<String> keys) {
        List<String> out = new ArrayList<>();
        if (keys != null) {
            keys.stream().filter(Objects::nonNull).distinct().forEach(out::add);
        }
        return out;
    }
}
