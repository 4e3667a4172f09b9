package fi.kuopas.privacy.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.security.PublicKey;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Checks this service's access log against its seals: every seal in sequence, linked to the one
 * before, signed with a trusted key; every sealed entry still there and unchanged (its leaf hash
 * recomputed from the row, the Merkle root recomputed from the leaves); and no entry left unsealed
 * for long. What a copy of the seals outside this database adds (a deleted tail together with its
 * seals) is checked by the gateway against the seals it witnessed.
 */
@ApplicationScoped
public class AuditVerifier {

    private static final int SEAL_PAGE = 500;
    /** Pruning is legitimate only for seals older than this, whatever a forged pruning row says. */
    private static final Duration MIN_RETENTION = Duration.ofDays(365);

    private final EntityManager em;
    private final AuditKeys keys;
    private final Duration maxUnsealedAge;
    private final String service;

    public AuditVerifier(EntityManager em, AuditKeys keys,
            @ConfigProperty(name = "kuopas.audit.max-unsealed-age", defaultValue = "PT5M") Duration maxUnsealedAge,
            @ConfigProperty(name = "quarkus.application.name") String service) {
        this.em = em;
        this.keys = keys;
        this.maxUnsealedAge = maxUnsealedAge;
        this.service = service;
    }

    @Schema(name = "AuditVerification")
    public record Result(
            @Schema(description = "Whether every seal and every sealed entry is intact and nothing is left unsealed for long") boolean intact,
            @Schema(description = "Entries checked") long checked,
            @Schema(description = "Id of the first entry that is missing or changed, if any") Long firstBrokenId,
            @Schema(description = "Sequence number of the first seal that fails, if any") Long firstBrokenSeal,
            @Schema(description = "What failed, in words", example = "entry 7 of seal 3 is missing") String problem,
            @Schema(description = "Seals checked") long seals,
            @Schema(description = "Entries not yet sealed") long unsealed,
            @Schema(description = "Sequence number of the newest seal") Long newestSealSeq,
            @Schema(description = "Hash of the newest seal") String newestSealHash,
            @Schema(description = "When the newest seal was made") Instant newestSealAt,
            @Schema(description = "Age of the newest seal in seconds") Long newestSealAgeSeconds,
            @Schema(description = "Service whose log was verified", example = "customer-register-service") String service) {
    }

    private Result broken(long checked, Long entry, Long seal, String problem, long seals, long unsealed) {
        return new Result(false, checked, entry, seal, problem, seals, unsealed, null, null, null, null, service);
    }

