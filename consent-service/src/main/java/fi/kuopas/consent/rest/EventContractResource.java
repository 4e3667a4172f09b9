package fi.kuopas.consent.rest;

import fi.kuopas.privacy.problem.ProblemException;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The published contract of the suite's events: the AsyncAPI 3.0 document and the JSON Schemas
 * that every consent event's {@code dataschema} points at. Public: they describe, they hold no
 * data.
 */
@Path("/api/v1/events")
@Tag(name = "Event contract", description = "AsyncAPI document and JSON Schemas of the consent events")
@PermitAll
public class EventContractResource {

    private static final Map<String, String> SCHEMAS = Map.of(
            "consent-event.v1.json", "events/consent-event.v1.json",
            "consent-event-data.v1.json", "events/consent-event-data.v1.json");

    @GET
    @Path("/asyncapi.yaml")
    @Produces("application/yaml")
    @Operation(operationId = "getEventsAsyncApi", summary = "AsyncAPI 3.0 document of the suite's Kafka topics")
    public Response asyncApi() {
        return Response.ok(read("events/asyncapi.yaml")).build();
    }

    @GET
    @Path("/schemas/{file}")
    @Produces("application/schema+json")
    @Operation(operationId = "getEventSchema", summary = "JSON Schema of a consent event (consent-event.v1.json) or of its data (consent-event-data.v1.json)")
    public Response schema(@PathParam("file") String file) {
        String resource = SCHEMAS.get(file);
        if (resource == null) {
            throw ProblemException.notFound("event schema " + file + " (published: " + String.join(", ",
                    SCHEMAS.keySet().stream().sorted().toList()) + ")");
        }
        return Response.ok(read(resource)).build();
    }

    private static byte[] read(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " missing from the build");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
