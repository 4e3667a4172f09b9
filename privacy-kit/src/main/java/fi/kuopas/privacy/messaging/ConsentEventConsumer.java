package fi.kuopas.privacy.messaging;

import fi.kuopas.privacy.events.ConsentEvent;
import fi.kuopas.privacy.kafka.KafkaClientConfig;
import fi.kuopas.privacy.kafka.KafkaTopology;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
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
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Consumes topic consent-events for a register (enabled with kuopas.consent-events.consume=true),
 * as the register's own principal and consumer group (its application name). Offsets are
 * committed only after a record was applied or parked, so nothing is skipped.
 * <ul>
 * <li><b>Transient failures are retried until they succeed</b>: the database or the broker being
 * unreachable (a connection, resource or lock error, a retriable Kafka error) is retried with
 * exponential backoff (up to {@code kuopas.consent-events.max-backoff}) for as long as it
 * lasts; the event is never dead-lettered for it.</li>
 * <li><b>Only poison goes to the dead letter</b>: an unparseable event, one the handler refuses
 * ({@link PoisonEventException}), or one whose handler fails with a non-transient error
 * {@value #POISON_ATTEMPTS} times goes to the register's own dead-letter topic
 * {@code consent-events.dlq.<register>} with the reason in a header; consuming goes on.</li>
 * <li><b>Never silently dead</b>: after an unexpected error the loop restarts itself; while it is
 * not consuming, readiness ({@link ConsentEventsReadiness}) is DOWN.</li>
 * </ul>
 */
@ApplicationScoped
public class ConsentEventConsumer {

    static final int POISON_ATTEMPTS = 3;

    private final ConsentEventApplier applier;
    private final Tracer tracer;
    private final String groupId;
    private final String deadLetterTopic;
    private final boolean enabled;
    private final Duration maxBackoff;
    private final Counter applied;
    private final Counter parked;
    private final Counter retried;
    private volatile boolean wanted;
    private volatile boolean consuming;
    private volatile KafkaConsumer<String, String> consumer;
    private KafkaProducer<String, String> dlqProducer;
    private Thread thread;

    public ConsentEventConsumer(ConsentEventApplier applier, MeterRegistry registry, Tracer tracer,
            @ConfigProperty(name = "quarkus.application.name") String groupId,
            @ConfigProperty(name = "kuopas.consent-events.consume", defaultValue = "false") boolean enabled,
            @ConfigProperty(name = "kuopas.consent-events.max-backoff", defaultValue = "5s") Duration maxBackoff) {
        this.applier = applier;
        this.tracer = tracer;
        this.groupId = groupId;
        this.deadLetterTopic = KafkaTopology.deadLetterTopic(groupId);
        this.enabled = enabled;
        this.maxBackoff = maxBackoff;
        this.applied = registry.counter("kuopas.consent.events.applied");
        this.parked = registry.counter("kuopas.consent.events.dead.lettered");
        this.retried = registry.counter("kuopas.consent.events.transient.retries");
    }

    void onStart(@Observes StartupEvent event) {
        if (enabled) {
            start();
        }
    }

    public boolean enabled() {
        return enabled;
    }

    /** True while the poll loop runs (also while it retries a transient failure). */
    public boolean consuming() {
        return consuming;
    }

    public String deadLetterTopic() {
        return deadLetterTopic;
    }

    /** Starts the poll loop (again). */
    public synchronized void start() {
        if (thread != null && thread.isAlive()) {
            return;
        }
        if (dlqProducer == null) {
            Properties p = KafkaClientConfig.fromConfig();
            p.put(ProducerConfig.ACKS_CONFIG, "all");
            p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "5000");
            p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "8000");
            p.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "3000");
            dlqProducer = new KafkaProducer<>(p, new StringSerializer(), new StringSerializer());
        }
        wanted = true;
        thread = new Thread(this::supervise, "consent-events-consumer");
        thread.setDaemon(true);
        thread.start();
    }

    /** Stops the poll loop; readiness goes DOWN until {@link #start()}. */
    public synchronized void stop() {
        wanted = false;
        KafkaConsumer<String, String> c = consumer;
        if (c != null) {
            c.wakeup();
        }
        if (thread != null) {
            try {
                thread.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void supervise() {
        long backoffMs = 500;
        while (wanted) {
            if (runLoop()) {
                backoffMs = 500;
            }
            if (wanted) {
                sleep(backoffMs);
                backoffMs = Math.min(backoffMs * 2, maxBackoff.toMillis());
            }
        }
    }

    /** One life of the poll loop; returns true if it consumed before it ended. */
    private boolean runLoop() {
        Properties c = KafkaClientConfig.fromConfig();
        c.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        c.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        c.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        c.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "100");
        boolean polled = false;
        try (KafkaConsumer<String, String> kc = new KafkaConsumer<>(c, new StringDeserializer(), new StringDeserializer())) {
            consumer = kc;
            kc.subscribe(List.of(ConsentEvent.TOPIC));
            consuming = true;
            while (wanted) {
                var records = kc.poll(Duration.ofMillis(500));
                polled = true;
                for (ConsumerRecord<String, String> record : records) {
                    handle(record);
                }
                if (!records.isEmpty()) {
                    kc.commitSync();
                }
            }
        } catch (WakeupException e) {
            // stopping
        } catch (RuntimeException e) {
            Log.errorf("consent-event consumer stopped, restarting: %s", e.getClass().getSimpleName());
        } finally {
            consuming = false;
            consumer = null;
        }
        return polled;
    }

    /**
     * Handles one record inside a consumer span whose parent is the event's W3C trace context
     * (the record's traceparent header, which the relay copies from the event), so the register's
     * work, its log lines and the calls it makes carry the producer's trace id.
     */
    private void handle(ConsumerRecord<String, String> record) {
        Context parent = W3CTraceContextPropagator.getInstance().extract(Context.root(), record, RECORD_HEADERS);
        Span span = tracer.spanBuilder(ConsentEvent.TOPIC + " process").setParent(parent)
                .setSpanKind(SpanKind.CONSUMER)
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.destination.name", record.topic())
                .setAttribute("messaging.kafka.destination.partition", (long) record.partition())
                .setAttribute("messaging.kafka.message.offset", record.offset())
                .startSpan();
        try (Scope scope = span.makeCurrent()) {
            handleInSpan(record);
        } finally {
            span.end();
        }
    }

    private static final TextMapGetter<ConsumerRecord<String, String>> RECORD_HEADERS = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(ConsumerRecord<String, String> record) {
            return () -> java.util.Arrays.stream(record.headers().toArray()).map(h -> h.key()).iterator();
        }

        @Override
        public String get(ConsumerRecord<String, String> record, String key) {
            if (record == null) {
                return null;
            }
            var header = record.headers().lastHeader(key);
            return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
        }
    };

    private void handleInSpan(ConsumerRecord<String, String> record) {
        long backoffMs = 200;
        int poisonAttempts = 0;
        while (true) {
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
                if (isTransient(e)) {
                    retried.increment();
                    Log.warnf("consent event at %s/%d/%d not applied yet, retrying in %d ms: %s", record.topic(),
                            record.partition(), record.offset(), backoffMs, e.getClass().getSimpleName());
                } else if (++poisonAttempts >= POISON_ATTEMPTS) {
                    park(record, "not applied after " + poisonAttempts + " attempts: " + e.getClass().getSimpleName());
                    return;
                }
                if (!wanted) {
                    throw new WakeupException();
                }
                sleep(backoffMs);
                backoffMs = Math.min(backoffMs * 2, maxBackoff.toMillis());
            }
        }
    }

    /**
     * A failure that goes away by itself: the database unreachable or restarting (connection,
     * resource, operator-intervention, lock and serialization errors — SQLState classes 08, 53,
     * 55, 57, 40), a JDBC transient/recoverable error, a retriable Kafka error, or a transaction
     * that timed out or could not start. A data error (22, 23, 42) or any other exception is not.
     */
    static boolean isTransient(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLTransientException || t instanceof SQLRecoverableException
                    || t instanceof RetriableException) {
                return true;
            }
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                if (state == null || state.length() < 2) {
                    // e.g. "Acquisition timeout while waiting for new connection" of the pool
                    return true;
                }
                String cls = state.substring(0, 2);
                if (List.of("08", "53", "55", "57", "40", "HY").contains(cls)) {
                    return true;
                }
            }
            String name = t.getClass().getName();
            if (name.endsWith("JDBCConnectionException") || name.endsWith("LockAcquisitionException")
                    || name.endsWith("PessimisticLockException") || name.endsWith("LockTimeoutException")
                    || name.endsWith("QueryTimeoutException") || name.equals("jakarta.transaction.SystemException")) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    private void park(ConsumerRecord<String, String> record, String reason) {
        ProducerRecord<String, String> dead = new ProducerRecord<>(deadLetterTopic, record.key(), record.value());
        dead.headers().add("kuopas-dlq-reason", reason.getBytes(StandardCharsets.UTF_8));
        dead.headers().add("kuopas-dlq-origin", (record.topic() + "/" + record.partition() + "/" + record.offset())
                .getBytes(StandardCharsets.UTF_8));
        record.headers().forEach(h -> {
            if (h.key().equals("content-type") || h.key().equals("traceparent")) {
                dead.headers().add(h.key(), h.value());
            }
        });
        try {
            dlqProducer.send(dead).get(10, TimeUnit.SECONDS);
            parked.increment();
            Log.warnf("consent event at %s/%d/%d dead-lettered: %s", record.topic(), record.partition(), record.offset(), reason);
        } catch (Exception e) {
            // Not parked means not skipped: the loop restarts from the last committed offset.
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
        stop();
        if (dlqProducer != null) {
            dlqProducer.close(Duration.ofSeconds(2));
        }
    }
}
