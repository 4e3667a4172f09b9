package fi.kuopas.customer;

import static fi.kuopas.customer.Fixtures.await;
import static fi.kuopas.customer.Fixtures.customerService;
import static fi.kuopas.customer.Fixtures.emailKey;
import static fi.kuopas.customer.Fixtures.personBody;
import static fi.kuopas.customer.Fixtures.randomCode;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import fi.kuopas.privacy.events.ConsentEvent;
import fi.kuopas.privacy.events.ConsentEventData;
import io.quarkus.test.junit.QuarkusTest;
import fi.kuopas.testsupport.KafkaTestResource;
import fi.kuopas.privacy.kafka.KafkaTopology;
import java.nio.charset.StandardCharsets;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Marketing permissions follow consent-service's events on topic consent-events, produced here
 * with a plain Kafka producer exactly as consent-service's outbox relay writes them.
 */
@QuarkusTest
class ConsentEventsConsumerTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @Test
    void shouldMakeThePersonAnEmailRecipientOnAGrantedEmailConsent() {
        Subject s = subject();
        assertThat(allowed(s.id, "EMAIL")).isNull();

        send(s.key, event(ConsentEvent.GRANTED, s.key, "marketing-email", null));

        await("EMAIL allowed", () -> Boolean.TRUE.equals(allowed(s.id, "EMAIL")));
        List<Map<String, Object>> recipients = recipients("EMAIL");
        assertThat(recipients).filteredOn(r -> s.id.toString().equals(r.get("personId")))
                .singleElement().satisfies(r -> assertThat(r.get("email")).isEqualTo(s.email));
        assertThat(recipientIds("SMS")).doesNotContain(s.id.toString());
        assertThat(Fixtures.single("SELECT reason FROM marketing_preference WHERE person_id = ? AND channel = 'EMAIL'", s.id)
                .get("reason")).isEqualTo("consent marketing-email");
    }

    @Test
    void shouldRemoveThePersonFromTheMailingOnWithdrawal() {
        Subject s = subject();
        send(s.key, event(ConsentEvent.GRANTED, s.key, "marketing-email", null));
        await("EMAIL allowed", () -> Boolean.TRUE.equals(allowed(s.id, "EMAIL")));
        assertThat(recipientIds("EMAIL")).contains(s.id.toString());

        send(s.key, event(ConsentEvent.WITHDRAWN, s.key, "marketing-email", null));

        await("EMAIL withdrawn", () -> Boolean.FALSE.equals(allowed(s.id, "EMAIL")));
        assertThat(recipientIds("EMAIL")).doesNotContain(s.id.toString());
    }

    @Test
    void shouldTakeThePersonOffTheMailingWhenTheConsentExpires() {
        Subject s = subject();
        send(s.key, event(ConsentEvent.GRANTED, s.key, "marketing-email", null));
        await("EMAIL allowed", () -> Boolean.TRUE.equals(allowed(s.id, "EMAIL")));

        send(s.key, event(ConsentEvent.EXPIRED, s.key, "marketing-email", null));

        await("EMAIL expired", () -> Boolean.FALSE.equals(allowed(s.id, "EMAIL")));
        assertThat(recipientIds("EMAIL")).doesNotContain(s.id.toString());
    }

    @Test
    void shouldStopEveryChannelOnAnObjectionToDirectMarketing() {
        Subject s = subject();
        send(s.key, event(ConsentEvent.GRANTED, s.key, "marketing-email", null));
        send(s.key, event(ConsentEvent.GRANTED, s.key, "marketing-sms", null));
        await("SMS allowed", () -> Boolean.TRUE.equals(allowed(s.id, "SMS")));
        assertThat(recipientIds("EMAIL")).contains(s.id.toString());

        send(s.key, event(ConsentEvent.OBJECTION_RECORDED, s.key, null, "DIRECT_MARKETING"));

        await("every channel stopped", () -> Boolean.FALSE.equals(allowed(s.id, "EMAIL"))
                && Boolean.FALSE.equals(allowed(s.id, "SMS")) && Boolean.FALSE.equals(allowed(s.id, "POST")));
        for (String channel : List.of("EMAIL", "SMS", "POST")) {
            assertThat(recipientIds(channel)).as(channel).doesNotContain(s.id.toString());
        }
    }

    @Test
    void shouldStopSurveysOnlyOnAnObjectionToSurveys() {
        Subject s = subject();
        send(s.key, event(ConsentEvent.GRANTED, s.key, "marketing-email", null));
        send(s.key, event(ConsentEvent.OBJECTION_RECORDED, s.key, "customer-surveys", "STOP"));
        await("SURVEY stopped", () -> Boolean.FALSE.equals(allowed(s.id, "SURVEY")));
        assertThat(allowed(s.id, "EMAIL")).isTrue();
    }

    @Test
    void shouldApplyTheSameEventDeliveredTwiceOnce() {
        Subject s = subject();
        ConsentEvent grant = event(ConsentEvent.GRANTED, s.key, "marketing-email", null);
        send(s.key, grant);
        await("EMAIL allowed", () -> Boolean.TRUE.equals(allowed(s.id, "EMAIL")));
        send(s.key, event(ConsentEvent.WITHDRAWN, s.key, "marketing-email", null));
        await("EMAIL withdrawn", () -> Boolean.FALSE.equals(allowed(s.id, "EMAIL")));

        // Kafka redelivers the grant (at-least-once); a later event of the same subject marks that it was consumed.
        send(s.key, grant);
        send(s.key, event(ConsentEvent.GRANTED, s.key, "marketing-sms", null));
        await("later event applied", () -> Boolean.TRUE.equals(allowed(s.id, "SMS")));

        assertThat(allowed(s.id, "EMAIL")).as("the old grant must not undo the withdrawal").isFalse();
        assertThat(Fixtures.count("SELECT count(*) FROM processed_event WHERE event_id = ?", grant.id())).isEqualTo(1);
        assertThat(recipientIds("EMAIL")).doesNotContain(s.id.toString());
    }

    @Test
    void shouldDeadLetterAPoisonMessageAndGoOnConsuming() {
        Subject s = subject();
        String poison = "this is not a CloudEvent " + UUID.randomUUID();
        String noSpec = "{\"id\": \"" + UUID.randomUUID() + "\", \"type\": \"" + ConsentEvent.GRANTED + "\", \"subject\": \""
                + s.key + "\"}";
        send(s.key, poison);
        send(s.key, noSpec);
        send(s.key, event(ConsentEvent.GRANTED, s.key, "marketing-email", null));

        await("valid event after the poison applied", () -> Boolean.TRUE.equals(allowed(s.id, "EMAIL")));

        Properties p = KafkaTestResource.adminClientProperties();
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "customer-dlq-test-" + UUID.randomUUID());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        try (KafkaConsumer<String, String> dlq = new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer())) {
            dlq.subscribe(List.of(KafkaTopology.deadLetterTopic("customer-register-service")));
            ConsumerRecord<String, String> parked = null;
            ConsumerRecord<String, String> parkedNoSpec = null;
            Instant deadline = Instant.now().plus(WAIT);
            while ((parked == null || parkedNoSpec == null) && Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, String> r : dlq.poll(Duration.ofMillis(250))) {
                    if (poison.equals(r.value())) {
                        parked = r;
                    } else if (noSpec.equals(r.value())) {
                        parkedNoSpec = r;
                    }
                }
            }
            assertThat(parked).as("poison message on the register's dead-letter topic").isNotNull();
            assertThat(parkedNoSpec).as("event without specversion on the register's dead-letter topic").isNotNull();
            assertThat(parked.key()).isEqualTo(s.key);
            assertThat(new String(parked.headers().lastHeader("kuopas-dlq-reason").value(), StandardCharsets.UTF_8))
                    .contains("not a CloudEvents JSON");
            assertThat(parked.headers().lastHeader("kuopas-dlq-origin")).isNotNull();
        }
    }

    @Test
    void shouldConsumeQuietlyAnEventForSomeoneNotInTheRegister() {
        String key = emailKey(Fixtures.randomEmail());
        ConsentEvent e = event(ConsentEvent.GRANTED, key, "marketing-email", null);
        send(key, e);
        await("event marked processed", () -> Fixtures.count("SELECT count(*) FROM processed_event WHERE event_id = ?", e.id()) == 1);
    }

    /** issue 14: the register's handler runs in the producer's trace (the record's traceparent is the span's parent). */
    @Test
    void shouldContinueTheProducersTraceInTheHandler() {
        Subject s = subject();
        ConsentEvent e = event(ConsentEvent.GRANTED, s.key, "marketing-email", null);
        String producerTraceId = e.traceparent().split("-")[1];
        send(s.key, e);
        await("EMAIL allowed", () -> Boolean.TRUE.equals(allowed(s.id, "EMAIL")));
        assertThat(TraceRecordingHandler.traceIdOf(e.id())).as("trace id the handler ran in").isEqualTo(producerTraceId);
    }

    // ---- helpers -------------------------------------------------------------------------------

    private record Subject(UUID id, String email, String key) {
    }

    /** A new person with a unique email; consent-service files the email-only consent under the email key. */
    private static Subject subject() {
        Map<String, Object> body = personBody(randomCode());
        String email = (String) body.get("email");
        UUID id = UUID.fromString(Fixtures.createPerson(body).getString("id"));
        return new Subject(id, email, emailKey(email));
    }

    private static ConsentEvent event(String type, String key, String purpose, String decision) {
        return ConsentEvent.of(type, "/test", key,
                new ConsentEventData(purpose, "customer", "6(1)(a)", "2026-11-01", decision, Instant.now()));
    }

    private static void send(String key, ConsentEvent event) {
        Fixtures.sendConsentEvent(key, event);
    }

    private static void send(String key, String value) {
        Fixtures.sendConsentEvent(key, value, null);
    }

    private static Boolean allowed(UUID person, String channel) {
        List<Map<String, Object>> rows = Fixtures.query(
                "SELECT allowed FROM marketing_preference WHERE person_id = ? AND channel = ?", person, channel);
        return rows.isEmpty() ? null : (Boolean) rows.get(0).get("allowed");
    }

    private static List<Map<String, Object>> recipients(String channel) {
        return Fixtures.allMailingRecipients(channel);
    }

    private static List<String> recipientIds(String channel) {
        return recipients(channel).stream().map(r -> (String) r.get("personId")).toList();
    }
}
