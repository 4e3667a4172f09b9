package fi.kuopas.personnel;

import static fi.kuopas.personnel.Fixtures.as;
import static fi.kuopas.personnel.Fixtures.dpo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import fi.kuopas.privacy.audit.AuditAction;
import fi.kuopas.privacy.audit.AuditEntry;
import fi.kuopas.privacy.audit.AuditKeys;
import fi.kuopas.privacy.audit.AuditLog;
import fi.kuopas.privacy.audit.AuditMerkle;
import fi.kuopas.privacy.audit.AuditRetention;
import fi.kuopas.privacy.audit.AuditSeal;
import fi.kuopas.privacy.audit.AuditSealer;
import fi.kuopas.privacy.audit.AuditVerifier;
import fi.kuopas.testsupport.PostgresTestResource;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The access log against real PostgreSQL: what the service's own database role may not do, that
 * concurrent appends are sealed exactly once, and that every kind of tampering by someone with
 * the owner's rights shows in the verification. Each tampering is undone afterwards, so the other
 * tests keep an intact log.
 */
@QuarkusTest
class AuditSealingTest {

    @Inject
    AuditLog audit;

    @Inject
    AuditSealer sealer;

    @Inject
    AuditVerifier verifier;

    @Inject
    AuditRetention retention;

    @Test
    void shouldLetTheServicesRoleOnlyInsertAndSelectTheAuditTables() throws SQLException {
        List<Long> ids = appendAndSeal(1);
        try (Connection app = DriverManager.getConnection(System.getProperty("kuopas.test.app-jdbc-url"),
                PostgresTestResource.APP, PostgresTestResource.PASSWORD); Statement st = app.createStatement()) {
            for (String sql : List.of("DELETE FROM audit_log WHERE id = " + ids.get(0),
                    "UPDATE audit_log SET purpose = 'x' WHERE id = " + ids.get(0),
                    "TRUNCATE audit_log", "DELETE FROM audit_seal", "UPDATE audit_leaf SET leaf_hash = 'x'",
                    "TRUNCATE audit_seal", "ALTER TABLE audit_log DISABLE TRIGGER ALL", "DROP TABLE audit_log",
                    "SELECT audit_prune(now())")) {
                assertThatThrownBy(() -> st.execute(sql)).as(sql).isInstanceOf(SQLException.class)
                        .hasMessageMatching("(?s).*(permission denied|must be owner|kept at least one year).*");
            }
            try (ResultSet rs = st.executeQuery("SELECT count(*) FROM audit_log WHERE id = " + ids.get(0))) {
                rs.next();
                assertThat(rs.getLong(1)).isEqualTo(1);
            }
        }
        // Even the owner cannot empty the table while its triggers are on.
        try (Connection c = superuser(); Statement st = c.createStatement()) {
            assertThatThrownBy(() -> st.execute("TRUNCATE audit_log")).hasMessageContaining("append-only");
            assertThatThrownBy(() -> st.execute("DELETE FROM audit_log WHERE id = " + ids.get(0))).hasMessageContaining("append-only");
        }
        assertIntact();
    }

