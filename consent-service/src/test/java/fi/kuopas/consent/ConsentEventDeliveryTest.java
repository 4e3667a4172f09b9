package fi.kuopas.consent;

import static fi.kuopas.consent.Fixtures.collector;
import static fi.kuopas.consent.Fixtures.customerService;
import static fi.kuopas.consent.Fixtures.email;
import static fi.kuopas.consent.Fixtures.grant;
import static fi.kuopas.consent.Fixtures.randomAdultIdentityCode;
import static fi.kuopas.consent.Fixtures.randomEmail;
import static fi.kuopas.consent.Fixtures.stateByPurpose;
import static fi.kuopas.consent.Fixtures.withdrawBody;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.kuopas.privacy.events.ConsentEvent;
import fi.kuopas.privacy.events.ConsentEventData;
import fi.kuopas.privacy.kafka.KafkaReadiness;
import fi.kuopas.privacy.outbox.Outbox;
import fi.kuopas.privacy.outbox.OutboxRelay;
import fi.kuopas.privacy.subject.SubjectKeys;
import fi.kuopas.testsupport.KafkaTestResource;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.junit.jupiter.api.Test;

/**
 * Consent events anyone can rely on: only consent-service may write them, any identifier of a
 * consent withdraws it, the relay keeps each subject's order with two relay instances and never
 * runs a batch past its transaction, and a Kafka outage shows in readiness within 5 s.
 */
