package fi.kuopas.consent.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Links every subject key of a person's consent to the key the consent is filed under (table
 * subject_link). A consent granted with an identity code and an email is filed under the identity
 * code's key; the email's key is linked to it, so withdrawing by email alone (an unsubscribe
 * link) reaches it (Art 7(3): withdrawing is as easy as giving).
 */
@ApplicationScoped
public class SubjectLinks {

    private final EntityManager em;

    public SubjectLinks(EntityManager em) {
        this.em = em;
    }

    /** Links each of {@code keys} to {@code filedKey} (idempotent). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void link(String filedKey, Collection<String> keys) {
        Instant now = Instant.now();
        for (String key : keys) {
            if (!key.equals(filedKey)) {
                em.createNativeQuery("INSERT INTO subject_link (filed_key, linked_key, linked_at) VALUES (?1, ?2, ?3)"
                        + " ON CONFLICT DO NOTHING")
                        .setParameter(1, filedKey).setParameter(2, key).setParameter(3, now).executeUpdate();
            }
        }
    }

    /** The given keys and every key a consent is filed under that one of them is linked to. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<String> filedKeys(Collection<String> keys) {
        Set<String> all = new LinkedHashSet<>(keys);
        if (!keys.isEmpty()) {
            @SuppressWarnings("unchecked")
            List<String> filed = em.createNativeQuery(
                    "SELECT DISTINCT filed_key FROM subject_link WHERE linked_key IN (?1) ORDER BY filed_key")
                    .setParameter(1, new ArrayList<>(keys)).getResultList();
            all.addAll(filed);
        }
        return all;
    }

    /** Every key of the consent filed under {@code filedKey}: the key itself first, then the linked ones. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<String> keysOf(String filedKey) {
        @SuppressWarnings("unchecked")
        List<String> linked = em.createNativeQuery(
                "SELECT linked_key FROM subject_link WHERE filed_key = ?1 ORDER BY linked_key")
                .setParameter(1, filedKey).getResultList();
        List<String> all = new ArrayList<>();
        all.add(filedKey);
        all.addAll(linked);
        return all;
    }
}