    @Test
    void shouldSealConcurrentAppendsFromManyThreadsExactlyOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(12);
        List<Future<List<Long>>> futures = new ArrayList<>();
        String purpose = "concurrency " + UUID.randomUUID();
        for (int t = 0; t < 12; t++) {
            futures.add(pool.submit(() -> {
                List<Long> mine = new ArrayList<>();
                for (int i = 0; i < 25; i++) {
                    mine.add(QuarkusTransaction.requiringNew().call(
                            () -> audit.record(AuditAction.VIEW, null, "employee", null, purpose).id));
                }
                // and a batched append of 20 subjects in one statement
                QuarkusTransaction.requiringNew().run(() -> audit.recordEach(AuditAction.SEARCH,
                        Collections.nCopies(20, "pic_" + "a".repeat(64)), "employee", purpose));
                return mine;
            }));
        }
        for (Future<List<Long>> f : futures) {
            f.get();
        }
        pool.shutdown();
        sealAll();
        try (Connection c = superuser(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(a.id), count(DISTINCT l.entry_id), count(l.leaf_index), "
                     + "count(DISTINCT l.leaf_index) FROM audit_log a LEFT JOIN audit_leaf l ON l.entry_id = a.id "
                     + "WHERE a.purpose = '" + purpose + "'")) {
            rs.next();
            assertThat(rs.getLong(1)).isEqualTo(12 * 25 + 12 * 20);
            assertThat(rs.getLong(2)).isEqualTo(rs.getLong(1));
            assertThat(rs.getLong(3)).isEqualTo(rs.getLong(1));
            assertThat(rs.getLong(4)).isEqualTo(rs.getLong(1));
        }
        try (Connection c = superuser(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*), count(DISTINCT leaf_index), min(leaf_index), max(leaf_index) FROM audit_leaf")) {
            rs.next();
            assertThat(rs.getLong(2)).isEqualTo(rs.getLong(1));
            assertThat(rs.getLong(3)).isZero();
            assertThat(rs.getLong(4)).isEqualTo(rs.getLong(1) - 1);
        }
        assertIntact();
    }

    @Test
    void shouldDetectADeletedTailOfSealedEntries() throws SQLException {
        List<Long> ids = appendAndSeal(4);
        long newest = ids.get(3);
        try (Connection c = superuser(); Statement st = c.createStatement()) {
            st.execute("CREATE TEMP TABLE saved AS SELECT * FROM audit_log WHERE id >= " + ids.get(2));
            replica(st);
            st.execute("DELETE FROM audit_log WHERE id >= " + ids.get(2));
            AuditVerifier.Result r = verifier.verify();
            assertThat(r.intact()).isFalse();
            assertThat(r.firstBrokenId()).isBetween(ids.get(2), newest);
            assertThat(r.problem()).contains("missing");
            st.execute("INSERT INTO audit_log SELECT * FROM saved");
        }
        assertIntact();
    }

    @Test
    void shouldDetectATruncatedTable() throws SQLException {
        appendAndSeal(2);
        try (Connection c = superuser(); Statement st = c.createStatement()) {
            st.execute("CREATE TEMP TABLE saved AS SELECT * FROM audit_log");
            replica(st);
            st.execute("TRUNCATE audit_log");
            AuditVerifier.Result r = verifier.verify();
            assertThat(r.intact()).isFalse();
            assertThat(r.problem()).contains("missing");
            st.execute("INSERT INTO audit_log SELECT * FROM saved");
        }
        assertIntact();
    }

    @Test
    void shouldDetectARewrittenEntry() throws SQLException {
        long id = appendAndSeal(3).get(1);
        try (Connection c = superuser(); Statement st = c.createStatement()) {
            st.execute("CREATE TEMP TABLE saved AS SELECT * FROM audit_log WHERE id = " + id);
            replica(st);
            st.execute("UPDATE audit_log SET actor = 'someone-else' WHERE id = " + id);
            AuditVerifier.Result r = verifier.verify();
            assertThat(r.intact()).isFalse();
            assertThat(r.firstBrokenId()).isEqualTo(id);
            assertThat(r.problem()).contains("has changed");
            st.execute("UPDATE audit_log SET actor = (SELECT actor FROM saved) WHERE id = " + id);
        }
        assertIntact();
    }

    @Test
    void shouldDetectAReorderedRange() throws SQLException {
        List<Long> ids = appendAndSeal(2);
        try (Connection c = superuser(); Statement st = c.createStatement()) {
            replica(st);
            // The two entries swap their places in the tree (leaf hashes moved with them).
            st.execute("UPDATE audit_leaf SET leaf_index = -leaf_index - 1 WHERE entry_id IN (" + ids.get(0) + "," + ids.get(1) + ")");
            st.execute("UPDATE audit_leaf SET leaf_index = CASE WHEN entry_id = " + ids.get(0) + " THEN -(SELECT leaf_index FROM audit_leaf WHERE entry_id = "
                    + ids.get(1) + ") - 1 ELSE -(SELECT leaf_index FROM audit_leaf WHERE entry_id = " + ids.get(0) + ") - 1 END "
                    + "WHERE entry_id IN (" + ids.get(0) + "," + ids.get(1) + ")");
            AuditVerifier.Result r = verifier.verify();
            assertThat(r.intact()).isFalse();
            assertThat(r.problem()).contains("do not hash to its root");
            st.execute("UPDATE audit_leaf SET leaf_index = -leaf_index - 1 WHERE entry_id IN (" + ids.get(0) + "," + ids.get(1) + ")");
            st.execute("UPDATE audit_leaf SET leaf_index = CASE WHEN entry_id = " + ids.get(0) + " THEN -(SELECT leaf_index FROM audit_leaf WHERE entry_id = "
                    + ids.get(1) + ") - 1 ELSE -(SELECT leaf_index FROM audit_leaf WHERE entry_id = " + ids.get(0) + ") - 1 END "
                    + "WHERE entry_id IN (" + ids.get(0) + "," + ids.get(1) + ")");
        }
        assertIntact();
    }

    @Test
    void shouldDetectAMissingSeal() throws SQLException {
        appendAndSeal(1);
        long seq = newestSealSeq();
        appendAndSeal(1);
        try (Connection c = superuser(); Statement st = c.createStatement()) {
            st.execute("CREATE TEMP TABLE saved AS SELECT * FROM audit_seal WHERE seq = " + seq);
            replica(st);
            st.execute("DELETE FROM audit_seal WHERE seq = " + seq);
            AuditVerifier.Result r = verifier.verify();
            assertThat(r.intact()).isFalse();
            assertThat(r.firstBrokenSeal()).isEqualTo(seq);
            assertThat(r.problem()).isEqualTo("seal " + seq + " is missing");
            st.execute("INSERT INTO audit_seal SELECT * FROM saved");
        }
        assertIntact();
    }

    @Test
    void shouldDetectAForgedSeal() throws Exception {
        long id = appendAndSeal(2).get(0);
        long seq = newestSealSeq();
        KeyPair attacker = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        try (Connection c = superuser(); Statement st = c.createStatement()) {
            st.execute("CREATE TEMP TABLE saved_seal AS SELECT * FROM audit_seal WHERE seq = " + seq);
            st.execute("CREATE TEMP TABLE saved_leaf AS SELECT * FROM audit_leaf WHERE seal_seq = " + seq);
            st.execute("CREATE TEMP TABLE saved_entry AS SELECT * FROM audit_log WHERE id = " + id);
            replica(st);
            // Rewrite an entry, recompute its leaf and the root, and sign the new head with another key.
            st.execute("UPDATE audit_log SET purpose = 'nothing to see' WHERE id = " + id);
            AuditEntry e = QuarkusTransaction.requiringNew().call(() -> {
                AuditEntry found = AuditEntry.findById(id);
                AuditEntry copy = new AuditEntry();
                copy.id = found.id;
                copy.occurredAt = found.occurredAt;
                copy.actor = found.actor;
                copy.actorRoles = found.actorRoles;
                copy.subjectKey = found.subjectKey;
                copy.action = found.action;
                copy.recordType = found.recordType;
                copy.recordId = found.recordId;
                copy.purpose = found.purpose;
                return copy;
            });
            st.execute("UPDATE audit_leaf SET leaf_hash = '" + AuditMerkle.leafHash(e) + "' WHERE entry_id = " + id);
            List<String> hashes = new ArrayList<>();
            try (ResultSet rs = c.createStatement().executeQuery("SELECT leaf_hash FROM audit_leaf WHERE seal_seq = " + seq + " ORDER BY leaf_index")) {
                while (rs.next()) {
                    hashes.add(rs.getString(1));
                }
            }
            AuditSeal old = verifier.seals(seq - 1, 1).get(0);
            AuditSeal forged = AuditSeal.sign(old.service(), old.seq(), old.firstLeaf(), old.treeSize(), AuditMerkle.root(hashes),
                    old.prevSealHash(), old.firstEntryId(), old.lastEntryId(), old.newestEntryAt(), old.sealedAt(), old.keyId(),
                    attacker.getPrivate());
            st.execute("UPDATE audit_seal SET root = '" + forged.root() + "', signature = '" + forged.signature()
                    + "', seal_hash = '" + forged.sealHash() + "' WHERE seq = " + seq);
            AuditVerifier.Result r = verifier.verify();
            assertThat(r.intact()).isFalse();
            assertThat(r.firstBrokenSeal()).isEqualTo(seq);
            assertThat(r.problem()).contains("no valid signature");
            st.execute("DELETE FROM audit_seal WHERE seq = " + seq);
            st.execute("INSERT INTO audit_seal SELECT * FROM saved_seal");
            st.execute("DELETE FROM audit_leaf WHERE seal_seq = " + seq);
            st.execute("INSERT INTO audit_leaf SELECT * FROM saved_leaf");
            st.execute("DELETE FROM audit_log WHERE id = " + id);
            st.execute("INSERT INTO audit_log SELECT * FROM saved_entry");
        }
        assertIntact();
    }

    @Test
    void shouldReportAnEntryKeptOutOfTheSeals() throws SQLException {
        long id;
        try (Connection c = superuser(); Statement st = c.createStatement()) {
            st.execute("INSERT INTO audit_log (occurred_at, actor, actor_roles, action, record_type, purpose) "
                    + "VALUES (now() - interval '10 minutes', 'system', 'system', 'VIEW', 'employee', 'left out')");
            try (ResultSet rs = st.executeQuery("SELECT max(id) FROM audit_log")) {
                rs.next();
                id = rs.getLong(1);
            }
            // The service's role may take a row off the sealer's queue — the verification notices.
            st.execute("DELETE FROM audit_pending WHERE entry_id = " + id);
            AuditVerifier.Result r = verifier.verify();
            assertThat(r.intact()).isFalse();
            assertThat(r.firstBrokenId()).isEqualTo(id);
            assertThat(r.problem()).contains("unsealed");
            st.execute("INSERT INTO audit_pending VALUES (" + id + ")");
        }
        sealAll();
        assertIntact();
    }

    @Test
    void shouldVerifyAnInclusionProofOfflineWithOnlyThePublicKey() throws Exception {
        long id = appendAndSeal(5).get(2);
        JsonPath proof = dpo().when().get("/api/v1/audit-log/" + id + "/proof").then().statusCode(200).extract().jsonPath();
        // 1. the leaf: SHA-256(0x00 || leafInput)
        byte[] input = Base64.getDecoder().decode(proof.getString("leafInput"));
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        sha.update((byte) 0);
        sha.update(input);
        String leaf = HexFormat.of().formatHex(sha.digest());
        assertThat(leaf).isEqualTo(proof.getString("leafHash"));
        assertThat(new String(input, StandardCharsets.UTF_8)).startsWith("kuopas-audit-entry/v1|" + String.valueOf(id).length() + ":" + id + "|");
        // 2. the audit path leads to the seal's root
        assertThat(AuditMerkle.verifyInclusion(leaf, proof.getLong("indexInSeal"), proof.getLong("seal.treeSize"),
                proof.getList("auditPath", String.class), proof.getString("seal.root"))).isTrue();
        assertThat(AuditMerkle.verifyInclusion(leaf, proof.getLong("indexInSeal") + 1, proof.getLong("seal.treeSize"),
                proof.getList("auditPath", String.class), proof.getString("seal.root"))).isFalse();
        // 3. the seal's signed text, rebuilt from its published fields, verifies with the public key
        String text = String.join("\n", "kuopas-audit-seal/v1", proof.getString("seal.service"), proof.getString("seal.seq"),
                proof.getString("seal.firstLeaf"), proof.getString("seal.treeSize"), proof.getString("seal.root"),
                proof.getString("seal.prevSealHash"), proof.getString("seal.firstEntryId"), proof.getString("seal.lastEntryId"),
                Long.toString(Instant.parse(proof.getString("seal.newestEntryAt")).toEpochMilli()),
                Long.toString(Instant.parse(proof.getString("seal.sealedAt")).toEpochMilli()), proof.getString("seal.keyId"));
        Signature ed = Signature.getInstance("Ed25519");
        ed.initVerify(KeyFactory.getInstance("Ed25519").generatePublic(
                new X509EncodedKeySpec(Base64.getDecoder().decode(proof.getString("publicKey")))));
        ed.update(text.getBytes(StandardCharsets.UTF_8));
        assertThat(ed.verify(Base64.getDecoder().decode(proof.getString("seal.signature")))).isTrue();

        dpo().when().get("/api/v1/audit-log/999999999/proof").then().statusCode(404)
                .contentType("application/problem+json");
        given().when().get("/api/v1/audit-log/" + id + "/proof").then().statusCode(401);
        as("hanna", "hr").when().get("/api/v1/audit-log/" + id + "/proof").then().statusCode(403);
        as("hanna", "hr").when().get("/api/v1/audit-log/seals").then().statusCode(403);
        dpo().when().get("/api/v1/audit-log/seals?afterSeq=0&limit=1").then().statusCode(200);
        dpo().when().get("/api/v1/audit-log/seals?limit=100000").then().statusCode(400);
    }

    @Test
    void shouldPruneWholeOldSealsAndStillVerifyWhatRemains() throws SQLException {
        List<Long> ids = appendAndSeal(3);
        long seq = newestSealSeq();
        try (Connection c = superuser(); Statement st = c.createStatement()) {
            replica(st);
            // Everything sealed so far was sealed three years ago.
            st.execute("UPDATE audit_seal SET sealed_at = sealed_at - interval '3 years' WHERE seq <= " + seq);
        }
        // The backdated seals' signatures cover sealed_at, so re-sign them as the sealer would have.
        resign(seq);
        long removed = retention.prune();
        assertThat(removed).isGreaterThanOrEqualTo(3);
        try (Connection c = superuser(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM audit_log WHERE id IN (" + ids.get(0) + "," + ids.get(2) + ")")) {
            rs.next();
            assertThat(rs.getLong(1)).isZero();
        }
        appendAndSeal(1);
        assertIntact();
    }

    private void resign(long throughSeq) throws SQLException {
        // Test-only: the seals' text changed with the backdating; recompute the chain with the test key.
        AuditKeys keys = Arc.container().instance(AuditKeys.class).get();
        List<AuditSeal> all = verifier.seals(0, 100000);
        String prev = AuditSeal.GENESIS;
        try (Connection c = superuser(); Statement st = c.createStatement()) {
            replica(st);
            for (AuditSeal s : all) {
                AuditSeal n = AuditSeal.sign(s.service(), s.seq(), s.firstLeaf(), s.treeSize(), s.root(), prev, s.firstEntryId(),
                        s.lastEntryId(), s.newestEntryAt(), s.sealedAt(), keys.keyId(), keys.signingKey());
                st.execute("UPDATE audit_seal SET prev_seal_hash = '" + n.prevSealHash() + "', signature = '" + n.signature()
                        + "', seal_hash = '" + n.sealHash() + "' WHERE seq = " + s.seq());
                prev = n.sealHash();
            }
        }
    }

    private List<Long> appendAndSeal(int n) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add(QuarkusTransaction.requiringNew().call(
                    () -> audit.record(AuditAction.VIEW, null, "employee", null, "audit sealing test").id));
        }
        sealAll();
        return ids;
    }

    private void sealAll() {
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            sealer.sealOnce();
            try (Connection c = superuser(); Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT count(*) FROM audit_pending")) {
                rs.next();
                return rs.getLong(1) == 0;
            }
        });
    }

    private long newestSealSeq() throws SQLException {
        try (Connection c = superuser(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT max(seq) FROM audit_seal")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void assertIntact() {
        AuditVerifier.Result r = verifier.verify();
        assertThat(r.problem()).isNull();
        assertThat(r.intact()).isTrue();
    }

    /** Triggers off for this session: what someone with the database owner's (or superuser's) rights can do. */
    private static void replica(Statement st) throws SQLException {
        st.execute("SET session_replication_role = replica");
    }

    private static Connection superuser() throws SQLException {
        return DriverManager.getConnection(System.getProperty("kuopas.test.jdbc-url"));
    }
}
