package fi.kuopas.privacy.messaging;

import fi.kuopas.privacy.events.ConsentEvent;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Consumes topic consent-events for a register (enabled with kuopas.consent-events.consume=true).
 * Offsets are committed only after a record was applied or parked, so nothing is skipped. A
 * poison event (unparseable, or refused by the handler) goes to consent-events.dlq with the
 * reason in a header, after a few retries for errors that may be transient; consuming never
 * stops because of one bad event.
 */
@ApplicationScoped
public class ConsentEventConsumer {

    public static final String DLQ_TOPIC = ConsentEvent.TOPIC + ".dlq";
    private static final int MAX_ATTEMPTS = 3;

    private final ConsentEventApplier applier;
    private final String bootstrapServers;
    private final String groupId;
    private final boolean enabled;
    private final Counter applied;
    private final Counter parked;
    private volatile boolean running;
    private KafkaConsumer<String, String> consumer;
    private KafkaProducer<String, String> dlqProducer;
    private Thread thread;

    public ConsentEventConsumer(ConsentEventApplier applier, MeterRegistry registry,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
            @ConfigProperty(name = "quarkus.application.name") String groupId,
            @ConfigProperty(name = "kuopas.consent-events.consume", defaultValue = "false") boolean enabled) {
        this.applier = applier;
        this.bootstrapServers = bootstrapServers;
        this.groupId = groupId;
        this.enabled = enabled;
        this.applied = registry.counter("kuopas.consent.events.applied");
        this.parked = registry.counter("kuopas.consent.events.dead.lettered");
    }

    void onStart(@Observes StartupEvent event) {
        if (!enabled) {
            return;
        }
        Properties c = new Properties();
        c.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        c.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        c.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        c.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        c.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "100");
        consumer = new KafkaConsumer<>(c, new StringDeserializer(), new StringDeserializer());
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        dlqProducer = new KafkaProducer<>(p, new StringSerializer(), new StringSerializer());
        running = true;
        thread = new Thread(this::loop, "consent-events-consumer");
        thread.setDaemon(true);
        thread.start();
    }

    private void loop() {
        try {
            consumer.subscribe(List.of(ConsentEvent.TOPIC));
            while (running) {
                var records = consumer.poll(Duration.ofMillis(500));
                for (ConsumerRecord<String, String> record : records) {
                    handle(record);
                }
                if (!records.isEmpty()) {
                    consumer.commitSync();
                }
            }
        } catch (WakeupException e) {
            // shutting down
        } catch (RuntimeException e) {
            Log.errorf("consent-event consumer stopped: %s", e.getClass().getSimpleName());
        } finally {
            consumer.close(Duration.ofSeconds(2));
        }
    }

    private void handle(ConsumerRecord<String, String> record) {
        for (int attempt = 1; ; attempt++) {
            try {
                ConsentEvent event = applier.parse(record.value());
                if (applier.apply(event)) {
                    applied.increment();
                }
                return;
            } catch (PoisonEventException e) {
                park(record, e.getMessage());
                return;
            } catch (RuntimeException e) {
                if (attempt >= MAX_ATTEMPTS) {
                    park(record, "not applied after " + attempt + " attempts: " + e.getClass().getSimpleName());
                    return;
                }
                sleep(200L * attempt);
            }
        }
    }

    private void park(ConsumerRecord<String, String> record, String reason) {
        ProducerRecord<String, String> dead = new ProducerRecord<>(DLQ_TOPIC, record.key(), record.value());
        dead.headers().add("kuopas-dlq-reason", reason.getBytes(StandardCharsets.UTF_8));
        dead.headers().add("kuopas-dlq-origin", (record.topic() + "/" + record.partition() + "/" + record.offset())
                .getBytes(StandardCharsets.UTF_8));
        try {
            dlqProducer.send(dead).get(10, TimeUnit.SECONDS);
            parked.increment();
            Log.warnf("consent event at %s/%d/%d dead-lettered: %s", record.topic(), record.partition(), record.offset(), reason);
        } catch (Exception e) {
            // Not parked means not skipped: fail the poll loop's commit by rethrowing.
            throw new IllegalStateException("dead-letter topic unavailable", e);
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        running = false;
        if (consumer != null) {
            consumer.wakeup();
        }
        if (thread != null) {
            try {
                thread.join(3000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (dlqProducer != null) {
            dlqProducer.close(Duration.ofSeconds(2));
        }
    }
}
