package fi.kuopas.privacy.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The hash of one audit row: SHA-256 over the previous hash and every field, length-prefixed. */
final class AuditHasher {

    static final String GENESIS = "0".repeat(64);

    private AuditHasher() {
    }

    static String hash(AuditEntry e) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String part : new String[] {e.prevHash, String.valueOf(e.occurredAt.toEpochMilli()), e.actor,
                    e.actorRoles, e.subjectKey, e.action, e.recordType, e.recordId, e.purpose}) {
                byte[] bytes = part == null ? new byte[0] : part.getBytes(StandardCharsets.UTF_8);
                digest.update((bytes.length + ":").getBytes(StandardCharsets.UTF_8));
                digest.update(bytes);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("SHA-256 unavailable", ex);
        }
    }
}
