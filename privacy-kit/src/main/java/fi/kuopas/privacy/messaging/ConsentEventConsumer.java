package fi.kuopas.privacy.messaging;

import fi.kuopas.privacy.events.ConsentEvent;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.logging.Log;
import io.smallrye.reactive.messaging.ChannelRegistry;
import io.smallrye.reactive.messaging.PausableChannel;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;

/**
 * A register's consumer of topic {@value #CHANNEL}: the SmallRye Reactive Messaging channel of the
 * same name (connector smallrye-kafka), built into a service only with
 * {@code kuopas.consent-events.consume=true} (a build-time property; the service also declares
 * quarkus-messaging-kafka and its channel configuration, see docs/events.md). The channel logs in
 * with the service's own principal from the kit's {@code kafka.*} settings
 * ({@link fi.kuopas.privacy.kafka.KafkaClientConfig}), reads with the register's own consumer group
 * and dead-letters to the register's own topic ({@code consent-events.dlq.<register>}).
 * <ul>
 * <li><b>Blocking and transactional</b>: one record at a time on a worker thread, in partition
 * order; {@link ConsentEventApplier} claims the event id in the idempotent inbox and runs the
 * register's {@link ConsentEventHandler} in one transaction. The offset is committed only after
 * the record was applied or dead-lettered.</li>
 * <li><b>Transient failures are retried until they succeed</b> (database or broker unreachable,
 * lock or serialization conflicts, see {@link #isTransient}): with exponential backoff up to
 * {@code kuopas.consent-events.max-backoff}, for as long as they last; the record is never
 * nacked for them, so it never reaches the dead-letter topic, and the events after it wait.</li>
 * <li><b>Only poison is dead-lettered</b>: an unparseable event, one the handler refuses
 * ({@link PoisonEventException}), or one whose handler fails with any other error
 * {@value #POISON_ATTEMPTS} times is nacked; the channel's failure strategy
 * {@code dead-letter-queue} writes it to the register's dead-letter topic with the reason
 * ({@code kuopas-dlq-reason}) and origin ({@code kuopas-dlq-origin}) headers, and consuming goes
 * on.</li>
 * </ul>
 * Readiness: {@link ConsentEventsReadiness}.
 */
@IfBuildProperty(name = "kuopas.consent-events.consume", stringValue = "true")
@ApplicationScoped
public class ConsentEventConsumer {

    /** The channel (and topic) name; a register configures mp.messaging.incoming.consent-events.*. */
    public static final String CHANNEL = ConsentEvent.TOPIC;
    static final int POISON_ATTEMPTS = 3;

    private final ConsentEventApplier applier;
    private final Tracer tracer;
    private final ChannelRegistry channels;
    private final String deadLetterTopic;
    private final Duration maxBackoff;
    private final Counter applied;
    private final Counter parked;
    private final Counter retried;
    private final Timer delivery;

    public ConsentEventConsumer(ConsentEventApplier applier, MeterRegistry registry, Tracer tracer, ChannelRegistry channels,
            @ConfigProperty(name = "mp.messaging.incoming.consent-events.dead-letter-queue.topic") String deadLetterTopic,
            @ConfigProperty(name = "kuopas.consent-events.max-backoff", defaultValue = "5s") Duration maxBackoff) {
        this.applier = applier;
        this.tracer = tracer;
        this.channels = channels;
        this.deadLetterTopic = deadLetterTopic;
        this.maxBackoff = maxBackoff;
        this.applied = registry.counter("kuopas.consent.events.applied");
        this.parked = registry.counter("kuopas.consent.events.dead.lettered");
        this.retried = registry.counter("kuopas.consent.events.transient.retries");
        this.delivery = Timer.builder("kuopas.consent.events.delivery")
                .description("From the record's timestamp (the relay's send) to the handler starting on it")
                .publishPercentiles(0.5, 0.9, 0.99).register(registry);
    }

