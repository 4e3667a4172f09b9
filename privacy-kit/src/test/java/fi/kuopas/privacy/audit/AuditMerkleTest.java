package fi.kuopas.privacy.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditMerkleTest {

    private static List<String> leaves(int n) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(HexFormat.of().formatHex(AuditMerkle.leaf(("entry " + i).getBytes())));
        }
        return out;
    }

    @Test
    void shouldHashASingleLeafTreeToItsLeafAndTwoLeavesToTheirNode() {
        List<String> two = leaves(2);
        assertThat(AuditMerkle.root(two.subList(0, 1))).isEqualTo(two.get(0));
        assertThat(AuditMerkle.root(two)).isEqualTo(HexFormat.of().formatHex(
                AuditMerkle.node(HexFormat.of().parseHex(two.get(0)), HexFormat.of().parseHex(two.get(1)))));
    }

    @Test
    void shouldProveEveryLeafOfEveryTreeSizeAndNoLeafAtAnotherIndex() {
        for (int n = 1; n <= 33; n++) {
            List<String> leaves = leaves(n);
            String root = AuditMerkle.root(leaves);
            for (int i = 0; i < n; i++) {
                List<String> path = AuditMerkle.path(leaves, i);
                assertThat(AuditMerkle.verifyInclusion(leaves.get(i), i, n, path, root)).as("leaf %d of %d", i, n).isTrue();
                if (n > 1) {
                    assertThat(AuditMerkle.verifyInclusion(leaves.get(i), (i + 1) % n, n, path, root)).isFalse();
                    assertThat(AuditMerkle.verifyInclusion(leaves.get((i + 1) % n), i, n, path, root)).isFalse();
                }
            }
        }
    }

    @Test
    void shouldTellNullFromEmptyAndNotLetFieldsRunIntoEachOther() {
        AuditEntry a = entry("ab", "c");
        AuditEntry b = entry("a", "bc");
        AuditEntry c = entry("ab", null);
        AuditEntry d = entry("ab", "");
        assertThat(AuditMerkle.leafHash(a)).isNotEqualTo(AuditMerkle.leafHash(b));
        assertThat(AuditMerkle.leafHash(c)).isNotEqualTo(AuditMerkle.leafHash(d));
    }

    @Test
    void shouldVerifyASealOnlyWithItsOwnKeyAndUnchangedFields() throws Exception {
        KeyPair mine = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        KeyPair other = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        Instant now = Instant.parse("2026-11-26T10:00:00.123Z");
        AuditSeal seal = AuditSeal.sign("customer-register-service", 3, 20, 5, "a".repeat(64), "b".repeat(64), 40, 44, now, now,
                AuditKeys.keyId(mine.getPublic()), mine.getPrivate());
        assertThat(seal.verifies(mine.getPublic())).isTrue();
        assertThat(seal.verifies(other.getPublic())).isFalse();
        AuditSeal moved = new AuditSeal(seal.service(), seal.seq(), seal.firstLeaf() + 1, seal.treeSize(), seal.root(),
                seal.prevSealHash(), seal.firstEntryId(), seal.lastEntryId(), seal.newestEntryAt(), seal.sealedAt(), seal.keyId(),
                seal.signature(), seal.sealHash());
        assertThat(moved.verifies(mine.getPublic())).isFalse();
    }

    private static AuditEntry entry(String actor, String recordId) {
        AuditEntry e = new AuditEntry();
        e.id = 1L;
        e.occurredAt = Instant.EPOCH;
        e.actor = actor;
        e.actorRoles = "dpo";
        e.action = "VIEW";
        e.recordType = "person";
        e.recordId = recordId;
        e.purpose = "p";
        return e;
    }
}
