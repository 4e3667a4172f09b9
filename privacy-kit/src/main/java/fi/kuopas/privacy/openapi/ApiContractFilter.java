package fi.kuopas.privacy.openapi;

import fi.kuopas.privacy.problem.Problem;
import fi.kuopas.privacy.problem.ProblemResponsesFilter;
import fi.kuopas.privacy.web.PageHeaders;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * One home for the API contract every Kuopas service publishes, so that a client generated from
 * any of the six specs (or from all six at once) needs no hand-written code:
 * <ul>
 * <li>the problem+json error responses ({@link ProblemResponsesFilter});</li>
 * <li>{@code servers};</li>
 * <li>an {@code openIdConnect} scheme (Keycloak discovery) beside plain bearer, the roles of each
 * operation in its description instead of pretending they are OAuth scopes;</li>
 * <li>operationIds and schema names prefixed with the service (customer, gateway …), unique
 * across the suite;</li>
 * <li>string patterns that only list alternatives ({@code fi|sv|en}) published as {@code enum};</li>
 * <li>{@code Location} on every 201, and a success response on every operation.</li>
 * </ul>
 */
public class ApiContractFilter implements OASFilter {

    static final String OIDC = "oidc";
    static final String BEARER = "bearer";
    private static final String SCHEMA_REF = "#/components/schemas/";
    /** Schemas the kit declares under one name in every service. */
    private static final Set<String> SHARED = Set.of("Problem");
    private static final Pattern ALTERNATIVES = Pattern.compile("(?:\\(\\?i\\))?\\^?\\(?([A-Za-z0-9_-]+(?:\\|[A-Za-z0-9_-]+)+)\\)?\\$?");

    /** Error status → the shared problem+json response component (ProblemResponsesFilter). */
    private static final Map<String, String> PROBLEMS = Map.of("400", "BadRequest", "401", "Unauthorized",
            "403", "Forbidden", "404", "NotFound", "409", "Conflict", "413", "PayloadTooLarge", "500", "InternalError");
    private static final Map<String, String> EXAMPLE_SLUGS = Map.of("400", "validation", "401", "unauthorized",
            "403", "forbidden", "404", "not-found", "409", "conflict", "413", "payload-too-large", "500", "internal");
    private static final Map<String, String> EXAMPLE_TITLES = Map.of("400", "Invalid request", "401", "Unauthorized",
            "403", "Forbidden", "404", "Not found", "409", "Conflict", "413", "Payload too large", "500", "Internal error");

    private final String prefix;
    private final String typePrefix;
    private final String serverUrl;
    private final String discoveryUrl;

    public ApiContractFilter() {
        Config config = ConfigProvider.getConfig();
        this.prefix = config.getOptionalValue("kuopas.openapi.prefix", String.class)
                .orElseGet(() -> config.getOptionalValue("quarkus.application.name", String.class)
                        .map(n -> n.split("-")[0]).orElse("kuopas"))
                .toLowerCase(Locale.ROOT);
        this.typePrefix = capitalise(prefix);
        this.serverUrl = config.getOptionalValue("kuopas.openapi.server-url", String.class)
                .orElseGet(() -> "http://localhost:" + config.getOptionalValue("quarkus.http.port", String.class).orElse("8080"));
        this.discoveryUrl = config.getOptionalValue("kuopas.openapi.oidc-discovery-url", String.class)
                .orElse("http://localhost:8180/realms/kuopas/.well-known/openid-configuration");
    }

    /** For tests: a filter with explicit settings instead of configuration. */
    ApiContractFilter(String prefix, String serverUrl, String discoveryUrl) {
        this.prefix = prefix;
        this.typePrefix = capitalise(prefix);
        this.serverUrl = serverUrl;
        this.discoveryUrl = discoveryUrl;
    }

