package fi.kuopas.privacy.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.kuopas.privacy.events.ConsentEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Writes events into the outbox inside the caller's transaction (never directly to Kafka). Right
 * after that transaction commits the relay is woken, so an event leaves within milliseconds;
 * the relay's polling is only a safety net.
 */
@ApplicationScoped
public class Outbox {

    private final ObjectMapper mapper;
    private final TransactionSynchronizationRegistry transactions;
    private final OutboxRelay relay;
    private final String schemaBase;

    public Outbox(ObjectMapper mapper, TransactionSynchronizationRegistry transactions, OutboxRelay relay,
            @ConfigProperty(name = "kuopas.events.schema-base-url") String schemaBase) {
        this.mapper = mapper;
        this.transactions = transactions;
        this.relay = relay;
        this.schemaBase = schemaBase.endsWith("/") ? schemaBase : schemaBase + "/";
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(ConsentEvent event) {
        ConsentEvent complete = event.dataschema() == null
                ? event.withDataschema(schemaBase + ConsentEvent.DATA_SCHEMA_FILE) : event;
        if (!ConsentEvent.isTraceparent(complete.traceparent())) {
            complete = complete.withTraceparent(ConsentEvent.newTraceparent());
        }
        publish(ConsentEvent.TOPIC, complete.subject(), complete.type(), complete.id(), complete);
    }

    /**
     * Any event for any topic (e.g. the audit seals): the payload is written as JSON and relayed
     * under the record key, as it is.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(String topic, String recordKey, String type, UUID eventId, Object payload) {
        OutboxEvent row = new OutboxEvent();
        row.eventId = eventId;
        row.topic = topic;
        row.recordKey = recordKey;
        row.eventType = type;
        try {
            row.payload = mapper.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event cannot be serialised", e);
        }
        row.createdAt = Instant.now();
        row.nextAttemptAt = row.createdAt;
        row.persist();
        wakeRelayAfterCommit();
    }

    private void wakeRelayAfterCommit() {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    relay.wake();
                }
            }
        });
    }
}
