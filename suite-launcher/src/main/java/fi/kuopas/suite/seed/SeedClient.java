package fi.kuopas.suite.seed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import fi.kuopas.suite.SuiteTopology;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * The seeder's only way into the suite: each service's public REST API with a demo user's access
 * token from the dev realm, so seeding goes through the same rules (roles, validation, audit) as
 * real use. JSON in and out with Jackson; nothing is parsed by hand.
 */
public final class SeedClient {

    /** A service's answer: status and the JSON body (a missing node when empty or not JSON). */
    public record Reply(String what, int status, JsonNode json) {

        /** This reply, or a {@link SeedFailure} naming the step when the status is not one of {@code ok}. */
        public Reply expect(int... ok) {
            if (Arrays.stream(ok).noneMatch(s -> s == status)) {
                throw new SeedFailure(what + " -> HTTP " + status + ": " + json);
            }
            return this;
        }

        public boolean is(int s) {
            return status == s;
        }

        /** The first {@code id} anywhere in the body, depth first (an object's own id before its children's). */
        public String firstId() {
            return firstId(json);
        }

        static String firstId(JsonNode node) {
            if (node == null) {
                return null;
            }
            if (node.isObject() && node.hasNonNull("id")) {
                return node.get("id").asText();
            }
            for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
                String id = firstId(it.next());
                if (id != null) {
                    return id;
                }
            }
            return null;
        }
    }

    /** A seeding step the suite refused; the message names the step and the service's problem. */
    public static final class SeedFailure extends RuntimeException {
        public SeedFailure(String message) {
            super(message);
        }
    }

    static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final SuiteTopology topology;
    private final Map<String, String> tokens = new HashMap<>();

    public SeedClient(SuiteTopology topology) {
        this.topology = topology;
    }

    public static JsonNodeFactory nodes() {
        return JsonNodeFactory.instance;
    }

    /** A client of one service (by its topology name), acting as {@code user}. */
    public Api as(String user, String service) {
        SuiteTopology.Service s = SuiteTopology.service(service).orElseThrow();
        return new Api("http://localhost:" + topology.port(s) + "/api/v1/", token(user), service);
    }

    /** An access token for a demo user, by the password grant of the dev realm's CLI client. */
    String token(String user) {
        return tokens.computeIfAbsent(user, u -> {
            String form = "grant_type=password&client_id=" + enc(SuiteTopology.CLI_CLIENT) + "&username=" + enc(u)
                    + "&password=" + enc(SuiteTopology.DEMO_PASSWORD);
            HttpRequest request = HttpRequest.newBuilder(
                            URI.create(topology.keycloakUrl() + "/realms/" + SuiteTopology.REALM + "/protocol/openid-connect/token"))
                    .timeout(Duration.ofSeconds(15))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form))
                    .build();
            Reply reply = send("token for " + u, request);
            JsonNode token = reply.json().path("access_token");
            if (!reply.is(200) || !token.isTextual()) {
                throw new SeedFailure("no token for '" + u + "' from " + topology.keycloakUrl() + " (HTTP " + reply.status() + ")");
            }
            return token.asText();
        });
    }

    private Reply send(String what, HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            JsonNode json = MissingNode.getInstance();
            if (!response.body().isBlank()) {
                try {
                    json = JSON.readTree(response.body());
                } catch (IOException notJson) {
                    json = nodes().textNode(response.body());
                }
            }
            return new Reply(what, response.statusCode(), json);
        } catch (IOException e) {
            throw new SeedFailure(what + ": no answer from " + request.uri() + " (" + e.getMessage() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SeedFailure(what + ": interrupted");
        }
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** One service, one user: {@code get}/{@code post}/{@code put} of a path below {@code /api/v1/}. */
    public final class Api {
        private final String base;
        private final String token;
        private final String service;

        Api(String base, String token, String service) {
            this.base = base;
            this.token = token;
            this.service = service;
        }

        public Reply get(String what, String path) {
            return call(what, "GET", path, null);
        }

        public Reply post(String what, String path, Object body) {
            return call(what, "POST", path, body);
        }

        public Reply put(String what, String path, Object body) {
            return call(what, "PUT", path, body);
        }

        Reply call(String what, String method, String path, Object body) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                    .timeout(Duration.ofSeconds(60))
                    .header("Authorization", "Bearer " + token)
                    .header("Accept", "application/json");
            if (body == null) {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                try {
                    request.header("Content-Type", "application/json; charset=UTF-8")
                            .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new SeedFailure(what + ": body not serialisable: " + e.getMessage());
                }
            }
            return send(service + " seed: " + what, request.build());
        }
    }
}
