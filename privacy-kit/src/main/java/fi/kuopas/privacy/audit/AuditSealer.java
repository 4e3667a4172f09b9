package fi.kuopas.privacy.audit;

import fi.kuopas.privacy.outbox.Outbox;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;

/**
 * Seals the committed, not yet sealed access-log rows: gives them the next leaf positions,
 * builds the Merkle tree over their leaf hashes, signs the tree head and publishes it on the
 * audit-seals topic through the outbox. One instance seals at a time (a transaction-scoped
 * advisory lock), however many replicas run; a row committed after a round simply goes into the
 * next one.
 */
@ApplicationScoped
public class AuditSealer {

    /** Arbitrary constant naming the advisory lock of the sealer. */
    private static final long SEAL_LOCK = 0x6b756f7061735345L;

    private final EntityManager em;
    private final AuditKeys keys;
    private final Outbox outbox;
    private final String service;
    private final int maxLeaves;
    private final boolean enabled;
    private final AtomicLong newestSealEpochMilli = new AtomicLong();

    public AuditSealer(EntityManager em, AuditKeys keys, Outbox outbox, MeterRegistry registry,
            @ConfigProperty(name = "quarkus.application.name") String service,
            @ConfigProperty(name = "kuopas.audit.seal.max-entries", defaultValue = "10000") int maxLeaves,
            @ConfigProperty(name = "kuopas.audit.seal.enabled", defaultValue = "true") boolean enabled) {
        this.em = em;
        this.keys = keys;
        this.outbox = outbox;
        this.service = service;
        this.maxLeaves = maxLeaves;
        this.enabled = enabled;
        Gauge.builder("kuopas.audit.seal.newest.age.seconds", newestSealEpochMilli,
                        t -> t.get() == 0 ? 0 : (System.currentTimeMillis() - t.get()) / 1000.0)
                .description("Seconds since this instance last sealed access-log entries").register(registry);
    }

    @Scheduled(every = "${kuopas.audit.seal.interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        if (!enabled) {
            return;
        }
        try {
            // Keep going while rounds are full, so a backlog drains at once.
            while (sealOnce() >= maxLeaves) {
                Log.debug("audit sealer: full round, continuing");
            }
        } catch (RuntimeException e) {
            Log.warnf("audit sealing round failed: %s", e.getClass().getSimpleName());
        }
    }

    /** One sealing round; returns how many entries it sealed (0 if another instance holds the lock). */
    public int sealOnce() {
        AuditSeal seal = QuarkusTransaction.requiringNew().call(this::sealBatch);
        if (seal == null) {
            return 0;
        }
        newestSealEpochMilli.set(seal.sealedAt().toEpochMilli());
        return seal.treeSize();
    }

    private AuditSeal sealBatch() {
        Boolean locked = (Boolean) em.createNativeQuery("SELECT pg_try_advisory_xact_lock(" + SEAL_LOCK + ")").getSingleResult();
        if (!Boolean.TRUE.equals(locked)) {
            return null;
        }
        @SuppressWarnings("unchecked")
        List<AuditEntry> rows = em.createNativeQuery("SELECT a.* FROM audit_log a JOIN audit_pending p ON p.entry_id = a.id "
                + "ORDER BY a.id LIMIT " + maxLeaves, AuditEntry.class).getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        List<?> last = em.createNativeQuery("SELECT seq, first_leaf, tree_size, seal_hash FROM audit_seal ORDER BY seq DESC LIMIT 1")
                .getResultList();
        long seq = 1;
        long firstLeaf = 0;
        String prev = AuditSeal.GENESIS;
        if (!last.isEmpty()) {
            Object[] l = (Object[]) last.get(0);
            seq = ((Number) l[0]).longValue() + 1;
            firstLeaf = ((Number) l[1]).longValue() + ((Number) l[2]).intValue();
            prev = (String) l[3];
        }
        List<String> leafHashes = new ArrayList<>(rows.size());
        Long[] entryIds = new Long[rows.size()];
        Instant newest = Instant.EPOCH;
        for (int i = 0; i < rows.size(); i++) {
            AuditEntry e = rows.get(i);
            leafHashes.add(AuditMerkle.leafHash(e));
            entryIds[i] = e.id;
            if (e.occurredAt.isAfter(newest)) {
                newest = e.occurredAt;
            }
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        AuditSeal seal = AuditSeal.sign(service, seq, firstLeaf, rows.size(), AuditMerkle.root(leafHashes), prev,
                entryIds[0], entryIds[entryIds.length - 1], newest, now, keys.keyId(), keys.signingKey());
        seal.bind(em.createNativeQuery("INSERT INTO audit_seal (" + AuditSeal.COLUMNS + ") VALUES (" + AuditSeal.PARAMETERS + ")"))
                .executeUpdate();
        long base = firstLeaf;
        long sealSeq = seq;
        em.unwrap(Session.class).doWork(c -> {
            Array ids = c.createArrayOf("bigint", entryIds);
            Array hashes = c.createArrayOf("varchar", leafHashes.toArray());
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO audit_leaf (leaf_index, entry_id, seal_seq, leaf_hash) "
                    + "SELECT ? + t.n - 1, t.id, ?, t.h FROM unnest(?::bigint[], ?::varchar[]) WITH ORDINALITY AS t(id, h, n)");
                 PreparedStatement done = c.prepareStatement("DELETE FROM audit_pending WHERE entry_id = ANY (?)")) {
                ps.setLong(1, base);
                ps.setLong(2, sealSeq);
                ps.setArray(3, ids);
                ps.setArray(4, hashes);
                ps.executeUpdate();
                done.setArray(1, ids);
                done.executeUpdate();
            } finally {
                ids.free();
                hashes.free();
            }
        });
        outbox.publish(AuditSeal.TOPIC, service, "fi.kuopas.audit.sealed.v1",
                UUID.nameUUIDFromBytes((service + "/" + seq).getBytes(StandardCharsets.UTF_8)), seal);
        return seal;
    }
}
