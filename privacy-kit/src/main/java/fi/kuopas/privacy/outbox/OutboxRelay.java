package fi.kuopas.privacy.outbox;

import fi.kuopas.privacy.events.ConsentEvent;
import fi.kuopas.privacy.kafka.KafkaClientConfig;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.format.EventFormat;
import io.cloudevents.core.provider.EventFormatProvider;
import io.cloudevents.jackson.JsonFormat;
import io.cloudevents.kafka.KafkaMessageFactory;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Relays committed outbox rows to Kafka in commit order.
 * <ul>
 * <li><b>Woken after commit</b>: {@link Outbox} calls {@link #wake()} right after the transaction
 * that wrote a row commits; a dedicated thread then relays at once. The scheduled round
 * ({@code kuopas.outbox.relay.interval}) is only a safety net (rows left by a crash, backoff).</li>
 * <li><b>Asynchronous, batched</b>: a batch (at most {@code kuopas.outbox.relay.batch} rows) is
 * handed to the producer in one go and its acknowledgements awaited together.</li>
 * <li><b>Bounded</b>: a round's transaction has its own timeout
 * ({@code kuopas.outbox.relay.transaction-timeout}) and the sends of a batch must complete within
 * {@code kuopas.outbox.relay.send-timeout}, which is shorter; so a round never runs past its
 * transaction and rows are never sent by a round whose "published" marks then roll back.</li>
 * <li><b>Per-subject order, also with several instances</b>: a round holds a transaction-scoped
 * PostgreSQL advisory lock, so one relay (of any number of instances) sends at a time, rows in
 * {@code seq} order. A failed send leaves its row pending with exponential backoff, and later rows
 * of the same subject wait behind it.</li>
 * </ul>
 * Events on topic {@value ConsentEvent#TOPIC} go out through the CloudEvents Kafka binding in
 * structured mode (header {@code content-type: application/cloudevents+json}) with the W3C
 * {@code traceparent} also as a record header; other topics' rows are sent as they are. The lag
 * (pending rows and the age of the oldest) is exported as metrics.
 */
@ApplicationScoped
public class OutboxRelay {

    /** Any constant shared by every relay instance of one database. */
    private static final long ADVISORY_LOCK = 0x6b756f706173L;
    private static final Duration MAX_BACKOFF = Duration.ofMinutes(5);

    private final EntityManager em;
    private final boolean enabled;
    private final int batchSize;
    private final Duration sendTimeout;
    private final int transactionTimeoutSeconds;
    private final AtomicLong pending = new AtomicLong();
    private final AtomicLong oldestAgeSeconds = new AtomicLong();
    private final ReentrantLock wakeLock = new ReentrantLock();
    private final Condition woken = wakeLock.newCondition();
    private final EventFormat cloudEventsJson;
    private final Properties kafkaClient;
    private boolean wakeRequested;
    private volatile boolean running;
    private volatile KafkaProducer<String, byte[]> producer;
    private Thread thread;

    @jakarta.inject.Inject
    public OutboxRelay(EntityManager em, MeterRegistry registry,
            @ConfigProperty(name = "kuopas.outbox.relay.enabled", defaultValue = "false") boolean enabled,
            @ConfigProperty(name = "kuopas.outbox.relay.batch", defaultValue = "100") int batchSize,
            @ConfigProperty(name = "kuopas.outbox.relay.send-timeout", defaultValue = "10s") Duration sendTimeout,
            @ConfigProperty(name = "kuopas.outbox.relay.transaction-timeout", defaultValue = "30s") Duration transactionTimeout) {
        this(em, registry, enabled, batchSize, sendTimeout, transactionTimeout, KafkaClientConfig.fromConfig());
    }

    /** A relay with explicit Kafka client settings (another relay instance, e.g. in a test). */
    public OutboxRelay(EntityManager em, MeterRegistry registry, boolean enabled, int batchSize, Duration sendTimeout,
            Duration transactionTimeout, Properties kafkaClient) {
        this.em = em;
        this.kafkaClient = kafkaClient;
        this.enabled = enabled;
        this.batchSize = batchSize;
        this.sendTimeout = sendTimeout;
        this.transactionTimeoutSeconds = (int) transactionTimeout.toSeconds();
        if (transactionTimeout.compareTo(sendTimeout.plusSeconds(5)) < 0) {
            throw new IllegalStateException("kuopas.outbox.relay.transaction-timeout must exceed send-timeout by 5 s at least");
        }
        this.cloudEventsJson = EventFormatProvider.getInstance().resolveFormat(JsonFormat.CONTENT_TYPE);
        Gauge.builder("kuopas.outbox.pending", pending, AtomicLong::get)
                .description("Outbox events not yet delivered to Kafka").register(registry);
        Gauge.builder("kuopas.outbox.oldest.age.seconds", oldestAgeSeconds, AtomicLong::get)
                .description("Age of the oldest undelivered outbox event").register(registry);
    }

    void onStart(@Observes StartupEvent event) {
        if (!enabled) {
            return;
        }
        running = true;
        thread = new Thread(this::wakeLoop, "outbox-relay");
        thread.setDaemon(true);
        thread.start();
    }

    /** Asks the relay thread for a round now (called after a commit that wrote outbox rows). */
    public void wake() {
        if (!enabled) {
            return;
        }
        wakeLock.lock();
        try {
            wakeRequested = true;
            woken.signal();
        } finally {
            wakeLock.unlock();
        }
    }

    private void wakeLoop() {
        while (running) {
            wakeLock.lock();
            try {
                while (!wakeRequested && running) {
                    woken.await(1, TimeUnit.SECONDS);
                }
                wakeRequested = false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } finally {
                wakeLock.unlock();
            }
            if (running) {
                relayQuietly();
            }
        }
    }

    @Scheduled(every = "${kuopas.outbox.relay.interval:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        if (enabled) {
            relayQuietly();
        }
    }

    private void relayQuietly() {
        try {
            int busy = 0;
            while (running || !enabled) {
                int delivered = round();
                if (delivered == BUSY) {
                    // Another relay (instance) is mid-round and may have missed our rows: try again shortly.
                    if (++busy > 200) {
                        return;
                    }
                    Thread.sleep(10);
                } else if (delivered < batchSize) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            Log.warnf("outbox relay round failed: %s", e.getClass().getSimpleName());
        }
    }

    /**
     * One relay round; returns how many events were delivered (0 also when another relay
     * instance holds the round at the moment).
     */
    public int relayOnce() {
        return Math.max(0, round());
    }

    private int round() {
        int delivered = QuarkusTransaction.requiringNew().timeout(transactionTimeoutSeconds).call(this::deliverBatch);
        QuarkusTransaction.requiringNew().run(this::measureLag);
        return delivered;
    }

    private static final int BUSY = -1;

    private int deliverBatch() {
        boolean mine = (Boolean) em.createNativeQuery("SELECT pg_try_advisory_xact_lock(?1)")
                .setParameter(1, ADVISORY_LOCK).getSingleResult();
        if (!mine) {
            return BUSY;
        }
        @SuppressWarnings("unchecked")
        List<OutboxEvent> batch = em.createNativeQuery(
                "SELECT * FROM outbox_event WHERE published_at IS NULL ORDER BY seq LIMIT " + batchSize
                        + " FOR UPDATE SKIP LOCKED", OutboxEvent.class).getResultList();
        Set<String> blockedKeys = new HashSet<>();
        Instant now = Instant.now();
        long deadline = System.nanoTime() + sendTimeout.toNanos();
        List<OutboxEvent> sending = new ArrayList<>();
        List<Future<RecordMetadata>> acks = new ArrayList<>();
        boolean anyFailed = false;
        for (OutboxEvent row : batch) {
            if (blockedKeys.contains(row.recordKey)) {
                continue;
            }
            if (row.nextAttemptAt.isAfter(now)) {
                blockedKeys.add(row.recordKey);
                continue;
            }
            if (System.nanoTime() > deadline) {
                break; // the rest waits for the next round, untouched
            }
            ProducerRecord<String, byte[]> record;
            try {
                record = record(row);
            } catch (RuntimeException e) {
                // Not a CloudEvent: it waits (with backoff, visible in last_error) without holding up others.
                failed(row, e, blockedKeys);
                continue;
            }
            try {
                acks.add(producer().send(record));
                sending.add(row);
            } catch (RuntimeException e) {
                // The producer could not even take the record (broker unreachable: metadata timed
                // out). Every later send would wait as long, so the round ends here.
                failed(row, e, blockedKeys);
                anyFailed = true;
                break;
            }
        }
        int delivered = 0;
        for (int i = 0; i < sending.size(); i++) {
            OutboxEvent row = sending.get(i);
            if (blockedKeys.contains(row.recordKey)) {
                // An earlier row of this subject failed: this one must go again after it.
                continue;
            }
            try {
                acks.get(i).get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                row.publishedAt = Instant.now();
                row.lastError = null;
                delivered++;
            } catch (Exception e) {
                anyFailed = true;
                failed(row, e, blockedKeys);
            }
        }
        if (anyFailed) {
            // Abandon what is still in flight so no later record of a failed subject overtakes it.
            resetProducer();
        }
        beforeCommit(delivered);
        return delivered;
    }

    /**
     * Called after a batch was sent and acknowledged, before its "published" marks commit. Does
     * nothing; a test overrides it to kill the relay there (what a kill -9 between send and
     * commit leaves: records on the topic, their rows still pending, to be sent again).
     */
    protected void beforeCommit(int delivered) {
    }

    private ProducerRecord<String, byte[]> record(OutboxEvent row) {
        byte[] payload = row.payload.getBytes(StandardCharsets.UTF_8);
        if (!ConsentEvent.TOPIC.equals(row.topic)) {
            return new ProducerRecord<>(row.topic, row.recordKey, payload);
        }
        CloudEvent event = cloudEventsJson.deserialize(payload);
        ProducerRecord<String, byte[]> record = KafkaMessageFactory.createWriter(row.topic, row.recordKey)
                .writeStructured(event, cloudEventsJson);
        Object traceparent = event.getExtension("traceparent");
        if (traceparent != null) {
            record.headers().add("traceparent", traceparent.toString().getBytes(StandardCharsets.UTF_8));
        }
        return record;
    }

    private static void failed(OutboxEvent row, Exception e, Set<String> blockedKeys) {
        row.attempts++;
        long backoffMs = Math.min(MAX_BACKOFF.toMillis(), 250L << Math.min(row.attempts, 20));
        row.nextAttemptAt = Instant.now().plusMillis(backoffMs);
        row.lastError = e.getClass().getSimpleName();
        blockedKeys.add(row.recordKey);
        Log.warnf("outbox event %s not delivered (attempt %d): %s", row.eventId, row.attempts, row.lastError);
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

    private KafkaProducer<String, byte[]> producer() {
        if (producer == null) {
            synchronized (this) {
                if (producer == null) {
                    Properties p = new Properties();
                    p.putAll(kafkaClient);
                    p.put(ProducerConfig.ACKS_CONFIG, "all");
                    p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
                    p.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, "5");
                    long sendMs = sendTimeout.toMillis();
                    p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, String.valueOf(Math.min(5000, sendMs / 2)));
                    p.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, String.valueOf(Math.min(3000, sendMs / 3)));
                    p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, String.valueOf(sendMs - 500));
                    p.put(ProducerConfig.LINGER_MS_CONFIG, "0");
                    producer = new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer());
                }
            }
        }
        return producer;
    }

    private synchronized void resetProducer() {
        if (producer != null) {
            producer.close(Duration.ZERO);
            producer = null;
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        running = false;
        wake();
        if (thread != null) {
            try {
                thread.join(3000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (producer != null) {
            producer.close(Duration.ofSeconds(2));
        }
    }
}
