package fi.kuopas.gateway.audit;

import fi.kuopas.privacy.audit.AuditKeys;
import fi.kuopas.privacy.audit.AuditSeal;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps every service's signed seals outside that service's database. A seal is kept only if it
 * verifies with a public key configured for its service; a second, different seal for a sequence
 * number already witnessed is refused and recorded — the service's log was rewritten.
 */
@ApplicationScoped
public class AuditWitness {

    private final EntityManager em;
    private final Map<String, List<PublicKey>> keys = new HashMap<>();

    public AuditWitness(EntityManager em, @ConfigProperty(name = "kuopas.audit.witness.keys") Optional<String> configured) {
        this.em = em;
        for (String pair : configured.orElse("").split(",")) {
            if (pair.isBlank()) {
                continue;
            }
            int eq = pair.indexOf('=');
            if (eq < 1) {
                throw new IllegalArgumentException("kuopas.audit.witness.keys: expected service=base64-public-key, got an entry without '='");
            }
            keys.computeIfAbsent(pair.substring(0, eq).trim(), k -> new ArrayList<>()).add(AuditKeys.publicKey(pair.substring(eq + 1)));
        }
    }

    public enum Outcome { WITNESSED, ALREADY_WITNESSED, REJECTED }

    @Transactional
    public Outcome accept(AuditSeal seal) {
        List<PublicKey> trusted = keys.getOrDefault(seal.service(), List.of());
        if (trusted.stream().noneMatch(seal::verifies)) {
            reject(seal, trusted.isEmpty() ? "no key is configured for this service" : "signature does not verify");
            return Outcome.REJECTED;
        }
        List<?> existing = em.createNativeQuery("SELECT seal_hash FROM witnessed_seal WHERE service = ?1 AND seq = ?2")
                .setParameter(1, seal.service()).setParameter(2, seal.seq()).getResultList();
        if (!existing.isEmpty()) {
            if (existing.get(0).equals(seal.sealHash())) {
                return Outcome.ALREADY_WITNESSED;
            }
            reject(seal, "a different seal with this sequence number was witnessed before");
            return Outcome.REJECTED;
        }
        seal.bind(em.createNativeQuery("INSERT INTO witnessed_seal (" + AuditSeal.COLUMNS + ") VALUES (" + AuditSeal.PARAMETERS + ")"))
                .executeUpdate();
        return Outcome.WITNESSED;
    }

    private void reject(AuditSeal seal, String reason) {
        Log.warnf("audit seal %d of %s refused: %s", seal.seq(), seal.service(), reason);
        em.createNativeQuery("INSERT INTO witness_rejection (service, seq, seal_hash, reason) VALUES (?1, ?2, ?3, ?4)")
                .setParameter(1, abbreviate(seal.service())).setParameter(2, seal.seq())
                .setParameter(3, seal.sealHash() == null || seal.sealHash().length() > 64 ? null : seal.sealHash())
                .setParameter(4, reason).executeUpdate();
    }

    /** Witnessed seals of one service after a sequence number, oldest first. */
    @Transactional
    public List<AuditSeal> seals(String service, long afterSeq, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT " + AuditSeal.COLUMNS + " FROM witnessed_seal "
                + "WHERE service = ?1 AND seq > ?2 ORDER BY seq LIMIT ?3").setParameter(1, service).setParameter(2, afterSeq)
                .setParameter(3, limit).getResultList();
        return rows.stream().map(AuditSeal::fromRow).toList();
    }

    /** Rejections recorded for one service. */
    @Transactional
    public long rejections(String service) {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM witness_rejection WHERE service = ?1")
                .setParameter(1, service).getSingleResult()).longValue();
    }

    /** Every service the witness holds seals of. */
    @Transactional
    @SuppressWarnings("unchecked")
    public List<String> services() {
        return em.createNativeQuery("SELECT DISTINCT service FROM witnessed_seal ORDER BY service").getResultList();
    }

    private static String abbreviate(String s) {
        return s == null ? "?" : s.length() <= 80 ? s : s.substring(0, 80);
    }

}
