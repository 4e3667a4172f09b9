package fi.kuopas.privacy.events;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A CloudEvents 1.0 structured-mode JSON envelope on topic {@value #TOPIC} (stable contract, docs/architecture.md).
 * {@code subject} is the subject key; a raw identity code never appears in an event.
 */
@Schema(name = "ConsentEvent")
public record ConsentEvent(
        String specversion,
        UUID id,
        String source,
        String type,
        Instant time,
        String subject,
        String datacontenttype,
        ConsentEventData data) {

    public static final String TOPIC = "consent-events";
    public static final String GRANTED = "fi.kuopas.consent.granted.v1";
    public static final String WITHDRAWN = "fi.kuopas.consent.withdrawn.v1";
    /** A consent reached its expiry date: registers apply it like a withdrawal. */
    public static final String EXPIRED = "fi.kuopas.consent.expired.v1";
    public static final String OBJECTION_RECORDED = "fi.kuopas.objection.recorded.v1";
    public static final String LEGAL_BASIS_CHANGED = "fi.kuopas.legal-basis.changed.v1";
    public static final String ERASED = "fi.kuopas.subject.erased.v1";

    public static ConsentEvent of(String type, String source, String subjectKey, ConsentEventData data) {
        return new ConsentEvent("1.0", UUID.randomUUID(), source, type, Instant.now(), subjectKey,
                "application/json", data);
    }
}
