package fi.kuopas.privacy.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A CloudEvents 1.0 event on topic {@value #TOPIC}, sent in the <b>structured content mode</b> of
 * the CloudEvents Kafka protocol binding: the record value is this JSON envelope, the record
 * header {@code content-type} is {@value #CONTENT_TYPE} (stable contract, docs/architecture.md).
 * {@code subject} is the subject key the consent was filed under; {@code data.subjectKeys} lists
 * every subject key of the consent, so a register finds the person by whichever key it holds. {@code dataschema} points at the JSON Schema of
 * {@code data} that consent-service publishes; {@code traceparent} (the W3C Distributed Tracing
 * extension) carries the trace context. A raw identity code never appears in an event.
 */
@Schema(name = "ConsentEvent")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ConsentEvent(
        String specversion,
        UUID id,
        String source,
        String type,
        Instant time,
        String subject,
        String datacontenttype,
        String dataschema,
        String traceparent,
        ConsentEventData data) {

    public static final String TOPIC = "consent-events";
    public static final String CONTENT_TYPE = "application/cloudevents+json";
    /** The file name of the JSON Schema of {@code data}, served by consent-service under /api/v1/events/schemas/. */
    public static final String DATA_SCHEMA_FILE = "consent-event-data.v1.json";
    public static final String GRANTED = "fi.kuopas.consent.granted.v1";
    public static final String WITHDRAWN = "fi.kuopas.consent.withdrawn.v1";
    /** A consent reached its expiry date: registers apply it like a withdrawal. */
    public static final String EXPIRED = "fi.kuopas.consent.expired.v1";
    public static final String OBJECTION_RECORDED = "fi.kuopas.objection.recorded.v1";
    public static final String LEGAL_BASIS_CHANGED = "fi.kuopas.legal-basis.changed.v1";
    public static final String ERASED = "fi.kuopas.subject.erased.v1";
    public static final List<String> TYPES = List.of(GRANTED, WITHDRAWN, EXPIRED, OBJECTION_RECORDED,
            LEGAL_BASIS_CHANGED, ERASED);

    private static final SecureRandom RANDOM = new SecureRandom();

    public static ConsentEvent of(String type, String source, String subjectKey, ConsentEventData data) {
        return of(type, source, subjectKey, List.of(subjectKey), data);
    }

    /** An event about a consent filed under {@code subjectKey} that also holds the other {@code subjectKeys}. */
    public static ConsentEvent of(String type, String source, String subjectKey, List<String> subjectKeys,
            ConsentEventData data) {
        LinkedHashSet<String> keys = new java.util.LinkedHashSet<>();
        keys.add(subjectKey);
        keys.addAll(subjectKeys);
        return new ConsentEvent("1.0", UUID.randomUUID(), source, type, Instant.now(), subjectKey,
                "application/json", null, newTraceparent(),
                (data == null ? new ConsentEventData(null, null, null, null, null, null) : data)
                        .withSubjectKeys(List.copyOf(keys)));
    }

    /** Every key a register may look the person up by: {@code subject} and {@code data.subjectKeys}. */
    public List<String> keys() {
        LinkedHashSet<String> keys = new java.util.LinkedHashSet<>();
        keys.add(subject);
        if (data != null && data.subjectKeys() != null) {
            keys.addAll(data.subjectKeys());
        }
        return List.copyOf(keys);
    }

    public ConsentEvent withDataschema(String uri) {
        return new ConsentEvent(specversion, id, source, type, time, subject, datacontenttype, uri, traceparent, data);
    }

    public ConsentEvent withTraceparent(String value) {
        return new ConsentEvent(specversion, id, source, type, time, subject, datacontenttype, dataschema, value, data);
    }

    /** A new W3C trace context (version 00, random trace and span ids, sampled). */
    public static String newTraceparent() {
        byte[] trace = new byte[16];
        byte[] span = new byte[8];
        RANDOM.nextBytes(trace);
        RANDOM.nextBytes(span);
        return "00-" + HexFormat.of().formatHex(trace) + "-" + HexFormat.of().formatHex(span) + "-01";
    }

    /** True for a syntactically valid W3C traceparent (version 00). */
    public static boolean isTraceparent(String value) {
        return value != null && value.matches("00-(?!0{32})[0-9a-f]{32}-(?!0{16})[0-9a-f]{16}-[0-9a-f]{2}");
    }
}
