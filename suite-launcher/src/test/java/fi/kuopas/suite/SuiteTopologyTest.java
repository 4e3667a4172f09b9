package fi.kuopas.suite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.kuopas.suite.SuiteTopology.Service;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The launcher's topology agrees with the modules, docker-compose.yml, deploy/kubernetes and bin/suite. */
class SuiteTopologyTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @Test
    void everyServiceIsAModuleOfTheReactorWithItsDefaultPortInApplicationProperties() throws IOException {
        String pom = Files.readString(ROOT.resolve("pom.xml"));
        Set<String> names = new HashSet<>();
        Set<Integer> ports = new HashSet<>();
        Set<String> portEnvs = new HashSet<>();
        for (Service s : SuiteTopology.SERVICES) {
            assertThat(pom).as(s.module()).contains("<module>" + s.module() + "</module>");
            Properties p = new Properties();
            try (InputStream in = Files.newInputStream(ROOT.resolve(s.module()).resolve("src/main/resources/application.properties"))) {
                p.load(in);
            }
            assertThat(p.getProperty("quarkus.http.port")).as(s.module()).isEqualTo(Integer.toString(s.defaultPort()));
            assertThat(names.add(s.name())).as("unique name " + s.name()).isTrue();
            assertThat(ports.add(s.defaultPort())).as("unique port " + s.defaultPort()).isTrue();
            assertThat(portEnvs.add(s.portEnv())).as("unique variable " + s.portEnv()).isTrue();
        }
        SuiteTopology.INFRA.forEach(c -> assertThat(ports.add(c.defaultPort())).as(c.name()).isTrue());
    }

    @Test
    @SuppressWarnings("unchecked")
    void composeRunsEveryServiceOnItsPortWithItsOwnDatabase() throws IOException {
        Map<String, Object> compose;
        try (Reader in = Files.newBufferedReader(ROOT.resolve("docker-compose.yml"))) {
            compose = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        }
        Map<String, Object> services = (Map<String, Object>) compose.get("services");
        for (Service s : SuiteTopology.SERVICES) {
            Map<String, Object> service = (Map<String, Object>) services.get(s.module());
            assertThat(service).as(s.module()).isNotNull();
            Map<String, Object> env = (Map<String, Object>) service.get("environment");
            assertThat(String.valueOf(env.get("QUARKUS_HTTP_PORT"))).as(s.module()).isEqualTo(Integer.toString(s.defaultPort()));
            assertThat(String.valueOf(env.get("DB_URL"))).as(s.module())
                    .isEqualTo("jdbc:postgresql://" + s.database() + "-db:5432/" + s.database());
            assertThat((List<Object>) service.get("ports")).as(s.module())
                    .containsExactly(s.defaultPort() + ":" + s.defaultPort());
            assertThat(services).as(s.database() + "-db").containsKey(s.database() + "-db");
        }
        assertThat((List<Object>) ((Map<String, Object>) services.get("keycloak")).get("ports")).asString()
                .contains(Integer.toString(SuiteTopology.KEYCLOAK.defaultPort()));
    }

    @Test
    void kubernetesRunsEveryServiceOnItsPortWithItsOwnDatabaseAndKafkaUser() throws IOException {
        for (Service s : SuiteTopology.SERVICES) {
            String deployment = Files.readString(ROOT.resolve("deploy/kubernetes/base/services/" + s.module() + ".yaml"));
            assertThat(deployment).as(s.module())
                    .contains("containerPort: " + s.defaultPort())
                    .contains("name: " + s.database() + "-db-app");
        }
    }

    /** bin/suite still spells the topology in bash until it is a thin wrapper; both must agree. */
    @Test
    void binSuiteAgreesWithTheTopology() throws IOException {
        String script = Files.readString(ROOT.resolve("bin/suite"));
        for (Service s : SuiteTopology.SERVICES) {
            assertThat(script).as(s.module())
                    .contains("\"" + s.name() + "|" + s.module() + "|" + s.database() + "|$" + s.portEnv() + "\"")
                    .contains(s.portEnv() + "=${" + s.portEnv() + ":-" + s.defaultPort() + "}")
                    .contains("DEMO_AUDIT_PRIVATE[" + s.module() + "]='" + s.auditPrivateKey() + "'")
                    .contains("DEMO_AUDIT_PUBLIC[" + s.module() + "]='" + s.auditPublicKey() + "'");
        }
        SuiteTopology.INFRA.forEach(c -> assertThat(script).as(c.name())
                .contains(c.portEnv() + "=${" + c.portEnv() + ":-" + c.defaultPort() + "}"));
        for (String line : List.of(
                "DB_OWNER_USER=" + SuiteTopology.DB_OWNER_USER, "DB_USER=" + SuiteTopology.DB_USER,
                "DB_PASSWORD=" + SuiteTopology.DB_PASSWORD, "REALM=" + SuiteTopology.REALM,
                "DEMO_PRIVACY_PEPPER='" + SuiteTopology.DEMO_PRIVACY_PEPPER + "'",
                "DEMO_ENCRYPTION_KEY_K1='" + SuiteTopology.DEMO_ENCRYPTION_KEY_K1 + "'",
                "DEMO_KAFKA_ADMIN_PASSWORD='" + SuiteTopology.DEMO_KAFKA_ADMIN_PASSWORD + "'",
                "SERVICE_JAVA_OPTS=${SERVICE_JAVA_OPTS:-" + SuiteTopology.DEFAULT_SERVICE_JAVA_OPTS + "}")) {
            assertThat(script).contains(line);
        }
        Matcher m = Pattern.compile("printf '%s-DEMO-ONLY-kafka'").matcher(script);
        assertThat(m.find()).as("Kafka demo password pattern").isTrue();
        assertThat(SuiteTopology.SERVICES.get(0).kafkaPassword()).isEqualTo("customer-register-service-DEMO-ONLY-kafka");
    }

    @Test
    void portsComeFromTheEnvironmentWithTheDefaultsAsFallback() {
        SuiteTopology defaults = new SuiteTopology(Map.of());
        assertThat(defaults.ports()).containsEntry("PG_PORT", 15432).containsEntry("KAFKA_PORT", 9092)
                .containsEntry("KAFKA_CONTROLLER_PORT", 9093).containsEntry("KEYCLOAK_PORT", 8180)
                .containsEntry("GATEWAY_PORT", 8080).containsEntry("CONSENT_PORT", 8085).hasSize(10);

        SuiteTopology mine = new SuiteTopology(Map.of("PG_PORT", "17432", "KAFKA_PORT", "17450", "CUSTOMER_PORT", "17411",
                "CONSENT_PORT", "17415", "GATEWAY_PORT", "17410", "KEYCLOAK_PORT", "17480"));
        assertThat(mine.kafkaControllerPort()).isEqualTo(17451);
        Map<String, String> env = mine.serviceEnv(SuiteTopology.service("customer").orElseThrow());
        assertThat(env).containsEntry("QUARKUS_HTTP_PORT", "17411")
                .containsEntry("DB_URL", "jdbc:postgresql://127.0.0.1:17432/customer")
                .containsEntry("DB_USER", "kuopas_app").containsEntry("DB_OWNER_USER", "kuopas")
                .containsEntry("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:17450")
                .containsEntry("KAFKA_PASSWORD", "customer-register-service-DEMO-ONLY-kafka")
                .containsEntry("KEYCLOAK_URL", "http://localhost:17480")
                .containsEntry("EVENT_SCHEMA_BASE_URL", "http://localhost:17415/api/v1/events/schemas/")
                .containsEntry("GATEWAY_URL", "http://localhost:17410")
                .doesNotContainKey("REGISTER_URLS");
        Map<String, String> gateway = mine.serviceEnv(SuiteTopology.service("gateway").orElseThrow());
        assertThat(gateway.get("REGISTER_URLS")).contains("customer=http://localhost:17411", "consent=http://localhost:17415")
                .doesNotContain("gateway=");
        assertThat(gateway.get("AUDIT_WITNESS_KEYS").split(",")).hasSize(SuiteTopology.SERVICES.size());
        assertThat(gateway).containsEntry("CASE_GRANT_EPHEMERAL_KEY", "true");
    }

    @Test
    void aBadPortVariableIsAClearError() {
        assertThatThrownBy(() -> new SuiteTopology(Map.of("PG_PORT", "abc")).ports())
                .hasMessageContaining("PG_PORT=abc is not a number");
        assertThatThrownBy(() -> new SuiteTopology(Map.of("GATEWAY_PORT", "70000")).ports())
                .hasMessageContaining("GATEWAY_PORT=70000 is not a TCP port");
    }
}
