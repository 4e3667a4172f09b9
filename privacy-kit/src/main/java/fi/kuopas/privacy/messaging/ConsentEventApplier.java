package fi.kuopas.privacy.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import fi.kuopas.privacy.events.ConsentEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;

/**
 * Applies one consent event at most once: the event id is claimed in processed_event and the
 * register's handler runs in the same transaction, so a crash either keeps both or neither.
 */
@ApplicationScoped
public class ConsentEventApplier {

    private final ObjectMapper mapper;
    private final Instance<ConsentEventHandler> handlers;
    private final EntityManager em;

    public ConsentEventApplier(ObjectMapper mapper, Instance<ConsentEventHandler> handlers, EntityManager em) {
        this.mapper = mapper;
        this.handlers = handlers;
        this.em = em;
    }

    public ConsentEvent parse(String json) {
        ConsentEvent event;
        try {
            event = mapper.readValue(json, ConsentEvent.class);
        } catch (Exception e) {
            throw new PoisonEventException("not a CloudEvents JSON consent event");
        }
        if (event.id() == null || event.type() == null || event.subject() == null || !"1.0".equals(event.specversion())) {
            throw new PoisonEventException("CloudEvent lacks id, type, subject or specversion 1.0");
        }
        return event;
    }

    /** Returns false when the event had already been applied. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean apply(ConsentEvent event) {
        int claimed = em.createNativeQuery(
                "INSERT INTO processed_event (event_id, event_type, processed_at) VALUES (?1, ?2, ?3) ON CONFLICT DO NOTHING")
                .setParameter(1, event.id()).setParameter(2, event.type()).setParameter(3, Instant.now())
                .executeUpdate();
        if (claimed == 0) {
            return false;
        }
        for (ConsentEventHandler handler : handlers) {
            handler.apply(event);
        }
        return true;
    }
}
