package fi.kuopas.privacy.audit;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * Merkle tree hashing of the audit log as RFC 9162 (Certificate Transparency 2.0) §2.1 defines it:
 * a leaf hash is SHA-256(0x00 || entry), an inner node SHA-256(0x01 || left || right), and a tree
 * of n leaves splits at the largest power of two below n. Everything a verifier outside needs is
 * here and in {@link AuditSeals}; docs/audit.md states the same recipe in words.
 */
public final class AuditMerkle {

    private static final HexFormat HEX = HexFormat.of();

    private AuditMerkle() {
    }

    /** The bytes an entry contributes to its leaf: every field, length-prefixed, the id first. */
    public static byte[] entryBytes(AuditEntry e) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes("kuopas-audit-entry/v1".getBytes(StandardCharsets.UTF_8));
        for (String part : new String[] {String.valueOf(e.id), String.valueOf(e.occurredAt.toEpochMilli()), e.actor,
                e.actorRoles, e.subjectKey, e.action, e.recordType, e.recordId, e.purpose}) {
            // "|<UTF-8 byte length>:<bytes>"; a null is "|-1:", so null and "" differ.
            byte[] bytes = part == null ? new byte[0] : part.getBytes(StandardCharsets.UTF_8);
            b.writeBytes(("|" + (part == null ? -1 : bytes.length) + ":").getBytes(StandardCharsets.UTF_8));
            b.writeBytes(bytes);
        }
        return b.toByteArray();
    }

    public static String leafHash(AuditEntry e) {
        return HEX.formatHex(leaf(entryBytes(e)));
    }

    static byte[] leaf(byte[] data) {
        MessageDigest d = sha256();
        d.update((byte) 0);
        d.update(data);
        return d.digest();
    }

    static byte[] node(byte[] left, byte[] right) {
        MessageDigest d = sha256();
        d.update((byte) 1);
        d.update(left);
        d.update(right);
        return d.digest();
    }

    /** The root over leaf hashes (hex), in leaf order. */
    public static String root(List<String> leafHashes) {
        if (leafHashes.isEmpty()) {
            throw new IllegalArgumentException("a seal covers at least one entry");
        }
        List<byte[]> leaves = new ArrayList<>(leafHashes.size());
        for (String h : leafHashes) {
            leaves.add(HEX.parseHex(h));
        }
        return HEX.formatHex(root(leaves, 0, leaves.size()));
    }

    private static byte[] root(List<byte[]> leaves, int from, int to) {
        int n = to - from;
        if (n == 1) {
            return leaves.get(from);
        }
        int k = split(n);
        return node(root(leaves, from, from + k), root(leaves, from + k, to));
    }

    /** The audit path of leaf {@code index} (RFC 9162 §2.1.3.1), nearest sibling first. */
    public static List<String> path(List<String> leafHashes, int index) {
        List<byte[]> leaves = new ArrayList<>(leafHashes.size());
        for (String h : leafHashes) {
            leaves.add(HEX.parseHex(h));
        }
        List<String> out = new ArrayList<>();
        path(leaves, index, 0, leaves.size(), out);
        return out;
    }

    private static void path(List<byte[]> leaves, int index, int from, int to, List<String> out) {
        int n = to - from;
        if (n == 1) {
            return;
        }
        int k = split(n);
        if (index < k) {
            path(leaves, index, from, from + k, out);
            out.add(HEX.formatHex(root(leaves, from + k, to)));
        } else {
            path(leaves, index - k, from + k, to, out);
            out.add(HEX.formatHex(root(leaves, from, from + k)));
        }
    }

    /**
     * Checks an inclusion proof (RFC 9162 §2.1.3.2): whether the leaf at {@code index} of a tree of
     * {@code size} leaves, with this audit path, hashes up to {@code root}.
     */
    public static boolean verifyInclusion(String leafHash, long index, long size, List<String> path, String root) {
        if (index < 0 || index >= size) {
            return false;
        }
        long fn = index;
        long sn = size - 1;
        byte[] r = HEX.parseHex(leafHash);
        for (String p : path) {
            byte[] sibling = HEX.parseHex(p);
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = node(sibling, r);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                r = node(r, sibling);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && Arrays.equals(r, HEX.parseHex(root));
    }

    private static int split(int n) {
        int k = Integer.highestOneBit(n);
        return k == n ? k / 2 : k;
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("SHA-256 unavailable", ex);
        }
    }
}
