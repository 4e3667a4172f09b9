package fi.kuopas.customer;

import static fi.kuopas.customer.Fixtures.await;
import static fi.kuopas.customer.Fixtures.emailKey;
import static fi.kuopas.customer.Fixtures.personBody;
import static fi.kuopas.customer.Fixtures.randomCode;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import fi.kuopas.privacy.events.ConsentEvent;
import fi.kuopas.privacy.events.ConsentEventData;
import fi.kuopas.privacy.kafka.KafkaTopology;
import fi.kuopas.privacy.messaging.ConsentEventConsumer;
import fi.kuopas.testsupport.KafkaTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * The consumer survives what production throws at it: a database outage is waited out (the event
 * is applied afterwards, never dead-lettered), and a consumer that is not running shows in
 * readiness.
 */
@QuarkusTest
class ConsentEventsResilienceTest {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @Inject
    ConsentEventConsumer consumer;

    /** issue 17: during a PostgreSQL outage a valid event waits, is applied afterwards and never dead-lettered. */
    @Test
    void shouldApplyAValidEventAfterADatabaseOutageAndNeverDeadLetterIt() throws Exception {
        Map<String, Object> body = personBody(randomCode());
        UUID person = UUID.fromString(Fixtures.createPerson(body).getString("id"));
        String key = emailKey((String) body.get("email"));
        ConsentEvent grant = ConsentEvent.of(ConsentEvent.GRANTED, "/test", key,
                new ConsentEventData("marketing-email", "customer", "6(1)(a)", "2026-11-01", null, Instant.now()));

        String url = System.getProperty("kuopas.test.jdbc-url").replace("/postgres?", "/template1?");
        try (Connection admin = DriverManager.getConnection(url, "postgres", "postgres");
                Statement sql = admin.createStatement()) {
            // The service's database goes away: no new connections, every open one ended.
            sql.execute("ALTER DATABASE postgres ALLOW_CONNECTIONS false");
            try {
                sql.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = 'postgres'");
                send(key, JSON.writeValueAsString(grant));
                // Far longer than the old "3 quick retries" (0.6 s) that dead-lettered valid events.
                Thread.sleep(8000);
            } finally {
                sql.execute("ALTER DATABASE postgres ALLOW_CONNECTIONS true");
            }
        }

        await("EMAIL allowed after the outage", () -> Boolean.TRUE.equals(allowed(person)));
        assertThat(Fixtures.count("SELECT count(*) FROM processed_event WHERE event_id = ?", grant.id())).isEqualTo(1);
        assertThat(deadLettered(grant.id().toString(), Duration.ofSeconds(3))).as("dead-lettered").isFalse();
    }

    /** Readiness follows the consumer: DOWN while it is stopped, UP again once it runs, and it then catches up. */
    @Test
    void shouldReportReadinessDownWhileTheConsumerIsStopped() throws Exception {
        given().when().get("/q/health/ready").then().statusCode(200);
        consumer.stop();
        try {
            given().when().get("/q/health/ready").then().statusCode(503)
                    .body("checks.find { it.name == 'consent-events consumer' }.status", org.hamcrest.Matchers.equalTo("DOWN"));

            Map<String, Object> body = personBody(randomCode());
            UUID person = UUID.fromString(Fixtures.createPerson(body).getString("id"));
            String key = emailKey((String) body.get("email"));
            send(key, JSON.writeValueAsString(ConsentEvent.of(ConsentEvent.GRANTED, "/test", key,
                    new ConsentEventData("marketing-email", "customer", "6(1)(a)", "2026-11-01", null, Instant.now()))));
            Thread.sleep(1500);
            assertThat(allowed(person)).as("nothing applied while stopped").isNull();

            consumer.start();
            await("readiness UP again", () -> given().when().get("/q/health/ready").statusCode() == 200);
            await("the event sent while stopped is applied", () -> Boolean.TRUE.equals(allowed(person)));
        } finally {
            consumer.start();
        }
    }

    /** Every key of the consent travels with the event: the register finds the person by the one it holds. */
    @Test
    void shouldFindThePersonByAnyKeyOfTheConsent() throws Exception {
        Map<String, Object> body = personBody(randomCode());
        UUID person = UUID.fromString(Fixtures.createPerson(body).getString("id"));
        String emailKey = emailKey((String) body.get("email"));
        String otherKey = "pic_" + "0".repeat(63) + "1";
        ConsentEvent grant = ConsentEvent.of(ConsentEvent.GRANTED, "/test", otherKey, List.of(otherKey, emailKey),
                new ConsentEventData("marketing-email", "customer", "6(1)(a)", "2026-11-01", null, Instant.now()));
        send(otherKey, JSON.writeValueAsString(grant));
        await("EMAIL allowed through the linked email key", () -> Boolean.TRUE.equals(allowed(person)));
    }

    // ---- helpers -------------------------------------------------------------------------------

    private static void send(String key, String value) {
        Fixtures.sendConsentEvent(key, value, null);
    }

    private static boolean deadLettered(String eventId, Duration within) {
        Properties p = KafkaTestResource.adminClientProperties();
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "dlq-check-" + UUID.randomUUID());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (KafkaConsumer<String, String> dlq = new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer())) {
            dlq.subscribe(List.of(KafkaTopology.deadLetterTopic("customer-register-service")));
            Instant deadline = Instant.now().plus(within);
            while (Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, String> r : dlq.poll(Duration.ofMillis(250))) {
                    if (r.value() != null && r.value().contains(eventId)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static Boolean allowed(UUID person) {
        List<Map<String, Object>> rows = Fixtures.query(
                "SELECT allowed FROM marketing_preference WHERE person_id = ? AND channel = 'EMAIL'", person);
        return rows.isEmpty() ? null : (Boolean) rows.get(0).get("allowed");
    }
}
