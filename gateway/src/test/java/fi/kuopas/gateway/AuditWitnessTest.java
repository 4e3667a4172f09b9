package fi.kuopas.gateway;

import static fi.kuopas.gateway.support.Cases.dpo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import fi.kuopas.gateway.audit.AuditWitness;
import fi.kuopas.gateway.audit.SuiteAuditVerification;
import fi.kuopas.privacy.audit.AuditAction;
import fi.kuopas.privacy.audit.AuditKeys;
import fi.kuopas.privacy.audit.AuditLog;
import fi.kuopas.privacy.audit.AuditSeal;
import fi.kuopas.privacy.audit.AuditSealer;
import fi.kuopas.privacy.audit.AuditVerifier;
import fi.kuopas.testsupport.KafkaTestResource;
import fi.kuopas.testsupport.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.security.KeyPairGenerator;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * The gateway as outside witness: its own seals travel outbox → Kafka → witness, and the
 * suite-wide verification catches what a service's own verification cannot — a tail deleted
 * together with its seals — while forged and rewritten seals are refused.
 */
@QuarkusTest
class AuditWitnessTest {

    @Inject
    AuditLog audit;

    @Inject
    AuditSealer sealer;

    @Inject
    AuditVerifier verifier;

    @Inject
    AuditWitness witness;

    @Inject
    AuditKeys keys;

    @Inject
    SuiteAuditVerification suite;

    @Test
    void shouldWitnessTheGatewaysOwnSealsThroughKafka() {
        long seq = appendAndSeal();
        await().atMost(Duration.ofSeconds(30)).until(() -> witness.seals("gateway", seq - 1, 1).size() == 1);
        assertThat(witness.seals("gateway", seq - 1, 1).get(0).sealHash()).isEqualTo(verifier.seals(seq - 1, 1).get(0).sealHash());

        given().header("Authorization", dpo()).when().get("/api/v1/audit/verification").then().statusCode(200)
                .body("services.find { it.register == 'gateway' }.intact", equalTo(true))
                .body("services.find { it.register == 'customer' }.intact", equalTo(true))
                .body("services.find { it.register == 'customer' }.service", equalTo("customer-register-service"));
        given().header("Authorization", dpo()).when().get("/api/v1/audit/seals?service=gateway&afterSeq=" + (seq - 1))
                .then().statusCode(200).body("[0].seq", equalTo((int) seq));
    }

    @Test
    void shouldCatchATailDeletedTogetherWithItsSealsThatTheServiceItselfCannotSee() throws SQLException {
        long seq = appendAndSeal();
        await().atMost(Duration.ofSeconds(30)).until(() -> witness.seals("gateway", seq - 1, 1).size() == 1);
        try (Connection c = superuser(); Statement st = c.createStatement()) {
            st.execute("CREATE TEMP TABLE s AS SELECT * FROM audit_seal WHERE seq >= " + seq);
            st.execute("CREATE TEMP TABLE l AS SELECT * FROM audit_leaf WHERE seal_seq >= " + seq);
            st.execute("CREATE TEMP TABLE e AS SELECT a.* FROM audit_log a JOIN l ON l.entry_id = a.id");
            st.execute("SET session_replication_role = replica");
            st.execute("DELETE FROM audit_log WHERE id IN (SELECT entry_id FROM l)");
            st.execute("DELETE FROM audit_leaf WHERE seal_seq >= " + seq);
            st.execute("DELETE FROM audit_seal WHERE seq >= " + seq);
            try {
                assertThat(verifier.verify().intact()).as("the service alone sees a consistent, shorter log").isTrue();
                SuiteAuditVerification.ServiceResult gateway = suite.verify().services().stream()
                        .filter(s -> s.register().equals("gateway")).findFirst().orElseThrow();
                assertThat(gateway.intact()).isFalse();
                assertThat(gateway.firstBrokenSeal()).isEqualTo(seq);
                assertThat(gateway.problem()).contains("witnessed but the service no longer has it");
            } finally {
                st.execute("INSERT INTO audit_seal SELECT * FROM s");
                st.execute("INSERT INTO audit_leaf SELECT * FROM l");
                st.execute("INSERT INTO audit_log SELECT * FROM e");
            }
        }
        assertThat(suite.verify().services().stream().filter(s -> s.register().equals("gateway")).findFirst().orElseThrow().intact())
                .isTrue();
    }

    @Test
    void shouldRefuseForgedAndRewrittenSealsArrivingOnTheTopic() throws Exception {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        AuditSeal genuine = AuditSeal.sign("tamper-test-service", 1, 0, 1, "a".repeat(64), AuditSeal.GENESIS, 1, 1, now, now,
                keys.keyId(), keys.signingKey());
        AuditSeal forged = AuditSeal.sign("tamper-test-service", 2, 1, 1, "b".repeat(64), genuine.sealHash(), 2, 2, now, now,
                keys.keyId(), KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPrivate());
        AuditSeal rewritten = AuditSeal.sign("tamper-test-service", 1, 0, 1, "c".repeat(64), AuditSeal.GENESIS, 1, 1, now, now,
                keys.keyId(), keys.signingKey());
        try (KafkaProducer<String, String> producer = producer()) {
            for (AuditSeal s : new AuditSeal[] {genuine, forged, rewritten}) {
                producer.send(new ProducerRecord<>(AuditSeal.TOPIC, s.service(), json(s))).get();
            }
            producer.send(new ProducerRecord<>(AuditSeal.TOPIC, "x", "not json at all")).get();
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> witness.rejections("tamper-test-service") == 2);
        assertThat(witness.seals("tamper-test-service", 0, 10)).extracting(AuditSeal::sealHash).containsExactly(genuine.sealHash());

        given().header("Authorization", Tokens.bearer("asta", "customer-service")).when().get("/api/v1/audit/verification")
                .then().statusCode(403);
        given().when().get("/api/v1/audit/verification").then().statusCode(401);
        given().header("Authorization", dpo()).when().get("/api/v1/audit/seals").then().statusCode(400)
                .contentType("application/problem+json");
    }

    private static String json(AuditSeal s) throws Exception {
        return new ObjectMapper().findAndRegisterModules().configure(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS, false)
                .writeValueAsString(s);
    }

    private long appendAndSeal() {
        QuarkusTransaction.requiringNew().run(() -> audit.record(AuditAction.VIEW, null, "case", null, "witness test"));
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            sealer.sealOnce();
            try (Connection c = superuser(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM audit_pending")) {
                rs.next();
                return rs.getLong(1) == 0;
            }
        });
        return verifier.verify().newestSealSeq();
    }

    /** Someone who can write to the topic (here the broker's super user): the witness must still refuse forgeries. */
    private static KafkaProducer<String, String> producer() {
        Properties p = KafkaTestResource.adminClientProperties();
        p.put("acks", "all");
        return new KafkaProducer<>(p, new StringSerializer(), new StringSerializer());
    }

    private static Connection superuser() throws SQLException {
        return DriverManager.getConnection(System.getProperty("kuopas.test.jdbc-url"));
    }
}