    @Transactional
    public Result verify() {
        Instant now = Instant.now();
        Long prunedThrough = (Long) em.createNativeQuery("SELECT max(through_seq) FROM audit_prune").getSingleResult();
        long pruned = prunedThrough == null ? 0 : prunedThrough;
        long checked = 0;
        long expectedSeq = 1;
        long expectedLeaf = 0;
        String expectedPrev = AuditSeal.GENESIS;
        AuditSeal newest = null;
        while (true) {
            List<AuditSeal> page = seals(expectedSeq - 1, SEAL_PAGE);
            if (page.isEmpty()) {
                break;
            }
            AuditSeal first = page.get(0);
            AuditSeal lastOfPage = page.get(page.size() - 1);
            Map<Long, Leaf> leaves = leaves(first.firstLeaf(), lastOfPage.firstLeaf() + lastOfPage.treeSize());
            for (AuditSeal s : page) {
                if (s.seq() != expectedSeq) {
                    return broken(checked, null, expectedSeq, "seal " + expectedSeq + " is missing", expectedSeq - 1, 0);
                }
                if (!s.prevSealHash().equals(expectedPrev)) {
                    return broken(checked, null, s.seq(), "seal " + s.seq() + " does not link to seal " + (s.seq() - 1),
                            expectedSeq - 1, 0);
                }
                if (s.firstLeaf() != expectedLeaf) {
                    return broken(checked, null, s.seq(), "seal " + s.seq() + " does not continue the leaves of seal "
                            + (s.seq() - 1), expectedSeq - 1, 0);
                }
                Optional<PublicKey> key = keys.trusted(s.keyId());
                if (key.isEmpty() || !s.verifies(key.get())) {
                    return broken(checked, null, s.seq(), "seal " + s.seq() + " has no valid signature of a trusted key",
                            expectedSeq - 1, 0);
                }
                boolean prunable = s.seq() <= pruned && s.sealedAt().isBefore(now.minus(MIN_RETENTION));
                List<String> hashes = new ArrayList<>(s.treeSize());
                for (long i = s.firstLeaf(); i < s.firstLeaf() + s.treeSize(); i++) {
                    Leaf leaf = leaves.get(i);
                    if (leaf == null) {
                        return broken(checked, null, s.seq(), "leaf " + i + " of seal " + s.seq() + " is missing",
                                expectedSeq - 1, 0);
                    }
                    if (leaf.entry == null) {
                        if (!prunable) {
                            return broken(checked, leaf.entryId, s.seq(), "entry " + leaf.entryId + " of seal " + s.seq()
                                    + " is missing", expectedSeq - 1, 0);
                        }
                        hashes.add(leaf.storedHash);
                        continue;
                    }
                    String recomputed = AuditMerkle.leafHash(leaf.entry);
                    if (!recomputed.equals(leaf.storedHash)) {
                        return broken(checked, leaf.entryId, s.seq(), "entry " + leaf.entryId + " of seal " + s.seq()
                                + " has changed", expectedSeq - 1, 0);
                    }
                    hashes.add(recomputed);
                    checked++;
                }
                if (!AuditMerkle.root(hashes).equals(s.root())) {
                    return broken(checked, null, s.seq(), "the leaves of seal " + s.seq() + " do not hash to its root",
                            expectedSeq - 1, 0);
                }
                expectedPrev = s.sealHash();
                expectedLeaf = s.firstLeaf() + s.treeSize();
                expectedSeq++;
                newest = s;
            }
            em.clear();
        }
        Object[] unsealed = (Object[]) em.createNativeQuery("SELECT count(*), min(a.id), min(a.occurred_at) FROM audit_log a "
                + "WHERE NOT EXISTS (SELECT 1 FROM audit_leaf l WHERE l.entry_id = a.id)").getSingleResult();
        long unsealedCount = ((Number) unsealed[0]).longValue();
        long seals = expectedSeq - 1;
        if (unsealedCount > 0) {
            Instant oldest = AuditSeal.instant(unsealed[2]);
            if (oldest.isBefore(now.minus(maxUnsealedAge))) {
                return broken(checked, ((Number) unsealed[1]).longValue(), null, unsealedCount
                        + " entries are unsealed, the oldest since " + oldest.truncatedTo(ChronoUnit.SECONDS), seals, unsealedCount);
            }
        }
        return new Result(true, checked, null, null, null, seals, unsealedCount,
                newest == null ? null : newest.seq(), newest == null ? null : newest.sealHash(),
                newest == null ? null : newest.sealedAt(),
                newest == null ? null : Duration.between(newest.sealedAt(), now).toSeconds(), service);
    }

    /** Seals after the given sequence number, oldest first. */
    @Transactional
    public List<AuditSeal> seals(long afterSeq, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT " + AuditSeal.COLUMNS + " FROM audit_seal WHERE seq > ?1 ORDER BY seq LIMIT ?2")
                .setParameter(1, afterSeq).setParameter(2, limit).getResultList();
        return rows.stream().map(AuditSeal::fromRow).toList();
    }

    record Leaf(long index, long entryId, String storedHash, AuditEntry entry) {
    }

    private Map<Long, Leaf> leaves(long from, long to) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT leaf_index, entry_id, leaf_hash FROM audit_leaf "
                + "WHERE leaf_index >= ?1 AND leaf_index < ?2").setParameter(1, from).setParameter(2, to).getResultList();
        Map<Long, AuditEntry> entries = new HashMap<>();
        List<Long> ids = rows.stream().map(r -> ((Number) r[1]).longValue()).toList();
        for (int i = 0; i < ids.size(); i += 5000) {
            em.createQuery("FROM AuditEntry WHERE id IN :ids", AuditEntry.class)
                    .setParameter("ids", ids.subList(i, Math.min(ids.size(), i + 5000))).getResultList()
                    .forEach(e -> entries.put(e.id, e));
        }
        Map<Long, Leaf> out = new HashMap<>();
        for (Object[] r : rows) {
            long entryId = ((Number) r[1]).longValue();
            out.put(((Number) r[0]).longValue(), new Leaf(((Number) r[0]).longValue(), entryId, (String) r[2], entries.get(entryId)));
        }
        return out;
    }

}
