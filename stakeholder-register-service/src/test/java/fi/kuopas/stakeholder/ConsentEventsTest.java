package fi.kuopas.stakeholder;

import static fi.kuopas.stakeholder.Fixtures.PROBLEMS;
import static fi.kuopas.stakeholder.Fixtures.addMember;
import static fi.kuopas.stakeholder.Fixtures.createList;
import static fi.kuopas.stakeholder.Fixtures.createOrganisation;
import static fi.kuopas.stakeholder.Fixtures.createPerson;
import static fi.kuopas.stakeholder.Fixtures.exportCsv;
import static fi.kuopas.stakeholder.Fixtures.exportEmails;
import static fi.kuopas.stakeholder.Fixtures.keys;
import static fi.kuopas.stakeholder.Fixtures.personBody;
import static fi.kuopas.stakeholder.Fixtures.randomEmail;
import static fi.kuopas.stakeholder.Fixtures.sirpa;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import fi.kuopas.privacy.events.ConsentEvent;
import fi.kuopas.privacy.events.ConsentEventData;
import fi.kuopas.privacy.identity.PersonalIdentityCode;
import fi.kuopas.privacy.messaging.ProcessedEvent;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import fi.kuopas.testsupport.KafkaTestResource;
import fi.kuopas.privacy.kafka.KafkaTopology;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Real CloudEvents on topic consent-events, consumed by the running service through privacy-kit's consumer. */
@QuarkusTest
class ConsentEventsTest {

    private static final Duration WAIT = Duration.ofSeconds(45);
    private static final String SOURCE = "/kuopas/consent-service";

    @Inject
    ObjectMapper json;

    private KafkaProducer<String, String> producer;

    @BeforeEach
    void connect() {
        Properties p = KafkaTestResource.adminClientProperties();
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        producer = new KafkaProducer<>(p, new StringSerializer(), new StringSerializer());
    }

    @AfterEach
    void close() {
        producer.close(Duration.ofSeconds(2));
    }

    @Test
    void shouldRemoveThePersonFromTheExportAndSuppressThemOnAWithdrawalEvent() throws Exception {
        String list = createList("stakeholder-newsletter");
        String email = randomEmail();
        String person = createPerson(email, "CONSENT");
        addMember(list, person);
        assertThat(exportEmails(list)).contains(email);

        String key = keys().ofEmail(email);
        send(key, ConsentEvent.of(ConsentEvent.WITHDRAWN, SOURCE, key, data("stakeholder-newsletter")));

        await(() -> !exportEmails(list).contains(email), "the withdrawn person left the export");
        assertThat(exportCsv(list)).doesNotContain(email);
        sirpa().when().get("/api/v1/mailing-lists/" + list + "/members").then().statusCode(200).body("size()", equalTo(0));
        sirpa().body(Map.of("contactPersonId", person)).when().post("/api/v1/mailing-lists/" + list + "/members")
                .then().statusCode(409).body("type", equalTo(PROBLEMS + "suppressed"));
    }

    @Test
    void shouldTakeThePersonOffTheListWhenTheirConsentExpires() throws Exception {
        String list = createList("stakeholder-newsletter");
        String email = randomEmail();
        String person = createPerson(email, "CONSENT");
        addMember(list, person);
        assertThat(exportEmails(list)).contains(email);

        String key = keys().ofEmail(email);
        send(key, ConsentEvent.of(ConsentEvent.EXPIRED, SOURCE, key, data("stakeholder-newsletter")));

        await(() -> !exportEmails(list).contains(email), "the person whose consent expired left the export");
    }

    @Test
    void shouldReachThePersonThroughTheirConsentKeyWhenAWithdrawalIsFiledUnderTheIdentityCodeKey() throws Exception {
        String pic = "010594Y9032";
        String consentKey = keys().ofIdentityCode(PersonalIdentityCode.parse(pic));
        String list = createList("stakeholder-newsletter");
        String email = randomEmail();
        Map<String, Object> body = personBody(createOrganisation(), email, "CONSENT");
        body.put("consentSubjectKey", consentKey);
        addMember(list, createPerson(body));

        ConsentEvent event = ConsentEvent.of(ConsentEvent.WITHDRAWN, SOURCE, consentKey, data("stakeholder-newsletter"));
        send(consentKey, event);

        await(() -> !exportEmails(list).contains(email), "the person left the export");
    }