    /** Called for every schema in the document, nested ones included, before {@link #filterOpenAPI}. */
    @Override
    public Schema filterSchema(Schema schema) {
        String ref = schema.getRef();
        if (ref != null && ref.startsWith(SCHEMA_REF)) {
            schema.setRef(SCHEMA_REF + typeName(ref.substring(SCHEMA_REF.length())));
        }
        enumFromPattern(schema);
        return schema;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        new ProblemResponsesFilter().filterOpenAPI(openAPI);
        problemExamples(openAPI.getComponents());
        renameSchemas(openAPI.getComponents());
        if (openAPI.getInfo() != null && (openAPI.getInfo().getDescription() == null || openAPI.getInfo().getDescription().isBlank())) {
            openAPI.getInfo().setDescription(openAPI.getInfo().getTitle() + ", part of the Kuopas privacy registers. Errors are "
                    + "RFC 9457 application/problem+json; lists are paged (X-Total-Count and Link headers); every read "
                    + "of personal data is in the service's audit log.");
        }
        openAPI.setServers(new ArrayList<>(List.of(OASFactory.createServer().url(serverUrl)
                .description("this service in the local suite (bin/suite up); production sets its own host"))));
        securitySchemes(openAPI.getComponents());
        List<SecurityRequirement> global = openAPI.getSecurity();
        boolean globallySecured = global != null && !global.isEmpty();
        if (globallySecured) {
            openAPI.setSecurity(requirements());
        }
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        Set<String> ids = new LinkedHashSet<>();
        for (var path : openAPI.getPaths().getPathItems().entrySet()) {
            for (var op : path.getValue().getOperations().entrySet()) {
                operation(path.getKey(), op.getKey(), op.getValue(), ids, globallySecured);
            }
        }
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values()
                .forEach(ApiContractFilter::withoutPhantomOk));
        BodyExamples.addMissing(openAPI);
    }

    /**
     * An operation answering 201 or 202 that returns a JAX-RS {@code Response} is also given a
     * schemaless "200 OK" by the scanner; it never answers that, and a generator would type the
     * operation's result as untyped because of it.
     */
    static void withoutPhantomOk(Operation op) {
        var responses = op.getResponses();
        if (responses == null || responses.getAPIResponses() == null) {
            return;
        }
        var ok = responses.getAPIResponse("200");
        if (ok == null || !(responses.hasAPIResponse("201") || responses.hasAPIResponse("202"))) {
            return;
        }
        boolean schemaless = ok.getContent() == null || ok.getContent().getMediaTypes() == null
                || ok.getContent().getMediaTypes().values().stream().allMatch(m -> m.getSchema() == null
                        || (m.getSchema().getRef() == null && m.getSchema().getType() == null && m.getSchema().getProperties() == null));
        if (schemaless) {
            responses.removeAPIResponse("200");
        }
    }

    /** A role given as a property expression ({@code @RolesAllowed("${key:default}")}) named by its value. */
    static String resolvedRole(String role) {
        if (!role.startsWith("${") || !role.endsWith("}")) {
            return role;
        }
        String expression = role.substring(2, role.length() - 1);
        int colon = expression.indexOf(':');
        String key = colon < 0 ? expression : expression.substring(0, colon);
        String fallback = colon < 0 ? role : expression.substring(colon + 1);
        return ConfigProvider.getConfig().getOptionalValue(key, String.class).orElse(fallback);
    }

    private static void describe(Operation op, String text) {
        op.setDescription(op.getDescription() == null || op.getDescription().isBlank() ? text
                : op.getDescription().strip() + "\n\n" + text);
    }

    private void operation(String path, PathItem.HttpMethod method, Operation op, Set<String> ids, boolean globallySecured) {
        boolean secured = globallySecured || (op.getSecurity() != null && !op.getSecurity().isEmpty());
        String id = op.getOperationId() == null ? method.name().toLowerCase(Locale.ROOT) + path.replaceAll("[^A-Za-z0-9]", "")
                : op.getOperationId();
        if (!id.startsWith(prefix)) {
            id = prefix + capitalise(id);
        }
        String unique = id;
        for (int i = 2; !ids.add(unique); i++) {
            unique = id + i;
        }
        op.setOperationId(unique);

        if (op.getSecurity() != null && !op.getSecurity().isEmpty()) {
            Set<String> roles = new LinkedHashSet<>();
            for (SecurityRequirement requirement : op.getSecurity()) {
                if (requirement.getSchemes() != null) {
                    requirement.getSchemes().values().forEach(scopes -> {
                        if (scopes != null) {
                            scopes.forEach(scope -> roles.add(resolvedRole(scope)));
                        }
                    });
                }
            }
            op.setSecurity(requirements());
            String who = roles.isEmpty() ? "Any authenticated caller (access token)."
                    : "Roles: " + String.join(", ", roles) + " (realm roles in the access token; any one suffices).";
            describe(op, who);
        } else if (!secured) {
            op.setSecurity(new ArrayList<>());
            describe(op, "Public: no token needed.");
        }

        var responses = op.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            op.setResponses(responses);
        }
        if (secured) {
            for (String code : List.of("401", "403")) {
                if (responses.getAPIResponse(code) == null) {
                    responses.addAPIResponse(code, OASFactory.createAPIResponse());
                }
            }
        }
        // An error response declared without a body (e.g. the 401/403 added for @RolesAllowed) is
        // answered as problem+json all the same: point it at the shared problem response.
        if (responses.getAPIResponses() != null) {
            for (var e : List.copyOf(responses.getAPIResponses().entrySet())) {
                String ref = PROBLEMS.get(e.getKey());
                APIResponse r = e.getValue();
                if (ref != null && r.getRef() == null && (r.getContent() == null || r.getContent().getMediaTypes() == null
                        || r.getContent().getMediaTypes().isEmpty())) {
                    responses.addAPIResponse(e.getKey(), OASFactory.createAPIResponse().ref(ref));
                }
            }
        }
        Map<String, APIResponse> all = responses.getAPIResponses() == null ? Map.of() : responses.getAPIResponses();
        boolean success = all.keySet().stream().anyMatch(code -> code.startsWith("2") || code.startsWith("3"));
        if (!success) {
            responses.addAPIResponse(method == PathItem.HttpMethod.GET ? "200" : "204",
                    OASFactory.createAPIResponse().description(method == PathItem.HttpMethod.GET ? "OK" : "Done; no content"));
        }
        APIResponse ok = responses.getAPIResponse("200");
        boolean paged = op.getParameters() != null && op.getParameters().stream()
                .anyMatch(p -> "page".equals(p.getName()) && p.getIn() == Parameter.In.QUERY);
        if (paged && ok != null && ok.getRef() == null) {
            ok.addHeader(PageHeaders.TOTAL, OASFactory.createHeader().description("Rows in all pages")
                    .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int64")));
            ok.addHeader("Link", OASFactory.createHeader()
                    .description("RFC 8288 links to the first, prev, next and last pages")
                    .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)));
        }
        APIResponse created = responses.getAPIResponse("201");
        if (created != null && created.getRef() == null
                && (created.getHeaders() == null || !created.getHeaders().containsKey("Location"))) {
            created.addHeader("Location", OASFactory.createHeader()
                    .description("URL of the created resource")
                    .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("uri")));
        }
    }

    private static void problemExamples(Components components) {
        if (components == null || components.getResponses() == null) {
            return;
        }
        PROBLEMS.forEach((code, name) -> {
            APIResponse response = components.getResponses().get(name);
            if (response == null || response.getContent() == null || response.getContent().getMediaTypes() == null) {
                return;
            }
            var media = response.getContent().getMediaTypes().get(Problem.MEDIA_TYPE);
            if (media != null && media.getExample() == null) {
                Map<String, Object> example = new LinkedHashMap<>();
                example.put("type", "https://kuopas.fi/problems/" + EXAMPLE_SLUGS.get(code));
                example.put("title", EXAMPLE_TITLES.get(code));
                example.put("status", Integer.parseInt(code));
                example.put("detail", response.getDescription());
                media.setExample(example);
            }
        });
    }

    private void securitySchemes(Components components) {
        if (components == null) {
            return;
        }
        Map<String, SecurityScheme> schemes = new LinkedHashMap<>();
        schemes.put(OIDC, OASFactory.createSecurityScheme().type(SecurityScheme.Type.OPENIDCONNECT)
                .openIdConnectUrl(discoveryUrl)
                .description("Keycloak realm kuopas: an access token (authorization code flow for people, client "
                        + "credentials for service accounts). ID tokens are refused. The roles an operation needs "
                        + "are named in its description."));
        schemes.put(BEARER, OASFactory.createSecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                .bearerFormat("JWT").description("The same Keycloak access token, sent as-is."));
        components.setSecuritySchemes(schemes);
    }

    private static List<SecurityRequirement> requirements() {
        return new ArrayList<>(List.of(
                OASFactory.createSecurityRequirement().addScheme(OIDC),
                OASFactory.createSecurityRequirement().addScheme(BEARER)));
    }

    private void renameSchemas(Components components) {
        if (components == null || components.getSchemas() == null) {
            return;
        }
        Map<String, Schema> renamed = new LinkedHashMap<>();
        components.getSchemas().forEach((name, schema) -> renamed.put(typeName(name), schema));
        components.setSchemas(renamed);
    }

    String typeName(String name) {
        return SHARED.contains(name) || name.startsWith(typePrefix) ? name : typePrefix + name;
    }

    static void enumFromPattern(Schema schema) {
        String pattern = schema.getPattern();
        if (pattern == null || (schema.getEnumeration() != null && !schema.getEnumeration().isEmpty())) {
            return;
        }
        var m = ALTERNATIVES.matcher(pattern);
        if (m.matches()) {
            schema.setEnumeration(new ArrayList<>(Arrays.asList((Object[]) m.group(1).split("\\|"))));
            schema.setPattern(null);
        }
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
