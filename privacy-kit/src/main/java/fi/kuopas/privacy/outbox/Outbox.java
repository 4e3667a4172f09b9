package fi.kuopas.privacy.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.kuopas.privacy.events.ConsentEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;

/** Writes events into the outbox inside the caller's transaction (never directly to Kafka). */
@ApplicationScoped
public class Outbox {

    private final ObjectMapper mapper;

    public Outbox(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(ConsentEvent event) {
        OutboxEvent row = new OutboxEvent();
        row.eventId = event.id();
        row.topic = ConsentEvent.TOPIC;
        row.recordKey = event.subject();
        row.eventType = event.type();
        try {
            row.payload = mapper.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event cannot be serialised", e);
        }
        row.createdAt = Instant.now();
        row.nextAttemptAt = row.createdAt;
        row.persist();
    }
}