@QuarkusTest
class ConsentEventDeliveryTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    Outbox outbox;

    @Inject
    OutboxRelay relay;

    @Inject
    EntityManager em;

    @Inject
    SubjectKeys keys;

    @Inject
    @Readiness
    KafkaReadiness kafkaReadiness;

    @Test
    void shouldLetOnlyConsentServiceProduceConsentEvents() throws Exception {
        String forged = "{\"specversion\":\"1.0\",\"id\":\"" + UUID.randomUUID() + "\",\"source\":\"urn:pentest:forged\","
                + "\"type\":\"fi.kuopas.consent.granted.v1\",\"subject\":\"email_forged\"}";

        // No credentials: the broker's only client listener speaks SASL, a plaintext client gets nowhere.
        Properties anonymous = new Properties();
        anonymous.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTestResource.bootstrap());
        anonymous.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "3000");
        try (KafkaProducer<String, String> p = producer(anonymous)) {
            assertThatThrownBy(() -> p.send(new ProducerRecord<>(ConsentEvent.TOPIC, "email_forged", forged))
                    .get(10, TimeUnit.SECONDS)).isInstanceOfAny(org.apache.kafka.common.errors.TimeoutException.class,
                            ExecutionException.class);
        }

        // A known principal with a wrong password is refused at login.
        Properties wrongPassword = KafkaTestResource.clientProperties("consent-service");
        wrongPassword.put("sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required "
                + "username=\"consent-service\" password=\"guessed\";");
        wrongPassword.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "5000");
        try (KafkaProducer<String, String> p = producer(wrongPassword)) {
            assertThatThrownBy(() -> p.send(new ProducerRecord<>(ConsentEvent.TOPIC, "email_forged", forged))
                    .get(10, TimeUnit.SECONDS)).satisfies(e -> assertThat(rootCauses(e))
                            .anyMatch(c -> c instanceof SaslAuthenticationException));
        }

        // A register's own, authenticated principal may read consent-events, not write it.
        for (String register : List.of("customer-register-service", "stakeholder-register-service")) {
            Properties asRegister = KafkaTestResource.clientProperties(register);
            asRegister.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "5000");
            try (KafkaProducer<String, String> p = producer(asRegister)) {
                assertThatThrownBy(() -> p.send(new ProducerRecord<>(ConsentEvent.TOPIC, "email_forged", forged))
                        .get(10, TimeUnit.SECONDS)).satisfies(e -> assertThat(rootCauses(e))
                                .anyMatch(c -> c instanceof TopicAuthorizationException));
            }
        }

        // consent-service's principal may (positive control: the refusals above are the ACLs at work).
        try (KafkaProducer<String, String> p = producer(KafkaTestResource.clientProperties("consent-service"))) {
            assertThat(p.send(new ProducerRecord<>("audit-seals", "seal", "{}")).get(10, TimeUnit.SECONDS).offset())
                    .isNotNegative();
        }
    }

    /** Art 7(3): withdrawing is as easy as giving — an unsubscribe link knows only the email. */
    @Test
    void shouldWithdrawByEmailAloneAConsentGrantedWithIdentityCodeAndEmail() {
        String pic = randomAdultIdentityCode();
        String address = randomEmail();
        Map<String, Object> both = Map.of("personalIdentityCode", pic, "email", address);
        String filedKey = grant(both, "marketing-email");
        assertThat(filedKey).startsWith("pic_");

        collector().body(withdrawBody(email(address), "marketing-email")).when().post("/api/v1/consents/withdrawals")
                .then().statusCode(201);

        assertThat(stateByPurpose(both)).containsEntry("marketing-email", "WITHDRAWN");
        assertThat(stateByPurpose(Map.of("personalIdentityCode", pic))).containsEntry("marketing-email", "WITHDRAWN");
        // A second withdrawal by email finds nothing in force.
        collector().body(withdrawBody(email(address), "marketing-email")).when().post("/api/v1/consents/withdrawals")
                .then().statusCode(409);

        List<JsonNode> events = eventsOf(filedKey, 2);
        assertThat(events).extracting(e -> e.path("type").asText())
                .containsExactly(ConsentEvent.GRANTED, ConsentEvent.WITHDRAWN);
        for (JsonNode e : events) {
            List<String> subjectKeys = new ArrayList<>();
            e.path("data").path("subjectKeys").forEach(k -> subjectKeys.add(k.asText()));
            assertThat(subjectKeys).containsExactlyInAnyOrder(filedKey, keys.ofEmail(address));
        }
    }

    /** An objection to direct marketing by email ends the marketing consent filed under the identity code. */
    @Test
    void shouldEndTheMarketingConsentGrantedWithIdentityCodeOnAnObjectionByEmail() {
        String pic = randomAdultIdentityCode();
        String address = randomEmail();
        Map<String, Object> both = Map.of("personalIdentityCode", pic, "email", address);
        grant(both, "marketing-sms");

        customerService().body(Map.of("subject", email(address), "scope", "DIRECT_MARKETING"))
                .when().post("/api/v1/objections").then().statusCode(201);

        assertThat(stateByPurpose(Map.of("personalIdentityCode", pic))).containsEntry("marketing-sms", "WITHDRAWN");
        // And the identity code cannot grant it again past the email's objection.
        collector().body(Fixtures.grantBody(both, "marketing-sms")).when().post("/api/v1/consents").then().statusCode(409);
    }

    /**
     * Two relay instances (this service's own, woken after each commit, and a second one with its
     * own producer, polling as fast as it can) deliver every event exactly once, each subject's in
     * the order they were committed.
     */
    @Test
    void shouldKeepEachSubjectsOrderAndSendEveryEventOnceWithTwoRelayInstances() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<String> subjects = List.of("order-" + run + "-a", "order-" + run + "-b", "order-" + run + "-c");
        int perSubject = 40;
        OutboxRelay second = new OutboxRelay(em, new SimpleMeterRegistry(), true, 7, Duration.ofSeconds(5),
                Duration.ofSeconds(20), KafkaTestResource.clientProperties("consent-service"));
        Map<String, List<UUID>> committed = new HashMap<>();
        subjects.forEach(s -> committed.put(s, new ArrayList<>()));
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> competing = pool.submit(() -> {
                while (writing.get()) {
                    second.relayOnce();
                }
                while (second.relayOnce() > 0) {
                    // drain
                }
                return null;
            });
            for (int i = 0; i < perSubject; i++) {
                for (String s : subjects) {
                    ConsentEvent e = ConsentEvent.of(ConsentEvent.GRANTED, "/test", s,
                            new ConsentEventData("order-" + i, "customer", "6(1)(a)", null, null, Instant.now()));
                    QuarkusTransaction.requiringNew().run(() -> outbox.publish(e));
                    committed.get(s).add(e.id());
                }
            }
            writing.set(false);
            competing.get(60, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }

        Map<String, List<UUID>> received = new HashMap<>();
        subjects.forEach(s -> received.put(s, new ArrayList<>()));
        Properties p = KafkaTestResource.adminClientProperties();
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "order-test-" + run);
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (KafkaConsumer<String, String> c = new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer())) {
            c.subscribe(List.of(ConsentEvent.TOPIC));
            Instant deadline = Instant.now().plus(WAIT);
            while (received.values().stream().mapToInt(List::size).sum() < subjects.size() * perSubject
                    && Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, String> r : c.poll(Duration.ofMillis(250))) {
                    if (received.containsKey(r.key())) {
                        received.get(r.key()).add(UUID.fromString(json(r.value()).path("id").asText()));
                    }
                }
            }
            // Anything sent twice would arrive right behind: read a little longer.
            Instant settle = Instant.now().plusSeconds(2);
            while (Instant.now().isBefore(settle)) {
                for (ConsumerRecord<String, String> r : c.poll(Duration.ofMillis(250))) {
                    if (received.containsKey(r.key())) {
                        received.get(r.key()).add(UUID.fromString(json(r.value()).path("id").asText()));
                    }
                }
            }
        }
        for (String s : subjects) {
            assertThat(received.get(s)).as("events of " + s + ": each once, in commit order").isEqualTo(committed.get(s));
        }
    }

    /** issue 17: during a Kafka outage readiness says DOWN within 5 s instead of hanging. */
    @Test
    void shouldReportKafkaReadinessUpWithTheBrokerAndDownWithin5sWithout() throws Exception {
        assertThat(kafkaReadiness.call().getStatus()).isEqualTo(HealthCheckResponse.Status.UP);

        Properties nowhere = KafkaTestResource.clientProperties("consent-service");
        nowhere.put("bootstrap.servers", "127.0.0.1:" + closedPort());
        KafkaReadiness down = new KafkaReadiness(true, Duration.ofSeconds(3), nowhere);
        try {
            long started = System.nanoTime();
            HealthCheckResponse answer = down.call();
            long tookMs = (System.nanoTime() - started) / 1_000_000;
            assertThat(answer.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
            assertThat(tookMs).as("probe time during the outage").isLessThan(5000);
        } finally {
            down.close();
        }

        given().when().get("/q/health/ready").then().statusCode(200);
    }

    @Test
    void shouldPublishTheEventContract() {
        String asyncApi = given().when().get("/api/v1/events/asyncapi.yaml").then().statusCode(200)
                .extract().asString();
        assertThat(asyncApi).startsWith("asyncapi: 3.0.0").contains("address: consent-events")
                .contains("address: audit-seals").contains("scramSha512");
        JsonNode data = json(given().when().get("/api/v1/events/schemas/" + ConsentEvent.DATA_SCHEMA_FILE)
                .then().statusCode(200).contentType("application/schema+json").extract().asString());
        assertThat(data.path("$schema").asText()).contains("2020-12");
        given().when().get("/api/v1/events/schemas/consent-event.v1.json").then().statusCode(200);
        given().when().get("/api/v1/events/schemas/nothing.json").then().statusCode(404)
                .contentType("application/problem+json");
    }

    // ---- helpers -------------------------------------------------------------------------------

    private static List<JsonNode> eventsOf(String key, int atLeast) {
        Properties p = KafkaTestResource.adminClientProperties();
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "events-of-" + UUID.randomUUID());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<JsonNode> events = new ArrayList<>();
        try (KafkaConsumer<String, String> c = new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer())) {
            c.subscribe(List.of(ConsentEvent.TOPIC));
            Instant deadline = Instant.now().plus(WAIT);
            while (events.size() < atLeast && Instant.now().isBefore(deadline)) {
                List<ConsumerRecord<String, String>> batch = new ArrayList<>();
                c.poll(Duration.ofMillis(250)).forEach(batch::add);
                EventContractChecks.assertValid(batch);
                batch.stream().filter(r -> key.equals(r.key())).forEach(r -> events.add(json(r.value())));
            }
        }
        return events;
    }

    private static KafkaProducer<String, String> producer(Properties p) {
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "3000");
        p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "6000");
        return new KafkaProducer<>(p, new StringSerializer(), new StringSerializer());
    }

    private static List<Throwable> rootCauses(Throwable e) {
        List<Throwable> all = new ArrayList<>();
        for (Throwable t = e; t != null && !all.contains(t); t = t.getCause()) {
            all.add(t);
        }
        return all;
    }

    private static int closedPort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static JsonNode json(String value) {
        try {
            return JSON.readTree(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
