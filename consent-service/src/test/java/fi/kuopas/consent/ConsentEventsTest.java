package fi.kuopas.consent;

import static fi.kuopas.consent.Fixtures.SEED_VERSION;
import static fi.kuopas.consent.Fixtures.collector;
import static fi.kuopas.consent.Fixtures.customerService;
import static fi.kuopas.consent.Fixtures.dpo;
import static fi.kuopas.consent.Fixtures.email;
import static fi.kuopas.consent.Fixtures.grant;
import static fi.kuopas.consent.Fixtures.grantBody;
import static fi.kuopas.consent.Fixtures.randomEmail;
import static fi.kuopas.consent.Fixtures.withdraw;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.kuopas.consent.service.ConsentExpiry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import fi.kuopas.testsupport.KafkaTestResource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What reaches topic consent-events through the outbox, read back with a plain Kafka consumer. */
@QuarkusTest
class ConsentEventsTest {

    private static final String TOPIC = "consent-events";
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    ConsentExpiry expiry;

    @Inject
    EntityManager em;

    private KafkaConsumer<String, String> consumer;
    private final List<ConsumerRecord<String, String>> seen = new ArrayList<>();

    @BeforeEach
    void subscribe() {
        Properties p = KafkaTestResource.adminClientProperties();
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "consent-events-test-" + UUID.randomUUID());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        consumer = new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer());
        consumer.subscribe(List.of(TOPIC));
    }

    /**
     * Every event this test saw is a CloudEvent the CloudEvents SDK's Kafka deserializer reads
     * (structured mode), valid against the published JSON Schema, with dataschema and trace context.
     */
    @AfterEach
    void close() {
        try {
            consumer.poll(Duration.ofMillis(100)).forEach(seen::add);
            EventContractChecks.assertValid(seen);
        } finally {
            consumer.close(Duration.ofSeconds(2));
        }
    }

    @Test
    void shouldPublishAGrantAsACloudEventKeyedBySubjectKeyWithoutTheIdentityCode() {
        String pic = Fixtures.randomAdultIdentityCode();
        String address = randomEmail();
        String key = grant(Map.of("personalIdentityCode", pic, "email", address), "marketing-email");
        assertThat(key).startsWith("pic_");

        ConsumerRecord<String, String> record = await(r -> key.equals(r.key())
                && "fi.kuopas.consent.granted.v1".equals(json(r).path("type").asText()));

        JsonNode event = json(record);
        assertThat(event.path("specversion").asText()).isEqualTo("1.0");
        assertThat(UUID.fromString(event.path("id").asText())).isNotNull();
        assertThat(event.path("source").asText()).isEqualTo("/kuopas/consent-service");
        assertThat(event.path("subject").asText()).isEqualTo(key);
        assertThat(event.path("datacontenttype").asText()).isEqualTo("application/json");
        assertThat(Instant.parse(event.path("time").asText())).isBefore(Instant.now().plusSeconds(5));
        JsonNode data = event.path("data");
        assertThat(data.path("purpose").asText()).isEqualTo("marketing-email");
        assertThat(data.path("register").asText()).isEqualTo("customer");
        assertThat(data.path("legalBasis").asText()).isEqualTo("6(1)(a)");
        assertThat(data.path("noticeVersion").asText()).isEqualTo(SEED_VERSION);
        assertThat(record.value()).doesNotContain(pic).doesNotContain(pic.substring(0, 6) + pic.substring(7))
                .doesNotContain(address);
    }

    @Test
    void shouldEmitNoEventForARefusedGrant() {
        Map<String, Object> subject = email(randomEmail());
        String key = customerService().body(Map.of("subject", subject, "scope", "DIRECT_MARKETING"))
                .when().post("/api/v1/objections").then().statusCode(201).extract().path("subjectKey");

        collector().body(grantBody(subject, "marketing-email")).when().post("/api/v1/consents")
                .then().statusCode(409);

        // A later change of the same subject: its event comes after anything the refused grant
        // could have produced, because one subject's events keep their order.
        customerService().body(Map.of("subject", subject, "scope", "LEGITIMATE_INTEREST",
                        "purpose", "customer-surveys", "decision", "STOP"))
                .when().post("/api/v1/objections").then().statusCode(201);
        await(r -> key.equals(r.key()) && "STOP".equals(json(r).path("data").path("decision").asText()));

        assertThat(typesOf(key)).containsExactly("fi.kuopas.objection.recorded.v1", "fi.kuopas.objection.recorded.v1");
    }

    @Test
    void shouldDeliverAGrantAndAWithdrawalOfOneSubjectInOrder() {
        Map<String, Object> subject = email(randomEmail());
        String key = grant(subject, "marketing-sms");
        withdraw(subject, "marketing-sms");
        grant(subject, "marketing-sms");

        await(r -> key.equals(r.key()) && "fi.kuopas.consent.withdrawn.v1".equals(json(r).path("type").asText()));
        await(r -> key.equals(r.key()) && typesOf(key).size() >= 3);

        assertThat(typesOf(key)).containsExactly("fi.kuopas.consent.granted.v1", "fi.kuopas.consent.withdrawn.v1",
                "fi.kuopas.consent.granted.v1");
        List<ConsumerRecord<String, String>> mine = seen.stream().filter(r -> key.equals(r.key())).toList();
        assertThat(mine).extracting(ConsumerRecord::partition).containsOnly(mine.get(0).partition());
        assertThat(mine).extracting(ConsumerRecord::offset).isSorted();
    }

    /** An expired consent ends like a withdrawal: registers learn it from an expiry event keyed by the subject. */
    @Test
    void shouldPublishAnExpiryEventWhenAConsentReachesItsExpiryDate() {
        Map<String, Object> body = grantBody(email(randomEmail()), "marketing-email");
        body.put("expiresAt", Instant.now().plus(Duration.ofDays(10)).toString());
        String key = collector().body(body).when().post("/api/v1/consents").then().statusCode(201)
                .extract().path("subjectKey");
        Instant expiredAt = Instant.now().minusSeconds(60);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "UPDATE consent_state SET expires_at = ?1 WHERE subject_key = ?2 AND purpose_code = 'marketing-email'")
                .setParameter(1, expiredAt).setParameter(2, key).executeUpdate());
        expiry.expireDue();

        ConsumerRecord<String, String> record = await(r -> key.equals(r.key())
                && "fi.kuopas.consent.expired.v1".equals(json(r).path("type").asText()));
        JsonNode data = json(record).path("data");
        assertThat(data.path("purpose").asText()).isEqualTo("marketing-email");
        assertThat(data.path("register").asText()).isEqualTo("customer");
        assertThat(data.path("legalBasis").asText()).isEqualTo("6(1)(a)");
        assertThat(Instant.parse(data.path("effectiveAt").asText())).isBefore(Instant.now().minusSeconds(30));
        assertThat(typesOf(key)).containsExactly("fi.kuopas.consent.granted.v1", "fi.kuopas.consent.expired.v1");
    }

    /** Refusing while a consent is in force ends it (Art 7(3)): the registers get the withdrawal. */
    @Test
    void shouldPublishAWithdrawalWhenARefusalEndsAConsentInForceAndNothingForAFirstRefusal() {
        Map<String, Object> subject = email(randomEmail());
        String key = collector().body(Fixtures.refuseBody(subject, null, "marketing-sms"))
                .when().post("/api/v1/consents/refusals").then().statusCode(201).extract().path("subjectKey");
        grant(subject, "marketing-sms");
        collector().body(Fixtures.refuseBody(subject, null, "marketing-sms")).when().post("/api/v1/consents/refusals")
                .then().statusCode(201);

        await(r -> key.equals(r.key()) && "fi.kuopas.consent.withdrawn.v1".equals(json(r).path("type").asText()));
        assertThat(typesOf(key)).containsExactly("fi.kuopas.consent.granted.v1", "fi.kuopas.consent.withdrawn.v1");
    }

    @Test
    void shouldKeyALegalBasisChangeByRegister() {
        String purpose = "test-event-" + UUID.randomUUID().toString().substring(0, 8);
        dpo().body(Map.of("legalBasis", "6(1)(c)", "reference", "Test act 1/2027",
                        "reason", "Event test of the legal-basis registry", "expectedRevision", 0))
                .when().put("/api/v1/legal-bases/consent/" + purpose).then().statusCode(200);

        ConsumerRecord<String, String> record = await(r -> "register:consent".equals(r.key())
                && purpose.equals(json(r).path("data").path("purpose").asText()));
        JsonNode event = json(record);
        assertThat(event.path("type").asText()).isEqualTo("fi.kuopas.legal-basis.changed.v1");
        assertThat(event.path("data").path("legalBasis").asText()).isEqualTo("6(1)(c)");
    }

    private List<String> typesOf(String key) {
        return seen.stream().filter(r -> key.equals(r.key())).map(r -> json(r).path("type").asText()).toList();
    }

    /** Polls until a record matches, keeping every record seen; fails after {@link #WAIT}. */
    private ConsumerRecord<String, String> await(Predicate<ConsumerRecord<String, String>> match) {
        Instant deadline = Instant.now().plus(WAIT);
        while (true) {
            for (ConsumerRecord<String, String> r : seen) {
                if (match.test(r)) {
                    return r;
                }
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("no matching record on " + TOPIC + " within " + WAIT + "; saw " + seen.size());
            }
            consumer.poll(Duration.ofMillis(250)).forEach(seen::add);
        }
    }

    private static JsonNode json(ConsumerRecord<String, String> r) {
        try {
            return JSON.readTree(r.value());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