    @Test
    void shouldRemoveThePersonFromEveryMailingIncludingEventInvitationsOnObjection() throws Exception {
        String newsletter = createList("stakeholder-newsletter");
        String events = createList("stakeholder-events");
        String email = randomEmail();
        String person = createPerson(email, "CONSENT");
        addMember(newsletter, person);
        addMember(events, person);

        String key = keys().ofEmail(email);
        send(key, ConsentEvent.of(ConsentEvent.OBJECTION_RECORDED, SOURCE, key,
                new ConsentEventData(null, null, null, null, "DIRECT_MARKETING", Instant.now())));

        await(() -> exportEmails(events).isEmpty() && exportEmails(newsletter).isEmpty(), "both exports are empty");
    }

    @Test
    void shouldLeaveStakeholderMailingsAloneOnWithdrawalOfAnotherRegistersPurpose() throws Exception {
        String list = createList("stakeholder-newsletter");
        String email = randomEmail();
        addMember(list, createPerson(email, "CONSENT"));
        String key = keys().ofEmail(email);
        ConsentEvent event = ConsentEvent.of(ConsentEvent.WITHDRAWN, SOURCE, key,
                new ConsentEventData("marketing-email", "customer", "6(1)(a)", null, null, Instant.now()));
        send(key, event);

        await(() -> processed(event.id()), "the event was consumed");
        assertThat(exportEmails(list)).containsExactly(email);
    }

    @Test
    void shouldDeadLetterAPoisonEventAndContinueConsuming() throws Exception {
        String poisonKey = "poison-" + UUID.randomUUID();
        producer.send(new ProducerRecord<>(ConsentEvent.TOPIC, poisonKey, "{not a cloud event")).get(10, TimeUnit.SECONDS);
        ConsentEvent noPurpose = ConsentEvent.of(ConsentEvent.WITHDRAWN, SOURCE, keys().ofEmail(randomEmail()), null);
        send(noPurpose.subject(), noPurpose);

        String list = createList("stakeholder-newsletter");
        String email = randomEmail();
        addMember(list, createPerson(email, "CONSENT"));
        String key = keys().ofEmail(email);
        send(key, ConsentEvent.of(ConsentEvent.WITHDRAWN, SOURCE, key, data("stakeholder-newsletter")));

        assertThat(deadLetterKeys(List.of(poisonKey, noPurpose.subject()))).containsExactlyInAnyOrder(poisonKey, noPurpose.subject());
        await(() -> !exportEmails(list).contains(email), "a later good event was still applied");
    }

    private static ConsentEventData data(String purpose) {
        return new ConsentEventData(purpose, "stakeholder", "6(1)(a)", "2026-11-01", null, Instant.now());
    }

    private void send(String key, ConsentEvent event) throws Exception {
        ProducerRecord<String, String> record = new ProducerRecord<>(ConsentEvent.TOPIC, key, json.writeValueAsString(event));
        // as consent-service sends it: CloudEvents structured mode
        record.headers().add("content-type", "application/cloudevents+json; charset=UTF-8".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        producer.send(record).get(10, TimeUnit.SECONDS);
    }

    private static boolean processed(UUID eventId) {
        return QuarkusTransaction.requiringNew().call(() -> ProcessedEvent.findById(eventId) != null);
    }

    private static void await(BooleanSupplier condition, String what) {
        org.awaitility.Awaitility.await(what).atMost(WAIT).pollDelay(java.time.Duration.ZERO)
                .pollInterval(java.time.Duration.ofMillis(250)).pollInSameThread().until(condition::getAsBoolean);
    }

    /** The given keys as they appear on the register's dead-letter topic, polled until all are seen or time runs out. */
    private static List<String> deadLetterKeys(List<String> wanted) {
        Properties p = KafkaTestResource.adminClientProperties();
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "dlq-test-" + UUID.randomUUID());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (KafkaConsumer<String, String> dlq = new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer())) {
            dlq.subscribe(List.of(KafkaTopology.deadLetterTopic("stakeholder-register-service")));
            java.util.Set<String> seen = new java.util.LinkedHashSet<>();
            Instant deadline = Instant.now().plus(WAIT);
            while (!seen.containsAll(wanted) && Instant.now().isBefore(deadline)) {
                dlq.poll(Duration.ofMillis(250)).forEach(r -> {
                    if (wanted.contains(r.key())) {
                        seen.add(r.key());
                    }
                });
            }
            return List.copyOf(seen);
        }
    }
}
