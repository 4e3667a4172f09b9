package fi.kuopas.privacy.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Relays committed outbox rows to Kafka in commit order. A failed send leaves the row pending
 * with exponential backoff; later rows of the same subject wait behind it, so per-subject order
 * holds. Rows are claimed with SKIP LOCKED, so two instances never send the same row at once.
 * The lag (pending rows and the age of the oldest) is exported as metrics.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final int BATCH = 200;
    private static final Duration MAX_BACKOFF = Duration.ofMinutes(5);

    private final EntityManager em;
    private final String bootstrapServers;
    private final boolean enabled;
    private final AtomicLong pending = new AtomicLong();
    private final AtomicLong oldestAgeSeconds = new AtomicLong();
    private volatile KafkaProducer<String, String> producer;

    public OutboxRelay(EntityManager em, MeterRegistry registry,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
            @ConfigProperty(name = "kuopas.outbox.relay.enabled", defaultValue = "false") boolean enabled) {
        this.em = em;
        this.bootstrapServers = bootstrapServers;
        this.enabled = enabled;
        Gauge.builder("kuopas.outbox.pending", pending, AtomicLong::get)
                .description("Outbox events not yet delivered to Kafka").register(registry);
        Gauge.builder("kuopas.outbox.oldest.age.seconds", oldestAgeSeconds, AtomicLong::get)
                .description("Age of the oldest undelivered outbox event").register(registry);
    }

    @Scheduled(every = "${kuopas.outbox.relay.interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        if (!enabled) {
            return;
        }
        try {
            relayOnce();
        } catch (RuntimeException e) {
            Log.warnf("outbox relay round failed: %s", e.getClass().getSimpleName());
        }
    }

    /** One relay round; returns how many events were delivered. */
    public int relayOnce() {
        int delivered = QuarkusTransaction.requiringNew().call(this::deliverBatch);
        QuarkusTransaction.requiringNew().run(this::measureLag);
        return delivered;
    }

    private int deliverBatch() {
        @SuppressWarnings("unchecked")
        List<OutboxEvent> batch = em.createNativeQuery(
                "SELECT * FROM outbox_event WHERE published_at IS NULL ORDER BY seq LIMIT " + BATCH
                        + " FOR UPDATE SKIP LOCKED", OutboxEvent.class).getResultList();
        Set<String> blockedKeys = new HashSet<>();
        int delivered = 0;
        Instant now = Instant.now();
        for (OutboxEvent row : batch) {
            if (blockedKeys.contains(row.recordKey)) {
                continue;
            }
            if (row.nextAttemptAt.isAfter(now)) {
                blockedKeys.add(row.recordKey);
                continue;
            }
            try {
                producer().send(new ProducerRecord<>(row.topic, row.recordKey, row.payload)).get(10, TimeUnit.SECONDS);
                row.publishedAt = Instant.now();
                row.lastError = null;
                delivered++;
            } catch (Exception e) {
                row.attempts++;
                long backoffMs = Math.min(MAX_BACKOFF.toMillis(), 500L << Math.min(row.attempts, 20));
                row.nextAttemptAt = Instant.now().plusMillis(backoffMs);
                row.lastError = e.getClass().getSimpleName();
                blockedKeys.add(row.recordKey);
                Log.warnf("outbox event %s not delivered (attempt %d): %s", row.eventId, row.attempts, row.lastError);
            }
        }
        return delivered;
    }

    private void measureLag() {
        Object[] row = (Object[]) em.createNativeQuery(
                "SELECT count(*), coalesce(extract(epoch FROM now() - min(created_at)), 0) FROM outbox_event WHERE published_at IS NULL")
                .getSingleResult();
        pending.set(((Number) row[0]).longValue());
        oldestAgeSeconds.set(((Number) row[1]).longValue());
    }

    public long pendingCount() {
        return pending.get();
    }

    private KafkaProducer<String, String> producer() {
        if (producer == null) {
            synchronized (this) {
                if (producer == null) {
                    Properties p = new Properties();
                    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
                    p.put(ProducerConfig.ACKS_CONFIG, "all");
                    p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
                    p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "5000");
                    p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "8000");
                    p.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "3000");
                    p.put(ProducerConfig.LINGER_MS_CONFIG, "0");
                    producer = new KafkaProducer<>(p, new StringSerializer(), new StringSerializer());
                }
            }
        }
        return producer;
    }

    void onStop(@Observes ShutdownEvent event) {
        if (producer != null) {
            producer.close(Duration.ofSeconds(2));
        }
    }
}
