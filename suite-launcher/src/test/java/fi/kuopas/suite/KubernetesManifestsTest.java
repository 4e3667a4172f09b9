package fi.kuopas.suite;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Validates deploy/kubernetes offline: every document of the kustomize base and overlay against
 * the Kubernetes API schema (v1.34) or the CRD schema of its operator (Strimzi kafka.strimzi.io/v1,
 * CloudNativePG postgresql.cnpg.io/v1), strictly (a misspelt field fails, where the API server
 * would silently drop it); then what the suite needs of them: every service a Deployment with
 * probes, resources, two replicas and Secret-based secrets, a PodDisruptionBudget and a Service
 * that select its pods, every Secret, ConfigMap and Kafka cluster a workload names defined, the
 * database owner/application role split, the audit signing keys, and each service's SCRAM KafkaUser
 * with exactly the ACLs of KafkaTopology.
 */
class KubernetesManifestsTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path KUBERNETES = ROOT.resolve("deploy/kubernetes");
    private static final Path SCHEMAS = KUBERNETES.resolve("schemas");
    private static final ObjectMapper YAML = new YAMLMapper();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4);

    /** Service (= Maven module and Deployment name) and its database cluster's name stem: the launcher's topology. */
    private static final Map<String, String> SERVICES = new LinkedHashMap<>();

    static {
        SuiteTopology.SERVICES.forEach(s -> SERVICES.put(s.module(), s.database()));
    }

    /** Environment variables that carry secrets: only ever from a Secret, never a literal. */
    private static final Set<String> SECRET_ENV = Set.of("PRIVACY_PEPPER", "ENCRYPTION_KEY_K1", "DB_PASSWORD", "DB_URL",
            "DB_OWNER_PASSWORD", "AUDIT_SIGNING_PRIVATE_KEY", "KAFKA_PASSWORD",
            "GATEWAY_CLIENT_SECRET", "CASE_GRANT_SIGNING_KEY", "KC_DB_PASSWORD", "KC_BOOTSTRAP_ADMIN_PASSWORD");

    /** The Secret the operator creates with every service's audit signing keys. */
    private static final String AUDIT_KEYS = "kuopas-audit-keys";

    private static final Map<String, JsonSchema> SCHEMA_BY_KIND = new HashMap<>();
    private static final Map<String, JsonSchema> PATCH_SCHEMA_BY_KIND = new HashMap<>();

    @BeforeAll
    static void loadSchemas() throws IOException {
        JsonNode kubernetes = JSON.readTree(SCHEMAS.resolve("kubernetes.json").toFile());
        kubernetes.get("kinds").fields().forEachRemaining(kind -> {
            ObjectNode root = JSON.createObjectNode();
            root.set("definitions", kubernetes.get("definitions"));
            root.putArray("allOf").addObject().put("$ref", "#/definitions/" + kind.getValue().asText());
            register(kind.getKey(), root);
        });
        try (Stream<Path> files = Files.list(SCHEMAS)) {
            for (Path file : files.filter(f -> f.getFileName().toString().matches(".*\\..*-v\\d.*-\\w+\\.json")).toList()) {
                // kafka.strimzi.io-v1-Kafka.json -> kafka.strimzi.io/v1/Kafka
                String name = file.getFileName().toString().replace(".json", "");
                int kind = name.lastIndexOf('-');
                int version = name.lastIndexOf('-', kind - 1);
                register(name.substring(0, version) + "/" + name.substring(version + 1, kind) + "/" + name.substring(kind + 1),
                        JSON.readTree(file.toFile()));
            }
        }
    }

    private static void register(String apiVersionKind, JsonNode schema) {
        SCHEMA_BY_KIND.put(apiVersionKind, FACTORY.getSchema(schema));
        // A strategic-merge patch names only what it changes: the same schema without "required".
        PATCH_SCHEMA_BY_KIND.put(apiVersionKind, FACTORY.getSchema(withoutRequired(schema.deepCopy())));
    }

    private static JsonNode withoutRequired(JsonNode node) {
        if (node instanceof ObjectNode o) {
            o.remove("required");
        }
        node.forEach(KubernetesManifestsTest::withoutRequired);
        return node;
    }

    @Test
    void shouldValidateEveryManifestOfTheBaseAndTheOverlayAgainstItsSchema() throws IOException {
        for (String kustomization : List.of("base", "overlays/production")) {
            Kustomization k = Kustomization.load(KUBERNETES.resolve(kustomization));
            assertThat(k.documents).as(kustomization).isNotEmpty();
            for (Document d : k.documents) {
                assertThat(errors(SCHEMA_BY_KIND, d)).as(d.toString()).isEmpty();
            }
            for (Document d : k.patches) {
                assertThat(errors(PATCH_SCHEMA_BY_KIND, d)).as("patch " + d).isEmpty();
                assertThat(k.documents).as("patch target of " + d)
                        .anyMatch(target -> target.kind().equals(d.kind()) && target.name().equals(d.name()));
            }
        }
    }

    @Test
    void shouldRejectMisspeltAndMistypedFieldsInTheValidator() throws IOException {
        Document deployment = Kustomization.load(KUBERNETES.resolve("base")).find("Deployment", "gateway");
        ObjectNode misspelt = deployment.node.deepCopy();
        ((ObjectNode) misspelt.get("spec")).set("replica", misspelt.get("spec").get("replicas"));
        ObjectNode mistyped = deployment.node.deepCopy();
        ((ObjectNode) mistyped.get("spec")).put("replicas", "two");
        ObjectNode incomplete = deployment.node.deepCopy();
        ((ObjectNode) incomplete.get("spec")).remove("selector");
        for (ObjectNode broken : List.of(misspelt, mistyped, incomplete)) {
            assertThat(errors(SCHEMA_BY_KIND, new Document(deployment.file, broken))).isNotEmpty();
        }
        Document cluster = Kustomization.load(KUBERNETES.resolve("base")).find("Cluster", "gateway-db");
        ObjectNode badCluster = cluster.node.deepCopy();
        ((ObjectNode) badCluster.get("spec")).put("instance", 2);
        assertThat(errors(SCHEMA_BY_KIND, new Document(cluster.file, badCluster))).isNotEmpty();
        Document kafka = Kustomization.load(KUBERNETES.resolve("base")).find("Kafka", "kuopas");
        ObjectNode badKafka = kafka.node.deepCopy();
        ((ObjectNode) badKafka.get("spec").get("kafka").get("listeners").get(0)).put("type", "intranet");
        assertThat(errors(SCHEMA_BY_KIND, new Document(kafka.file, badKafka))).isNotEmpty();
    }

    @Test
    void shouldRunEveryServiceAsTwoProbedBoundedReplicasWithABudgetAndAService() throws IOException {
        Kustomization base = Kustomization.load(KUBERNETES.resolve("base"));
        for (Map.Entry<String, String> service : SERVICES.entrySet()) {
            String name = service.getKey();
            JsonNode deployment = base.find("Deployment", name).node;
            JsonNode spec = deployment.get("spec");
            assertThat(spec.path("replicas").asInt()).as(name).isEqualTo(2);
            JsonNode podLabels = spec.at("/template/metadata/labels");
            assertThat(selects(spec.get("selector"), podLabels)).as(name + " selector").isTrue();
            JsonNode container = spec.at("/template/spec/containers/0");
            int port = container.at("/ports/0/containerPort").asInt();
            assertThat(port).as(name + " port = quarkus.http.port").isEqualTo(httpPort(name));
            assertThat(container.at("/readinessProbe/httpGet/path").asText()).isEqualTo("/q/health/ready");
            assertThat(container.at("/livenessProbe/httpGet/path").asText()).isEqualTo("/q/health/live");
            assertThat(container.at("/startupProbe/httpGet/path").asText()).isEqualTo("/q/health/started");
            assertThat(container.at("/resources/requests/cpu").isMissingNode()).as(name).isFalse();
            assertThat(container.at("/resources/requests/memory").isMissingNode()).as(name).isFalse();
            assertThat(container.at("/resources/limits/memory").isMissingNode()).as(name).isFalse();
            // Readiness DOWN (shutdown delay) and in-flight requests (shutdown timeout) fit in the grace period.
            assertThat(spec.at("/template/spec/terminationGracePeriodSeconds").asInt()).isGreaterThan(5 + 30);
            for (JsonNode env : container.path("env")) {
                if (SECRET_ENV.contains(env.get("name").asText())) {
                    assertThat(env.at("/valueFrom/secretKeyRef/name").isMissingNode()).as(name + " " + env).isFalse();
                }
            }
            assertThat(base.find("Deployment", name).secretRefs()).contains(service.getValue() + "-db-app",
                    service.getValue() + "-db-runtime", "kuopas-privacy", AUDIT_KEYS, name);

            JsonNode budget = base.find("PodDisruptionBudget", name).node;
            assertThat(selects(budget.at("/spec/selector"), podLabels)).as(name + " budget").isTrue();
            assertThat(budget.at("/spec/minAvailable").asInt()).isBetween(1, 1);
            JsonNode svc = base.find("Service", name).node;
            assertThat(podLabels.properties().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().asText())))
                    .containsAllEntriesOf(JSON.convertValue(svc.at("/spec/selector"), Map.class));
            assertThat(svc.at("/spec/ports/0/port").asInt()).isEqualTo(port);
        }
    }

    @Test
    void shouldDefineOrDocumentEverySecretConfigMapAndClusterAWorkloadNames() throws IOException {
        Kustomization base = Kustomization.load(KUBERNETES.resolve("base"));
        Set<String> clusters = base.documents.stream().filter(d -> d.kind().equals("Cluster")).map(Document::name)
                .collect(Collectors.toSet());
        Set<String> secretsToCreate = Set.of("kuopas-privacy", "kuopas-gateway", "kuopas-audit-keys", "keycloak-admin");
        Set<String> kafkaUsers = base.documents.stream().filter(d -> d.kind().equals("KafkaUser")).map(Document::name)
                .collect(Collectors.toSet());
        String readme = Files.readString(ROOT.resolve("README.md"));
        for (Document d : base.documents.stream().filter(d -> d.kind().equals("Deployment")).toList()) {
            for (String secret : d.secretRefs()) {
                if (secret.endsWith("-db-app")) {
                    assertThat(clusters).as(d + " names the Secret of a CloudNativePG cluster").contains(secret.replace("-app", ""));
                } else if (secret.endsWith("-db-runtime")) {
                    String cluster = secret.replace("-runtime", "");
                    assertThat(clusters).as(d + " names the runtime Secret of a CloudNativePG cluster").contains(cluster);
                    assertThat(managedRoleSecrets(base.find("Cluster", cluster)))
                            .as("the managed role of " + cluster + " takes its password from " + secret).contains(secret);
                    assertThat(readme).as("README tells how to create " + secret).contains("secret generic \"$db-db-runtime\"");
                    assertThat(loopValues(readme, "db")).as("README creates " + secret).contains(cluster.replace("-db", ""));
                } else if (kafkaUsers.contains(secret)) {
                    // Written by Strimzi's user operator for the KafkaUser of that name.
                    continue;
                } else {
                    assertThat(secretsToCreate).as(d + " secret").contains(secret);
                    assertThat(readme).as("README tells how to create " + secret).contains("secret generic " + secret);
                }
            }
            for (String map : d.configMapRefs()) {
                if (!map.equals("kuopas-realm")) {
                    base.find("ConfigMap", map);
                } else {
                    assertThat(readme).contains("configmap " + map);
                }
            }
        }
        Set<String> kafkas = base.documents.stream().filter(d -> d.kind().equals("Kafka")).map(Document::name)
                .collect(Collectors.toSet());
        for (Document d : base.documents.stream().filter(d -> d.node.at("/apiVersion").asText().startsWith("kafka.strimzi.io")
                && !d.kind().equals("Kafka")).toList()) {
            assertThat(kafkas).as(d.toString()).contains(d.node.at("/metadata/labels/strimzi.io~1cluster").asText());
        }
        String bootstrap = base.find("ConfigMap", "kuopas-config").node.at("/data/KAFKA_BOOTSTRAP_SERVERS").asText();
        assertThat(bootstrap).isEqualTo(kafkas.iterator().next() + "-kafka-bootstrap:9092");
        assertThat(base.documents.stream().filter(d -> d.kind().equals("KafkaTopic")).map(Document::name))
                .contains("consent-events", "audit-seals")
                .contains(REGISTERS.stream().map(r -> "consent-events.dlq." + r).toArray(String[]::new));
    }

    @Test
    void shouldRunEveryServiceWithTheSuitesMemoryOptions() throws IOException {
        Kustomization base = Kustomization.load(KUBERNETES.resolve("base"));
        for (String name : SERVICES.keySet()) {
            JsonNode javaOpts = env(base.find("Deployment", name)).get("JAVA_OPTS");
            assertThat(javaOpts).as("JAVA_OPTS of %s", name).isNotNull();
            assertThat(List.of(javaOpts.path("value").asText().split("\\s+"))).as("JAVA_OPTS of %s", name)
                    .containsAll(List.of(SuiteTopology.SERVICE_MEMORY_JAVA_OPTS.split(" ")));
        }
    }

    @Test
    void shouldMigrateEveryServiceAsTheOwnerAndConnectAsTheApplicationRole() throws IOException {
        Kustomization base = Kustomization.load(KUBERNETES.resolve("base"));
        for (Map.Entry<String, String> service : SERVICES.entrySet()) {
            String name = service.getKey();
            String db = service.getValue();
            Map<String, JsonNode> env = env(base.find("Deployment", name));
            assertThat(secretKey(env, name, "DB_URL")).isEqualTo(db + "-db-app/jdbc-uri");
            assertThat(secretKey(env, name, "DB_OWNER_USER")).isEqualTo(db + "-db-app/username");
            assertThat(secretKey(env, name, "DB_OWNER_PASSWORD")).isEqualTo(db + "-db-app/password");
            assertThat(secretKey(env, name, "DB_USER")).isEqualTo(db + "-db-runtime/username");
            assertThat(secretKey(env, name, "DB_PASSWORD")).isEqualTo(db + "-db-runtime/password");
            JsonNode roles = base.find("Cluster", db + "-db").node.at("/spec/managed/roles");
            assertThat(roles).as(db + "-db managed roles").anySatisfy(role -> {
                assertThat(role.path("name").asText()).isEqualTo(db + "_app");
                assertThat(role.path("login").asBoolean()).isTrue();
                assertThat(role.path("ensure").asText("present")).isEqualTo("present");
                assertThat(role.at("/passwordSecret/name").asText()).isEqualTo(db + "-db-runtime");
                assertThat(role.path("superuser").asBoolean(false)).isFalse();
            });
        }
    }

    @Test
    void shouldSignEveryServicesAuditChainWithKeysFromTheAuditKeysSecret() throws IOException {
        Kustomization base = Kustomization.load(KUBERNETES.resolve("base"));
        for (String name : SERVICES.keySet()) {
            Map<String, JsonNode> env = env(base.find("Deployment", name));
            assertThat(secretKey(env, name, "AUDIT_SIGNING_PRIVATE_KEY")).isEqualTo(AUDIT_KEYS + "/" + name + "-private");
            assertThat(secretKey(env, name, "AUDIT_SIGNING_PUBLIC_KEY")).isEqualTo(AUDIT_KEYS + "/" + name + "-public");
        }
        assertThat(secretKey(env(base.find("Deployment", "gateway")), "gateway", "AUDIT_WITNESS_KEYS"))
                .isEqualTo(AUDIT_KEYS + "/witness-keys");
        String readme = Files.readString(ROOT.resolve("README.md"));
        assertThat(readme).contains("secret generic " + AUDIT_KEYS, "witness-keys=", "$s-private=", "$s-public=");
        assertThat(loopValues(readme, "s")).as("README creates the audit keys of every service")
                .containsAll(SERVICES.keySet());
    }

    @Test
    void shouldMakeEveryServiceAScramKafkaUserWithOnlyTheAclsItNeeds() throws IOException {
        Kustomization base = Kustomization.load(KUBERNETES.resolve("base"));
        JsonNode listeners = base.find("Kafka", "kuopas").node.at("/spec/kafka/listeners");
        String bootstrap = base.find("ConfigMap", "kuopas-config").node.at("/data/KAFKA_BOOTSTRAP_SERVERS").asText();
        int port = Integer.parseInt(bootstrap.substring(bootstrap.lastIndexOf(':') + 1));
        assertThat(listeners).as("the services' listener").anySatisfy(l -> {
            assertThat(l.path("port").asInt()).isEqualTo(port);
            assertThat(l.at("/authentication/type").asText()).isEqualTo("scram-sha-512");
        });
        assertThat(listeners).as("no listener without authentication").allSatisfy(
                l -> assertThat(l.at("/authentication/type").isMissingNode()).as(l.toString()).isFalse());
        assertThat(base.find("Kafka", "kuopas").node.at("/spec/kafka/authorization/type").asText()).isEqualTo("simple");
        boolean tls = listeners.findValues("port").stream().noneMatch(p -> p.asInt() == port)
                || listeners.get(0).path("tls").asBoolean();
        for (String name : SERVICES.keySet()) {
            JsonNode user = base.find("KafkaUser", name).node;
            assertThat(user.at("/spec/authentication/type").asText()).as(name).isEqualTo("scram-sha-512");
            assertThat(user.at("/spec/authorization/type").asText()).as(name).isEqualTo("simple");
            Map<String, JsonNode> env = env(base.find("Deployment", name));
            assertThat(secretKey(env, name, "KAFKA_PASSWORD")).isEqualTo(name + "/password");
            assertThat(env.get("KAFKA_USERNAME")).as(name + " KAFKA_USERNAME").isNotNull();
            assertThat(env.get("KAFKA_USERNAME").path("value").asText()).isEqualTo(name);
            if (env.containsKey("KAFKA_SECURITY_PROTOCOL")) {
                assertThat(env.get("KAFKA_SECURITY_PROTOCOL").path("value").asText())
                        .isEqualTo(tls ? "SASL_SSL" : "SASL_PLAINTEXT");
            }
            if (env.containsKey("KAFKA_SASL_MECHANISM")) {
                assertThat(env.get("KAFKA_SASL_MECHANISM").path("value").asText()).isEqualTo("SCRAM-SHA-512");
            }
        }
        // The grants of fi.kuopas.privacy.kafka.KafkaTopology, exactly.
        Map<String, Set<String>> expected = new LinkedHashMap<>();
        expected.put("consent-service", new TreeSet<>(Set.of("topic:consent-events:Write", "topic:consent-events:Describe")));
        for (String register : REGISTERS) {
            expected.put(register, new TreeSet<>(Set.of("topic:consent-events:Read", "topic:consent-events:Describe",
                    "group:" + register + ":Read", "topic:consent-events.dlq." + register + ":Write",
                    "topic:consent-events.dlq." + register + ":Describe")));
        }
        expected.put("gateway", new TreeSet<>(Set.of("topic:audit-seals:Read", "group:gateway-audit-seals:Read")));
        for (Map.Entry<String, Set<String>> e : expected.entrySet()) {
            e.getValue().addAll(Set.of("topic:audit-seals:Write", "topic:audit-seals:Describe"));
            assertThat(grants(base.find("KafkaUser", e.getKey()))).as(e.getKey() + " ACLs").isEqualTo(e.getValue());
        }
    }

    private static final List<String> REGISTERS = List.of("customer-register-service", "personnel-register-service",
            "stakeholder-register-service", "cctv-register-service");

    private static Set<String> grants(Document user) {
        Set<String> grants = new TreeSet<>();
        for (JsonNode acl : user.node.at("/spec/authorization/acls")) {
            assertThat(acl.path("type").asText("allow")).as(user + " " + acl).isEqualTo("allow");
            assertThat(acl.at("/resource/patternType").asText("literal")).as(user + " " + acl).isEqualTo("literal");
            for (JsonNode op : acl.path("operations")) {
                grants.add(acl.at("/resource/type").asText() + ":" + acl.at("/resource/name").asText() + ":" + op.asText());
            }
        }
        return grants;
    }

    /** The words of the README's shell loop {@code for VARIABLE in a b c; do}. */
    private static Set<String> loopValues(String readme, String variable) {
        var m = java.util.regex.Pattern.compile("for " + variable + " in ([^;\\n]+);").matcher(readme);
        assertThat(m.find()).as("README loops over " + variable).isTrue();
        return new TreeSet<>(List.of(m.group(1).trim().split("\\s+")));
    }

    private static Set<String> managedRoleSecrets(Document cluster) {
        Set<String> names = new TreeSet<>();
        cluster.node.at("/spec/managed/roles").forEach(r -> names.add(r.at("/passwordSecret/name").asText()));
        return names;
    }

    private static Map<String, JsonNode> env(Document deployment) {
        Map<String, JsonNode> env = new LinkedHashMap<>();
        deployment.node.at("/spec/template/spec/containers/0/env").forEach(e -> env.put(e.get("name").asText(), e));
        return env;
    }

    /** "secret/key" of an env variable taken from a Secret. */
    private static String secretKey(Map<String, JsonNode> env, String deployment, String variable) {
        assertThat(env).as(deployment + " sets " + variable).containsKey(variable);
        JsonNode ref = env.get(variable).at("/valueFrom/secretKeyRef");
        assertThat(ref.isMissingNode()).as(deployment + " " + variable + " from a Secret").isFalse();
        return ref.path("name").asText() + "/" + ref.path("key").asText();
    }

    @Test
    void shouldRetagEveryServiceImageInTheOverlay() throws IOException {
        JsonNode overlay = YAML.readTree(KUBERNETES.resolve("overlays/production/kustomization.yaml").toFile());
        Set<String> retagged = new TreeSet<>();
        overlay.path("images").forEach(i -> retagged.add(i.get("name").asText()));
        Kustomization base = Kustomization.load(KUBERNETES.resolve("base"));
        for (String service : SERVICES.keySet()) {
            String image = base.find("Deployment", service).node.at("/spec/template/spec/containers/0/image").asText();
            assertThat(retagged).contains(image.substring(0, image.indexOf(':')));
        }
    }

    private static int httpPort(String module) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(ROOT.resolve(module).resolve("src/main/resources/application.properties"))) {
            p.load(in);
        }
        return Integer.parseInt(p.getProperty("quarkus.http.port"));
    }

    private static boolean selects(JsonNode selector, JsonNode labels) {
        JsonNode match = selector.path("matchLabels");
        if (match.isEmpty()) {
            return false;
        }
        for (Map.Entry<String, JsonNode> e : match.properties()) {
            if (!e.getValue().asText().equals(labels.path(e.getKey()).asText(null))) {
                return false;
            }
        }
        return true;
    }

    private static List<String> errors(Map<String, JsonSchema> schemas, Document d) {
        String key = d.node.path("apiVersion").asText() + "/" + d.kind();
        JsonSchema schema = schemas.get(key);
        if (schema == null) {
            return List.of("no schema for " + key + " (add it to deploy/kubernetes/schemas)");
        }
        List<String> messages = new ArrayList<>();
        for (ValidationMessage m : schema.validate(d.node)) {
            messages.add(m.getMessage());
        }
        return messages;
    }

    record Document(Path file, JsonNode node) {
        String kind() {
            return node.path("kind").asText();
        }

        String name() {
            return node.at("/metadata/name").asText();
        }

        Set<String> secretRefs() {
            return refs("secretKeyRef", "secretRef");
        }

        Set<String> configMapRefs() {
            Set<String> names = refs("configMapKeyRef", "configMapRef");
            node.at("/spec/template/spec/volumes").forEach(v -> {
                if (v.has("configMap")) {
                    names.add(v.at("/configMap/name").asText());
                }
            });
            return names;
        }

        private Set<String> refs(String... fields) {
            Set<String> names = new TreeSet<>();
            for (String field : fields) {
                node.findValues(field).forEach(ref -> names.add(ref.get("name").asText()));
            }
            return names;
        }

        @Override
        public String toString() {
            return kind() + " " + name() + " (" + ROOT.relativize(file) + ")";
        }
    }

    /** The resources and patches a kustomization assembles (resources may be other kustomizations). */
    static final class Kustomization {
        final List<Document> documents = new ArrayList<>();
        final List<Document> patches = new ArrayList<>();

        static Kustomization load(Path dir) throws IOException {
            Kustomization k = new Kustomization();
            Path file = dir.resolve("kustomization.yaml");
            assertThat(file).exists();
            JsonNode kustomization = YAML.readTree(file.toFile());
            for (JsonNode resource : kustomization.path("resources")) {
                Path path = dir.resolve(resource.asText()).normalize();
                assertThat(path).as("resource of " + file).exists();
                if (Files.isDirectory(path)) {
                    Kustomization inner = load(path);
                    k.documents.addAll(inner.documents);
                    k.patches.addAll(inner.patches);
                } else {
                    k.documents.addAll(read(path));
                }
            }
            for (JsonNode patch : kustomization.path("patches")) {
                Path path = dir.resolve(patch.get("path").asText()).normalize();
                assertThat(path).as("patch of " + file).exists();
                k.patches.addAll(read(path));
            }
            return k;
        }

        private static List<Document> read(Path file) throws IOException {
            List<Document> documents = new ArrayList<>();
            try (var parser = new YAMLFactory().createParser(file.toFile())) {
                for (var it = YAML.readValues(parser, JsonNode.class); it.hasNext(); ) {
                    JsonNode node = it.next();
                    if (node != null && !node.isEmpty()) {
                        assertThat(node.path("kind").asText()).as("kind in " + file).isNotEmpty();
                        documents.add(new Document(file, node));
                    }
                }
            }
            return documents;
        }

        Document find(String kind, String name) {
            return documents.stream().filter(d -> d.kind().equals(kind) && d.name().equals(name)).findFirst()
                    .orElseThrow(() -> new AssertionError("no " + kind + " " + name));
        }
    }
}
