package fi.kuopas.privacy.audit;

import jakarta.persistence.Query;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A signed tree head over one range of audit leaves: the Merkle root of leaves
 * [firstLeaf, firstLeaf + treeSize), linked to the previous seal by its hash and signed with the
 * service's Ed25519 audit key. The same record is stored in the service's database, published on
 * the audit-seals topic and kept by the gateway as the outside witness.
 */
@Schema(name = "AuditSeal", description = "Signed tree head over a range of access-log entries")
public record AuditSeal(
        @Schema(description = "Service whose log this seal covers", example = "customer-register-service") String service,
        @Schema(description = "Sequence number of the seal in this service, from 1") long seq,
        @Schema(description = "Leaf index of the first entry covered") long firstLeaf,
        @Schema(description = "Number of entries (leaves) covered") int treeSize,
        @Schema(description = "Merkle root (RFC 9162) over the covered leaves, hex") String root,
        @Schema(description = "Hash of the previous seal (64 zeros for the first)") String prevSealHash,
        @Schema(description = "Smallest access-log entry id covered") long firstEntryId,
        @Schema(description = "Largest access-log entry id covered") long lastEntryId,
        @Schema(description = "When the newest covered entry occurred") Instant newestEntryAt,
        @Schema(description = "When the seal was made") Instant sealedAt,
        @Schema(description = "Id of the signing key: the first 16 hex digits of SHA-256 over its public key") String keyId,
        @Schema(description = "Ed25519 signature over the signed text, base64") String signature,
        @Schema(description = "SHA-256 of the signed text, hex; the next seal links to it") String sealHash) {

    public static final String GENESIS = "0".repeat(64);
    public static final String TOPIC = "audit-seals";
    /** The columns a stored seal has, in the order of the record's components (audit_seal, witnessed_seal). */
    public static final String COLUMNS = "service, seq, first_leaf, tree_size, root, prev_seal_hash, first_entry_id, "
            + "last_entry_id, newest_entry_at, sealed_at, key_id, signature, seal_hash";
    /** Positional parameters ?1 … ?13 for {@link #COLUMNS}. */
    public static final String PARAMETERS = "?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13";

    /** Binds this seal to the parameters of an INSERT … (COLUMNS) VALUES (PARAMETERS). */
    public Query bind(Query q) {
        return q.setParameter(1, service).setParameter(2, seq).setParameter(3, firstLeaf).setParameter(4, treeSize)
                .setParameter(5, root).setParameter(6, prevSealHash).setParameter(7, firstEntryId)
                .setParameter(8, lastEntryId).setParameter(9, newestEntryAt).setParameter(10, sealedAt)
                .setParameter(11, keyId).setParameter(12, signature).setParameter(13, sealHash);
    }

    /** A seal from a row selected as {@link #COLUMNS}. */
    public static AuditSeal fromRow(Object[] r) {
        return new AuditSeal((String) r[0], ((Number) r[1]).longValue(), ((Number) r[2]).longValue(),
                ((Number) r[3]).intValue(), (String) r[4], (String) r[5], ((Number) r[6]).longValue(),
                ((Number) r[7]).longValue(), instant(r[8]), instant(r[9]), (String) r[10], (String) r[11], (String) r[12]);
    }

    static Instant instant(Object o) {
        if (o instanceof Instant i) {
            return i;
        }
        if (o instanceof Timestamp t) {
            return t.toInstant();
        }
        if (o instanceof OffsetDateTime odt) {
            return odt.toInstant();
        }
        throw new IllegalStateException("unexpected timestamp type " + (o == null ? "null" : o.getClass()));
    }

    /**
     * The exact text that is signed and hashed: one field per line, in this order. An outside
     * verifier rebuilds it from the published fields.
     */
    public static String signedText(String service, long seq, long firstLeaf, int treeSize, String root,
            String prevSealHash, long firstEntryId, long lastEntryId, Instant newestEntryAt, Instant sealedAt, String keyId) {
        return String.join("\n", "kuopas-audit-seal/v1", service, Long.toString(seq), Long.toString(firstLeaf),
                Integer.toString(treeSize), root, prevSealHash, Long.toString(firstEntryId), Long.toString(lastEntryId),
                Long.toString(newestEntryAt.toEpochMilli()), Long.toString(sealedAt.toEpochMilli()), keyId);
    }

    public String signedText() {
        return signedText(service, seq, firstLeaf, treeSize, root, prevSealHash, firstEntryId, lastEntryId,
                newestEntryAt, sealedAt, keyId);
    }

    /** Makes and signs a seal. */
    public static AuditSeal sign(String service, long seq, long firstLeaf, int treeSize, String root, String prevSealHash,
            long firstEntryId, long lastEntryId, Instant newestEntryAt, Instant sealedAt, String keyId, PrivateKey key) {
        String text = signedText(service, seq, firstLeaf, treeSize, root, prevSealHash, firstEntryId, lastEntryId,
                newestEntryAt, sealedAt, keyId);
        try {
            Signature s = Signature.getInstance("Ed25519");
            s.initSign(key);
            s.update(text.getBytes(StandardCharsets.UTF_8));
            String signature = Base64.getEncoder().encodeToString(s.sign());
            return new AuditSeal(service, seq, firstLeaf, treeSize, root, prevSealHash, firstEntryId, lastEntryId,
                    newestEntryAt, sealedAt, keyId, signature, hashOf(text));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the audit seal cannot be signed", e);
        }
    }

    /** Whether the signature is valid for this public key and the hash matches the fields. */
    public boolean verifies(PublicKey key) {
        String text = signedText();
        if (!hashOf(text).equals(sealHash)) {
            return false;
        }
        try {
            Signature s = Signature.getInstance("Ed25519");
            s.initVerify(key);
            s.update(text.getBytes(StandardCharsets.UTF_8));
            return s.verify(Base64.getDecoder().decode(signature));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    static String hashOf(String text) {
        return HexFormat.of().formatHex(AuditMerkle.sha256().digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