    @Incoming(CHANNEL)
    @Blocking
    public CompletionStage<Void> consume(Message<String> message) {
        IncomingKafkaRecordMetadata<?, ?> record = message.getMetadata(IncomingKafkaRecordMetadata.class)
                .orElseThrow(() -> new IllegalStateException("channel " + CHANNEL + " is not a Kafka channel"));
        delivery.record(Math.max(0, System.currentTimeMillis() - record.getTimestamp().toEpochMilli()), TimeUnit.MILLISECONDS);
        Context parent = W3CTraceContextPropagator.getInstance().extract(Context.root(), record.getHeaders(), HEADERS);
        Span span = tracer.spanBuilder(CHANNEL + " process").setParent(parent)
                .setSpanKind(SpanKind.CONSUMER)
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.destination.name", record.getTopic())
                .setAttribute("messaging.kafka.destination.partition", (long) record.getPartition())
                .setAttribute("messaging.kafka.message.offset", record.getOffset())
                .startSpan();
        String failure;
        try (Scope scope = span.makeCurrent()) {
            failure = handle(message.getPayload(), record);
        } catch (InterruptedException e) {
            // Shutting down mid-retry: neither acked nor nacked, so the record is consumed again.
            Thread.currentThread().interrupt();
            return new CompletableFuture<>();
        } finally {
            span.end();
        }
        if (failure == null) {
            return message.ack();
        }
        parked.increment();
        Log.warnf("consent event at %s dead-lettered to %s: %s", origin(record), deadLetterTopic, failure);
        Headers headers = new RecordHeaders();
        headers.add("kuopas-dlq-reason", failure.getBytes(StandardCharsets.UTF_8));
        headers.add("kuopas-dlq-origin", origin(record).getBytes(StandardCharsets.UTF_8));
        return message.nack(new PoisonEventException(failure),
                Metadata.of(OutgoingKafkaRecordMetadata.builder().withHeaders(headers).build()));
    }

    /** Applies the record; returns null when applied (or already applied), else why it is poison. */
    private String handle(String value, IncomingKafkaRecordMetadata<?, ?> record) throws InterruptedException {
        long backoffMs = 200;
        int attempts = 0;
        while (true) {
            try {
                ConsentEvent event = applier.parse(value);
                if (applier.apply(event)) {
                    applied.increment();
                }
                return null;
            } catch (PoisonEventException e) {
                return e.getMessage();
            } catch (RuntimeException e) {
                if (isTransient(e)) {
                    retried.increment();
                    Log.warnf("consent event at %s not applied yet, retrying in %d ms: %s", origin(record), backoffMs,
                            e.getClass().getSimpleName());
                } else if (++attempts >= POISON_ATTEMPTS) {
                    return "not applied after " + attempts + " attempts: " + e.getClass().getSimpleName();
                }
                Thread.sleep(backoffMs);
                backoffMs = Math.min(backoffMs * 2, maxBackoff.toMillis());
            }
        }
    }

    private static String origin(IncomingKafkaRecordMetadata<?, ?> record) {
        return record.getTopic() + "/" + record.getPartition() + "/" + record.getOffset();
    }

    /** The register's dead-letter topic (its channel's dead-letter-queue.topic). */
    public String deadLetterTopic() {
        return deadLetterTopic;
    }

    /** Pauses the channel (an operator, or a test): nothing is consumed and readiness is DOWN until {@link #start()}. */
    public void stop() {
        pausable().pause();
    }

    /** Resumes a paused channel; it goes on from the last committed offset. */
    public void start() {
        pausable().resume();
    }

    /** True unless the channel was paused. */
    public boolean paused() {
        return pausable().isPaused();
    }

    private PausableChannel pausable() {
        PausableChannel channel = channels.getPausable(CHANNEL);
        if (channel == null) {
            throw new IllegalStateException("channel " + CHANNEL + " is not pausable (mp.messaging.incoming."
                    + CHANNEL + ".pausable=true)");
        }
        return channel;
    }

    private static final TextMapGetter<Headers> HEADERS = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Headers headers) {
            return () -> java.util.Arrays.stream(headers.toArray()).map(h -> h.key()).iterator();
        }

        @Override
        public String get(Headers headers, String key) {
            if (headers == null) {
                return null;
            }
            var header = headers.lastHeader(key);
            return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
        }
    };

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
}
