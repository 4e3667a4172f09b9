package fi.kuopas.customer;

import fi.kuopas.privacy.events.ConsentEvent;
import fi.kuopas.privacy.messaging.ConsentEventHandler;
import io.opentelemetry.api.trace.Span;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** Test-only handler: remembers the trace id each consent event was applied in. */
@ApplicationScoped
public class TraceRecordingHandler implements ConsentEventHandler {

    private static final Map<UUID, String> TRACE_IDS = new ConcurrentHashMap<>();

    @Override
    public void apply(ConsentEvent event) {
        TRACE_IDS.put(event.id(), Span.current().getSpanContext().getTraceId());
    }

    static String traceIdOf(UUID eventId) {
        return TRACE_IDS.get(eventId);
    }
}
