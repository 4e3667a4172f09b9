package fi.kuopas.privacy.openapi;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * Gives every request and success-response body of a document an example, so generated clients'
 * documentation and API consoles show a realistic payload for each operation. A body that already
 * has one (an {@code @ExampleObject} or an {@code example} on its schema) keeps it; the others get
 * one built from their schema: each property's own example or enum value where it has one,
 * otherwise a synthetic Finnish value chosen by the property's name and format. Identity codes are
 * the suite's demo subject's (the same as in the README and the demo data), and email addresses are in
 * the {@code example.fi} domain. Binary bodies (PDF, ZIP) get none.
 */
final class BodyExamples {

    private static final int MAX_DEPTH = 12;
    /** Values tried, in order, when the one chosen by name does not match a property's pattern. */
    private static final List<String> FALLBACKS = List.of("email_5b7c0d2e4f8a9b1c3d5e7f9a0b2c4d6e8f0a1b3c5d7e9f1a2b4c6d8e0f1a3b5c",
            "3f0c8a52-5d1e-4f0b-9a43-6c2d7e1b9a10", "K-1024", "KUO-A12", "fi", "FI", "1", "2026-03-14", "131052-308T");
    private static final String HTML = "<!DOCTYPE html><html lang=\"fi\"><head><meta charset=\"utf-8\"><title>Kuopas</title></head>"
            + "<body><h1>Tietopyyntö</h1><p>Matti Meikäläinen</p></body></html>";
    private static final String NDJSON = "{\"externalId\":\"PMS-1024\",\"personalIdentityCode\":\"131052-308T\","
            + "\"firstName\":\"Matti\",\"lastName\":\"Meikäläinen\",\"email\":\"demo.subject@example.fi\"}\n";
    private static final String CSV = "name;email;phone\r\nMatti Meikäläinen;demo.subject@example.fi;+358401234567\r\n";

    private final Map<String, Schema> schemas;

    private BodyExamples(Components components) {
        this.schemas = components == null || components.getSchemas() == null ? Map.of() : components.getSchemas();
    }

