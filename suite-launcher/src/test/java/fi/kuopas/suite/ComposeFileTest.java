package fi.kuopas.suite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Guards docker-compose.yml and the Keycloak realm file, which no other build step reads: a
 * broken healthcheck, a shared database or a missing role would otherwise surface only on a
 * machine with Docker.
 */
class ComposeFileTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path COMPOSE_FILE = ROOT.resolve("docker-compose.yml");
    private static final String REALM_IMPORT_DIR = "/opt/keycloak/data/import/";

    /** Compose service (= Maven module) and its stable port: the launcher's topology. */
    private static final Map<String, Integer> SERVICES = new LinkedHashMap<>();

    static {
        SuiteTopology.SERVICES.forEach(s -> SERVICES.put(s.module(), s.defaultPort()));
    }

    private static final List<String> DATABASES = List.of(
            "customer-db", "personnel-db", "stakeholder-db", "cctv-db", "consent-db", "gateway-db");

    private static final List<String> REALM_ROLES = List.of(
            "customer-service", "letting-officer", "hr", "hr-health", "supervisor",
            "stakeholder-relations", "security-officer", "dpo", "pms-integration", "dsr-gateway",
            "consent-collector");

    private static final Map<String, List<String>> DEMO_USERS = Map.of(
            "asta.asiakaspalvelu", List.of("customer-service"),
            "leena.vuokraus", List.of("letting-officer"),
            "helmi.hr", List.of("hr"),
            "hannu.terveys", List.of("hr", "hr-health"),
            "sami.esihenkilo", List.of("supervisor"),
            "sirpa.sidosryhma", List.of("stakeholder-relations"),
            "teemu.turva", List.of("security-officer"),
            "tiina.tietosuoja", List.of("dpo"));

    private static final Map<String, String> SERVICE_ACCOUNT_ROLES = Map.of(
            "kuopas-gateway", "dsr-gateway",
            "kuopas-pms", "pms-integration",
            "kuopas-consent-web", "consent-collector",
            "kuopas-recorder", "security-officer");

    /** What the compose file requires from the environment; throw-away values for `config`. */
    private static final Map<String, String> REQUIRED_VARIABLES = requiredVariables();

    private static Map<String, String> requiredVariables() {
        Map<String, String> vars = new HashMap<>(Map.ofEntries(
                Map.entry("PRIVACY_PEPPER", "compose-test-pepper"),
                Map.entry("ENCRYPTION_KEY_K1", "Y29tcG9zZS10ZXN0LWtleS0zMi1ieXRlcy0wMDAwMDA="),
                Map.entry("KUOPAS_DB_PASSWORD", "compose-test-db-password"),
                Map.entry("KUOPAS_DB_APP_PASSWORD", "compose-test-db-app-password"),
                Map.entry("KEYCLOAK_ADMIN_PASSWORD", "compose-test-admin-password"),
                Map.entry("KAFKA_ADMIN_PASSWORD", "compose-test-kafka-admin")));
        for (String s : List.of("CUSTOMER", "PERSONNEL", "STAKEHOLDER", "CCTV", "CONSENT", "GATEWAY")) {
            vars.put(s + "_AUDIT_PRIVATE_KEY", "compose-test-private-key-" + s);
            vars.put(s + "_AUDIT_PUBLIC_KEY", "compose-test-public-key-" + s);
            vars.put("KAFKA_PASSWORD_" + s, "compose-test-kafka-" + s.toLowerCase(Locale.ROOT));
        }
        return Map.copyOf(vars);
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static JsonNode services;

    @BeforeAll
    static void loadComposeFile() throws IOException {
        // SnakeYAML resolves anchors and `<<` merge keys the way Compose does.
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        try (Reader reader = Files.newBufferedReader(COMPOSE_FILE, StandardCharsets.UTF_8)) {
            Object document = new Yaml(new SafeConstructor(options)).load(reader);
            services = JSON.valueToTree(document).path("services");
        }
        assertThat(services.isObject()).as("services of %s", COMPOSE_FILE).isTrue();
    }

    @Test
    void shouldDeclareEveryServiceAndOneDatabasePerService() {
        assertThat(names(services)).contains("kafka", "keycloak")
                .containsAll(SERVICES.keySet())
                .containsAll(DATABASES);
        for (String db : DATABASES) {
            assertThat(services.path(db).path("image").asText()).as(db).startsWith("postgres:16");
        }
    }

    @Test
    void shouldGiveEveryContainerAHealthcheck() {
        for (String name : names(services)) {
            assertThat(healthcheck(name)).as("healthcheck of %s", name).isNotBlank();
            assertThat(services.path(name).path("healthcheck").path("disable").asBoolean(false))
                    .as(name).isFalse();
        }
        SERVICES.keySet().forEach(name -> assertThat(healthcheck(name)).as(name)
                .contains("/q/health/ready"));
        DATABASES.forEach(name -> assertThat(healthcheck(name)).as(name).contains("pg_isready"));
    }

    @Test
    void shouldStartNothingBeforeWhatItDependsOnIsHealthy() {
        for (String name : names(services)) {
            JsonNode dependsOn = services.path(name).path("depends_on");
            if (dependsOn.isMissingNode()) {
                continue;
            }
            // The short list form means only "started", which is not "ready".
            assertThat(dependsOn.isObject()).as("depends_on of %s is a map", name).isTrue();
            for (String dependency : names(dependsOn)) {
                assertThat(dependsOn.path(dependency).path("condition").asText())
                        .as("%s -> %s", name, dependency).isEqualTo("service_healthy");
                assertThat(healthcheck(dependency)).as("healthcheck of %s", dependency).isNotBlank();
            }
        }
        SERVICES.keySet().forEach(name -> assertThat(names(services.path(name).path("depends_on")))
                .as(name).contains("kafka", "keycloak"));
        assertThat(names(services.path("gateway").path("depends_on")))
                .containsAll(SERVICES.keySet().stream().filter(s -> !s.equals("gateway")).toList());
    }

    @Test
    void shouldLimitTheMemoryOfEveryContainer() {
        for (String name : names(services)) {
            JsonNode service = services.path(name);
            String limit = service.path("mem_limit").asText(
                    service.at("/deploy/resources/limits/memory").asText(""));
            assertThat(limit).as("memory limit of %s", name).matches("\\d+[kmgKMG]?[bB]?");
        }
    }

    @Test
    void shouldRunEveryServiceWithTheSuitesMemoryOptions() {
        for (String name : SERVICES.keySet()) {
            List<String> opts = List.of(services.path(name).path("environment").path("JAVA_OPTS").asText("").split("\\s+"));
            assertThat(opts).as("JAVA_OPTS of %s", name)
                    .containsAll(List.of(SuiteTopology.SERVICE_MEMORY_JAVA_OPTS.split(" ")));
        }
    }

    @Test
    void shouldGiveEachServiceItsOwnDatabase() {
        Map<String, String> ownerOfHost = new HashMap<>();
        for (String name : SERVICES.keySet()) {
            JsonNode env = services.path(name).path("environment");
            URI url = URI.create(env.path("DB_URL").asText().replaceFirst("^jdbc:", ""));
            String host = url.getHost();
            assertThat(url.getScheme()).as(name).isEqualTo("postgresql");
            assertThat(DATABASES).as("database host of %s", name).contains(host);
            assertThat(ownerOfHost.put(host, name)).as("%s is shared", host).isNull();

            JsonNode dbEnv = services.path(host).path("environment");
            assertThat(url.getPath()).as(name).isEqualTo("/" + dbEnv.path("POSTGRES_DB").asText());
            // The owner migrates; the service runs as the separate application role the database creates.
            assertThat(env.path("DB_OWNER_USER").asText()).as(name)
                    .isEqualTo(dbEnv.path("POSTGRES_USER").asText());
            assertThat(env.path("DB_USER").asText()).as(name)
                    .isEqualTo(dbEnv.path("KUOPAS_APP_ROLE").asText())
                    .isNotEqualTo(dbEnv.path("POSTGRES_USER").asText());
            assertThat(env.path("AUDIT_SIGNING_PRIVATE_KEY").asText()).as(name).contains("_AUDIT_PRIVATE_KEY:?");
            assertThat(names(services.path(name).path("depends_on"))).as(name).contains(host);
        }
    }

    @Test
    void shouldBuildEachServiceFromItsModuleOnItsStablePort() throws IOException {
        for (Map.Entry<String, Integer> entry : SERVICES.entrySet()) {
            String name = entry.getKey();
            String port = String.valueOf(entry.getValue());
            JsonNode service = services.path(name);
            JsonNode build = service.path("build");
            Path context = ROOT.resolve(build.path("context").asText()).normalize();
            Path dockerfile = context.resolve(build.path("dockerfile").asText());

            assertThat(context).as(name).isEqualTo(ROOT.resolve(name));
            assertThat(dockerfile).as(name).isEqualTo(context.resolve("src/main/docker/Dockerfile.jvm"))
                    .isRegularFile();
            assertThat(Files.readAllLines(dockerfile)).as(dockerfile.toString())
                    .contains("EXPOSE " + port)
                    .anyMatch(line -> line.startsWith("USER "))
                    .anyMatch(line -> line.contains("quarkus-run.jar"));
            assertThat(service.path("environment").path("QUARKUS_HTTP_PORT").asText()).as(name)
                    .isEqualTo(port);
            assertThat(texts(service.path("ports"))).as(name).contains(port + ":" + port);
        }
    }

    @Test
    void shouldTakeSecretsFromTheEnvironmentOnly() {
        for (String name : SERVICES.keySet()) {
            JsonNode env = services.path(name).path("environment");
            for (String variable : List.of("PRIVACY_PEPPER", "ENCRYPTION_KEY_K1", "DB_PASSWORD", "KAFKA_PASSWORD")) {
                assertThat(env.path(variable).asText()).as("%s of %s", variable, name)
                        .matches("\\$\\{[A-Z0-9_]+:\\?.+}");
            }
            assertThat(env.path("KEYCLOAK_URL").asText()).as(name).isEqualTo("http://keycloak:8080");
            assertThat(env.path("KAFKA_BOOTSTRAP_SERVERS").asText()).as(name).isEqualTo("kafka:9092");
        }
        JsonNode gateway = services.path("gateway").path("environment");
        assertThat(Arrays.stream(gateway.path("REGISTER_URLS").asText().split(","))
                .map(entry -> entry.substring(entry.indexOf('=') + 1)).toList())
                .containsExactlyInAnyOrderElementsOf(SERVICES.entrySet().stream()
                        .filter(e -> !e.getKey().equals("gateway"))
                        .map(e -> "http://" + e.getKey() + ":" + e.getValue())
                        .toList());
        assertThat(gateway.path("GATEWAY_CLIENT_SECRET").asText()).isNotBlank();
    }

    @Test
    void shouldImportTheRealmFileIntoKeycloak() {
        JsonNode keycloak = services.path("keycloak");
        assertThat(keycloak.path("image").asText()).startsWith("quay.io/keycloak/keycloak:26");
        assertThat(String.join(" ", texts(keycloak.path("command"))))
                .contains("start-dev").contains("--import-realm");
        assertThat(keycloak.path("environment").path("KC_HOSTNAME_BACKCHANNEL_DYNAMIC").asText())
                .isEqualTo("true");
        assertThat(texts(keycloak.path("ports"))).contains("8180:8080");

        String mount = texts(keycloak.path("volumes")).stream()
                .filter(volume -> volume.contains(REALM_IMPORT_DIR))
                .findFirst().orElseThrow(() -> new AssertionError("no volume into " + REALM_IMPORT_DIR));
        assertThat(ROOT.resolve(mount.split(":")[0]).normalize())
                .isEqualTo(realmFile()).isRegularFile();
    }

    @Test
    void shouldDefineEveryRoleDemoUserAndServiceAccountInTheRealm() throws IOException {
        JsonNode realm = JSON.readTree(realmFile().toFile());
        assertThat(realm.path("realm").asText()).isEqualTo("kuopas");
        assertThat(realm.path("enabled").asBoolean()).isTrue();
        assertThat(realm.path("accessTokenLifespan").asInt()).isEqualTo(900);
        // Leaving clientScopes out makes Keycloak create its built-in scopes, "roles" among
        // them, which puts the realm roles into realm_access.roles.
        assertThat(realm.has("clientScopes")).isFalse();

        Map<String, JsonNode> roles = byField(realm.at("/roles/realm"), "name");
        assertThat(roles).containsKeys(REALM_ROLES.toArray(String[]::new));
        REALM_ROLES.forEach(role -> assertThat(roles.get(role).path("description").asText())
                .as(role).isNotBlank());

        Map<String, JsonNode> users = byField(realm.path("users"), "username");
        DEMO_USERS.forEach((username, expectedRoles) -> {
            JsonNode user = users.get(username);
            assertThat(user).as(username).isNotNull();
            assertThat(user.path("enabled").asBoolean()).as(username).isTrue();
            assertThat(user.path("emailVerified").asBoolean()).as(username).isTrue();
            assertThat(user.path("firstName").asText()).as(username).isNotBlank();
            assertThat(user.path("lastName").asText()).as(username).isNotBlank();
            assertThat(user.path("email").asText()).as(username).isEqualTo(username + "@kuopas.example");
            assertThat(texts(user.path("realmRoles"))).as(username)
                    .containsExactlyInAnyOrderElementsOf(expectedRoles);
            JsonNode password = user.path("credentials").path(0);
            assertThat(password.path("type").asText()).as(username).isEqualTo("password");
            assertThat(password.path("value").asText()).as(username).isEqualTo("kuopas-demo");
            assertThat(password.path("temporary").asBoolean(true)).as(username).isFalse();
        });

        Map<String, JsonNode> clients = byField(realm.path("clients"), "clientId");
        JsonNode cli = clients.get("kuopas-cli");
        assertThat(cli).isNotNull();
        assertThat(cli.path("publicClient").asBoolean()).isTrue();
        assertThat(cli.path("directAccessGrantsEnabled").asBoolean()).isTrue();
        assertThat(cli.path("standardFlowEnabled").asBoolean(true)).isFalse();

        SERVICE_ACCOUNT_ROLES.forEach((clientId, role) -> {
            JsonNode client = clients.get(clientId);
            assertThat(client).as(clientId).isNotNull();
            assertThat(client.path("publicClient").asBoolean(true)).as(clientId).isFalse();
            assertThat(client.path("serviceAccountsEnabled").asBoolean()).as(clientId).isTrue();
            assertThat(client.path("standardFlowEnabled").asBoolean(true)).as(clientId).isFalse();
            assertThat(client.path("directAccessGrantsEnabled").asBoolean(true)).as(clientId).isFalse();
            assertThat(client.path("secret").asText()).as(clientId).isNotBlank();

            JsonNode account = users.get("service-account-" + clientId);
            assertThat(account).as("service account of %s", clientId).isNotNull();
            assertThat(account.path("serviceAccountClientId").asText()).isEqualTo(clientId);
            assertThat(texts(account.path("realmRoles"))).as(clientId).containsExactly(role);
        });

        Set<String> granted = new HashSet<>();
        users.values().forEach(user -> granted.addAll(texts(user.path("realmRoles"))));
        assertThat(roles.keySet()).as("every granted role is defined").containsAll(granted);
    }

    @Test
    void shouldBeAcceptedByTheComposeCli() throws Exception {
        Optional<List<String>> compose = composeCommand();
        assumeTrue(compose.isPresent(), "neither `docker compose` nor `docker-compose` is installed");

        // An empty env file, so that a developer's .env beside the compose file is not read.
        Path noEnvFile = Files.createTempFile("compose-", ".env");
        List<String> config = withArgs(compose.get(), "--env-file", noEnvFile.toString(),
                "-f", COMPOSE_FILE.toString(), "config", "-q");
        Result valid;
        Result refused;
        try {
            valid = run(config, REQUIRED_VARIABLES);
            // Without the secrets Compose must refuse rather than start with empty values.
            Map<String, String> withoutPepper = new HashMap<>(REQUIRED_VARIABLES);
            withoutPepper.remove("PRIVACY_PEPPER");
            refused = run(config, withoutPepper);
        } finally {
            Files.deleteIfExists(noEnvFile);
        }
        assertThat(valid.exitCode()).as(valid.output()).isZero();
        assertThat(refused.exitCode()).as(refused.output()).isNotZero();
        assertThat(refused.output()).contains("PRIVACY_PEPPER");
    }

    private static Path realmFile() {
        return ROOT.resolve("infra/keycloak/kuopas-realm.json");
    }

    private static String healthcheck(String service) {
        return String.join(" ", texts(services.path(service).path("healthcheck").path("test")));
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** A string or a list of scalars, as Compose accepts both for test, command and ports. */
    private static List<String> texts(JsonNode node) {
        if (node.isArray()) {
            return StreamSupport.stream(node.spliterator(), false).map(JsonNode::asText).toList();
        }
        return node.isMissingNode() || node.isNull() ? List.of() : List.of(node.asText());
    }

    private static Map<String, JsonNode> byField(JsonNode array, String field) {
        Map<String, JsonNode> map = new HashMap<>();
        array.forEach(element -> map.put(element.path(field).asText(), element));
        return map;
    }

    private static Optional<List<String>> composeCommand() {
        for (List<String> candidate : List.of(List.of("docker", "compose"), List.of("docker-compose"))) {
            try {
                if (run(withArgs(candidate, "version"), Map.of()).exitCode() == 0) {
                    return Optional.of(candidate);
                }
            } catch (IOException notInstalled) {
                // try the next one
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static List<String> withArgs(List<String> command, String... args) {
        List<String> all = new ArrayList<>(command);
        all.addAll(List.of(args));
        return all;
    }

    private record Result(int exitCode, String output) {
    }

    private static Result run(List<String> command, Map<String, String> variables)
            throws IOException, InterruptedException {
        Path output = Files.createTempFile("compose-", ".out");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).directory(ROOT.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile());
            Map<String, String> env = builder.environment();
            // The developer's own values must not decide the outcome.
            REQUIRED_VARIABLES.keySet().forEach(env::remove);
            env.keySet().removeIf(key -> key.startsWith("COMPOSE_"));
            env.putAll(variables);
            Process process = builder.start();
            process.getOutputStream().close();
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("timed out: " + command);
            }
            return new Result(process.exitValue(), Files.readString(output));
        } finally {
            Files.deleteIfExists(output);
        }
    }
}
