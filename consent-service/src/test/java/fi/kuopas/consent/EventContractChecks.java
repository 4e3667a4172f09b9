package fi.kuopas.consent;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventDeserializer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/** The event contract, checked on records as consumers receive them. */
final class EventContractChecks {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchema ENVELOPE = schema();

    private EventContractChecks() {
    }

    static void assertValid(Collection<ConsumerRecord<String, String>> records) {
        try (CloudEventDeserializer sdk = new CloudEventDeserializer()) {
            sdk.configure(Map.of(), false);
            for (ConsumerRecord<String, String> r : records) {
                Header contentType = r.headers().lastHeader("content-type");
                assertThat(contentType).as("content-type header of " + r.offset()).isNotNull();
                assertThat(new String(contentType.value(), StandardCharsets.UTF_8))
                        .isEqualTo("application/cloudevents+json");
                CloudEvent event = sdk.deserialize(r.topic(), r.headers(), r.value().getBytes(StandardCharsets.UTF_8));
                assertThat(event.getSubject()).isEqualTo(r.key());
                assertThat(event.getDataSchema()).isNotNull();
                assertThat(event.getDataSchema().toString()).endsWith("/api/v1/events/schemas/consent-event-data.v1.json");
                String traceparent = (String) event.getExtension("traceparent");
                assertThat(traceparent).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01");
                assertThat(new String(r.headers().lastHeader("traceparent").value(), StandardCharsets.UTF_8))
                        .isEqualTo(traceparent);
                JsonNode json = JSON.readTree(r.value());
                assertThat(ENVELOPE.validate(json)).as("schema errors of " + r.value()).isEmpty();
                List<String> keys = new ArrayList<>();
                json.path("data").path("subjectKeys").forEach(k -> keys.add(k.asText()));
                assertThat(keys).as("every event lists its subject among the subject keys").contains(r.key());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonSchema schema() {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        try (InputStream in = EventContractChecks.class.getClassLoader().getResourceAsStream("events/consent-event.v1.json")) {
            return factory.getSchema(SchemaLocation.of("classpath:events/consent-event.v1.json"), JSON.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
