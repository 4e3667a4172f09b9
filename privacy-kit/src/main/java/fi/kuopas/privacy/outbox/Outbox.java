package fi.kuopas.privacy.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.kuopas.privacy.events.ConsentEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;

/** Writes events into the outbox inside the caller's transaction (never directly to Kafka). */
@ApplicationScoped
public class Outbox {

    private final ObjectMapper mapper;

    public Outbox(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(ConsentEvent event) {
        publish(ConsentEvent.TOPIC, event.subject(), event.type(), event.id(), event);
    }

    /** Any event for any topic: the payload is written as JSON and relayed under the record key. */
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
    }
}