    static void addMissing(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        BodyExamples examples = new BodyExamples(openAPI.getComponents());
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(examples::operation));
    }

    private void operation(Operation op) {
        if (op.getRequestBody() != null) {
            content(op.getRequestBody().getContent());
        }
        if (op.getResponses() != null && op.getResponses().getAPIResponses() != null) {
            op.getResponses().getAPIResponses().forEach((code, response) -> {
                if (code.startsWith("2") && response.getContent() != null) {
                    content(response.getContent());
                }
            });
        }
    }

    private void content(Content content) {
        if (content == null || content.getMediaTypes() == null) {
            return;
        }
        content.getMediaTypes().forEach((type, media) -> {
            if (hasExample(media)) {
                return;
            }
            Object example = byMediaType(type);
            if (example == null && media.getSchema() != null && !binary(media.getSchema())) {
                example = value(null, media.getSchema(), 0, new HashSet<>());
            }
            if (example != null) {
                media.setExample(example);
            }
        });
    }

    /** The example of a body whose media type says more than its schema (documents, files, key sets). */
    private static Object byMediaType(String type) {
        if (type.startsWith("text/html")) {
            return HTML;
        }
        if (type.startsWith("text/csv")) {
            return CSV;
        }
        if (type.startsWith("application/x-ndjson")) {
            return NDJSON;
        }
        if (type.startsWith("application/jwk-set+json")) {
            return Map.of("keys", List.of(Map.of("kty", "EC", "crv", "P-256", "alg", "ES256", "use", "sig",
                    "kid", "Xy9vC2kq8m1fQn5tLr3wHs7uJd0bGe4aZc6pVi2oYk8",
                    "x", "f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU", "y", "x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0")));
        }
        if (type.startsWith("application/schema+json")) {
            return Map.of("$schema", "https://json-schema.org/draft/2020-12/schema", "type", "object",
                    "required", List.of("subjectKeys"), "properties", Map.of("subjectKeys", Map.of("type", "array",
                            "items", Map.of("type", "string"))));
        }
        return null;
    }

    /** Whether a body already shows an example, directly or through its schema. */
    static boolean hasExample(MediaType media) {
        if (media.getExample() != null || (media.getExamples() != null && !media.getExamples().isEmpty())) {
            return true;
        }
        Schema s = media.getSchema();
        return s != null && (s.getExample() != null || (s.getExamples() != null && !s.getExamples().isEmpty()));
    }

    private boolean binary(Schema schema) {
        Schema s = resolve(schema);
        return s != null && ("binary".equals(s.getFormat()) || "byte".equals(s.getFormat()));
    }

    private Schema resolve(Schema schema) {
        if (schema != null && schema.getRef() != null) {
            return schemas.get(schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1));
        }
        return schema;
    }

    private Object value(String property, Schema schema, int depth, Set<String> path) {
        if (schema.getExample() != null) {
            return schema.getExample();
        }
        if (schema.getExamples() != null && !schema.getExamples().isEmpty()) {
            return schema.getExamples().get(0);
        }
        if (property != null && property.toLowerCase(Locale.ROOT).contains("birth")) {
            return "1952-10-13";
        }
        String ref = schema.getRef();
        if (ref != null) {
            String name = ref.substring(ref.lastIndexOf('/') + 1);
            Schema target = schemas.get(name);
            if (target == null || depth > MAX_DEPTH || !path.add(name)) {
                return null;
            }
            Object v = value(property, target, depth + 1, path);
            path.remove(name);
            return v;
        }
        if (schema.getDefaultValue() != null) {
            return schema.getDefaultValue();
        }
        if (schema.getEnumeration() != null && !schema.getEnumeration().isEmpty()) {
            return schema.getEnumeration().get(0);
        }
        for (List<Schema> alternatives : java.util.Arrays.asList(schema.getAllOf(), schema.getOneOf(), schema.getAnyOf())) {
            if (alternatives != null) {
                for (Schema alternative : alternatives) {
                    Object v = value(property, alternative, depth + 1, path);
                    if (v != null) {
                        return v;
                    }
                }
            }
        }
        SchemaType type = type(schema);
        if (type == null) {
            return schema.getProperties() != null ? object(schema, depth, path) : null;
        }
        return switch (type) {
            case OBJECT -> object(schema, depth, path);
            case ARRAY -> {
                Object item = schema.getItems() == null ? null : value(singular(property), schema.getItems(), depth + 1, path);
                yield item == null ? List.of() : List.of(item);
            }
            case STRING -> matching(string(property, schema.getFormat()), schema.getPattern());
            case INTEGER -> integer(property);
            case NUMBER -> 37.5;
            case BOOLEAN -> Boolean.TRUE;
            default -> null;
        };
    }

    private static SchemaType type(Schema schema) {
        List<SchemaType> types = schema.getType();
        if (types == null || types.isEmpty()) {
            return null;
        }
        return types.stream().filter(t -> t != SchemaType.NULL).findFirst().orElse(null);
    }

    private Object object(Schema schema, int depth, Set<String> path) {
        Map<String, Object> map = new LinkedHashMap<>();
        if (schema.getProperties() != null && depth <= MAX_DEPTH) {
            schema.getProperties().forEach((name, property) -> {
                Object v = value(name, property, depth + 1, path);
                if (v != null) {
                    map.put(name, v);
                }
            });
        }
        if (map.isEmpty() && schema.getAdditionalPropertiesSchema() != null && depth <= MAX_DEPTH) {
            Object v = value(null, schema.getAdditionalPropertiesSchema(), depth + 1, path);
            if (v != null) {
                map.put("customer", v);
            }
        }
        return map;
    }

    /** The value if it fits the pattern (unanchored, as JSON Schema reads it), else the first fallback that does. */
    private static String matching(String value, String pattern) {
        if (pattern == null) {
            return value;
        }
        java.util.regex.Pattern p;
        try {
            p = java.util.regex.Pattern.compile(pattern);
        } catch (java.util.regex.PatternSyntaxException e) {
            return value;
        }
        if (p.matcher(value).find()) {
            return value;
        }
        return FALLBACKS.stream().filter(v -> p.matcher(v).find()).findFirst().orElse(null);
    }

    private static String singular(String property) {
        return property != null && property.endsWith("s") ? property.substring(0, property.length() - 1) : property;
    }

    private static Object integer(String property) {
        String p = property == null ? "" : property.toLowerCase(Locale.ROOT);
        if (p.equals("page")) {
            return 0;
        }
        if (p.equals("size")) {
            return 50;
        }
        if (p.contains("year")) {
            return p.endsWith("years") ? 6 : 2026;
        }
        if (p.contains("month")) {
            return 12;
        }
        if (p.contains("status")) {
            return 200;
        }
        return 3;
    }

    private static String string(String property, String format) {
        if (format != null) {
            switch (format) {
                case "uuid":
                    return "3f0c8a52-5d1e-4f0b-9a43-6c2d7e1b9a10";
                case "date":
                    return property != null && property.toLowerCase(Locale.ROOT).contains("birth") ? "1952-10-13" : "2026-03-14";
                case "date-time":
                    return "2026-03-14T09:30:00+02:00";
                case "time":
                    return "09:30:00";
                case "email":
                    return "demo.subject@example.fi";
                case "uri", "url":
                    return "https://kuopas.fi/";
                case "duration":
                    return "P30D";
                default:
                    break;
            }
        }
        String p = property == null ? "" : property.toLowerCase(Locale.ROOT);
        if (p.contains("identitycode") || p.equals("pic")) {
            return "131052-308T";
        }
        if (p.contains("birth")) {
            return "1952-10-13";
        }
        if (p.contains("email")) {
            return "demo.subject@example.fi";
        }
        if (p.contains("phone")) {
            return "+358401234567";
        }
        if (p.contains("businessid")) {
            return "2345678-0";
        }
        if (p.equals("firstname") || p.equals("firstnames")) {
            return "Matti";
        }
        if (p.equals("lastname") || p.equals("surname")) {
            return "Meikäläinen";
        }
        if (p.equals("name") || p.endsWith("name")) {
            return "Matti Meikäläinen";
        }
        if (p.contains("postalcode") || p.equals("postcode")) {
            return "70100";
        }
        if (p.equals("city") || p.contains("postoffice") || p.contains("municipality")) {
            return "Kuopio";
        }
        if (p.contains("address")) {
            return "Kivistönkatu 4 B 12, 70100 Kuopio";
        }
        if (p.equals("country") || p.endsWith("country")) {
            return "FI";
        }
        if (p.equals("lang") || p.equals("language") || p.equals("locale")) {
            return "fi";
        }
        if (p.endsWith("key") || p.endsWith("keys")) {
            return "email_5b7c0d2e4f8a9b1c3d5e7f9a0b2c4d6e8f0a1b3c5d7e9f1a2b4c6d8e0f1a3b5c";
        }
        if (p.equals("id") || p.endsWith("id")) {
            return "3f0c8a52-5d1e-4f0b-9a43-6c2d7e1b9a10";
        }
        if (p.contains("url") || p.contains("uri") || p.contains("link") || p.equals("type")) {
            return "https://kuopas.fi/problems/validation";
        }
        if (p.contains("reference")) {
            return "suomi.fi tx 7f3a-22c1";
        }
        if (p.contains("register")) {
            return "customer";
        }
        if (p.contains("code")) {
            return "K-1024";
        }
        if (p.contains("reason") || p.contains("grounds") || p.contains("details") || p.contains("notes")
                || p.contains("description") || p.contains("text") || p.contains("detail") || p.contains("justification")) {
            return "Asukkaan pyynnöstä, puhelu asiakaspalveluun 14.3.2026";
        }
        if (p.contains("period") || p.contains("retention")) {
            return "P6Y";
        }
        return "esimerkki";
    }
}
