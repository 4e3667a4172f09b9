package fi.kuopas.privacy.problem;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Declares the problem+json error responses once, as reusable components, and references them
 * from every operation, so generated clients know every error shape.
 */
public class ProblemResponsesFilter implements OASFilter {

    /** In a fixed order, so the OpenAPI document comes out the same on every build. */
    private static final Map<String, String> RESPONSES = orderedResponses(
            "BadRequest", "Invalid input: malformed JSON, wrong types, failed validation or an invalid identifier",
            "Unauthorized", "No valid bearer token",
            "Forbidden", "The caller's role does not allow this operation",
            "NotFound", "No such resource, or not visible to the caller",
            "Conflict", "Concurrent modification or a state that does not allow the operation. Processing of a data "
                    + "subject whose processing is restricted (GDPR Art 18) is refused with type "
                    + "https://kuopas.fi/problems/processing-restricted in every register (some answered .../restricted "
                    + "before; the status was and stays 409)",
            "PayloadTooLarge", "Request body larger than the configured limit",
            "InternalError", "Unexpected error; the body carries an error id, never details");

    private static Map<String, String> orderedResponses(String... namesAndTexts) {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < namesAndTexts.length; i += 2) {
            m.put(namesAndTexts[i], namesAndTexts[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(m);
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents();
        if (components == null) {
            components = OASFactory.createComponents();
            openAPI.setComponents(components);
        }
        if (components.getSchemas() == null || !components.getSchemas().containsKey("Problem")) {
            components.addSchema("Problem", problemSchema());
        }
        for (var e : RESPONSES.entrySet()) {
            components.addResponse(e.getKey(), OASFactory.createAPIResponse()
                    .description(e.getValue())
                    .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                            OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem")))));
        }
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (var path : openAPI.getPaths().getPathItems().entrySet()) {
            boolean hasId = path.getKey().contains("{");
            for (var op : path.getValue().getOperations().entrySet()) {
                decorate(op.getKey(), op.getValue(), hasId, openAPI);
            }
        }
    }

    private void decorate(PathItem.HttpMethod method, Operation op, boolean hasId, OpenAPI openAPI) {
        if (op.getResponses() == null) {
            op.setResponses(OASFactory.createAPIResponses());
        }
        boolean secured = (op.getSecurity() != null && !op.getSecurity().isEmpty())
                || (op.getSecurity() == null && openAPI.getSecurity() != null && !openAPI.getSecurity().isEmpty());
        add(op, "400", "BadRequest");
        if (secured) {
            add(op, "401", "Unauthorized");
            add(op, "403", "Forbidden");
        }
        if (hasId) {
            add(op, "404", "NotFound");
        }
        if (method == PathItem.HttpMethod.PUT || method == PathItem.HttpMethod.PATCH
                || method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.DELETE) {
            add(op, "409", "Conflict");
            add(op, "413", "PayloadTooLarge");
        }
        add(op, "500", "InternalError");
    }

    private static void add(Operation op, String code, String ref) {
        if (op.getResponses().getAPIResponse(code) == null) {
            APIResponse response = OASFactory.createAPIResponse().ref(ref);
            op.getResponses().addAPIResponse(code, response);
        }
    }

    private static Schema problemSchema() {
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem details")
                .required(List.of("title", "status"))
                .addProperty("type", OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("uri"))
                .addProperty("title", OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER))
                .addProperty("detail", OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                .addProperty("instance", OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                .addProperty("violations", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                        .items(OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                                .addProperty("field", OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                                .addProperty("message", OASFactory.createSchema().addType(Schema.SchemaType.STRING))));
    }
}
