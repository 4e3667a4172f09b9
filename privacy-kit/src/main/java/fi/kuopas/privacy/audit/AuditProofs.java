package fi.kuopas.privacy.audit;

import fi.kuopas.privacy.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Base64;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Inclusion proofs: one entry, its leaf, its audit path up to a seal's root, and the signed seal. */
@ApplicationScoped
public class AuditProofs {

    private final EntityManager em;
    private final AuditVerifier verifier;
    private final AuditKeys keys;

    public AuditProofs(EntityManager em, AuditVerifier verifier, AuditKeys keys) {
        this.em = em;
        this.verifier = verifier;
        this.keys = keys;
    }

    @Schema(name = "AuditInclusionProof")
    public record Proof(
            @Schema(description = "The entry") AuditLogResource.Line entry,
            @Schema(description = "Bytes the entry contributes to its leaf (base64): leaf hash = SHA-256(0x00 || these bytes)") String leafInput,
            @Schema(description = "Leaf hash, hex") String leafHash,
            @Schema(description = "Index of the leaf within its seal's tree (0-based)") long indexInSeal,
            @Schema(description = "Merkle audit path (RFC 9162 §2.1.3), nearest sibling first, hex") List<String> auditPath,
            @Schema(description = "The signed seal whose root the path leads to") AuditSeal seal,
            @Schema(description = "Public key that signed the seal (base64 X.509 Ed25519)") String publicKey) {
    }

    @Transactional
    public Proof proof(long entryId) {
        AuditEntry e = em.find(AuditEntry.class, entryId);
        if (e == null) {
            throw ProblemException.notFound("access-log entry " + entryId);
        }
        List<?> leaf = em.createNativeQuery("SELECT leaf_index, seal_seq FROM audit_leaf WHERE entry_id = ?1")
                .setParameter(1, entryId).getResultList();
        if (leaf.isEmpty()) {
            throw ProblemException.conflict("access-log entry " + entryId + " is not sealed yet; seals are made every second, try again");
        }
        Object[] l = (Object[]) leaf.get(0);
        long leafIndex = ((Number) l[0]).longValue();
        long sealSeq = ((Number) l[1]).longValue();
        AuditSeal seal = verifier.seals(sealSeq - 1, 1).get(0);
        @SuppressWarnings("unchecked")
        List<String> hashes = em.createNativeQuery("SELECT leaf_hash FROM audit_leaf WHERE seal_seq = ?1 ORDER BY leaf_index")
                .setParameter(1, sealSeq).getResultList();
        String leafHash = AuditMerkle.leafHash(e);
        int index = (int) (leafIndex - seal.firstLeaf());
        if (!leafHash.equals(hashes.get(index))) {
            throw ProblemException.conflict("access-log entry " + entryId + " does not match its seal; run the verification");
        }
        String publicKey = keys.publicKeys().get(seal.keyId());
        return new Proof(AuditLogResource.Line.of(e), Base64.getEncoder().encodeToString(AuditMerkle.entryBytes(e)), leafHash,
                index, AuditMerkle.path(hashes, index), seal, publicKey);
    }
}
