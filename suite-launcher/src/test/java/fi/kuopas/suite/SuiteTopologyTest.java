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
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The launcher's topology agrees with the modules, docker-compose.yml and deploy/kubernetes; bin/suite holds none. */
class SuiteTopologyTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @Test
    void shouldMakeEveryServiceAModuleOfTheReactorWithItsDefaultPortInApplicationProperties() throws IOException {
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
    void shouldRunEveryServiceInComposeOnItsPortWithItsOwnDatabase() throws IOException {
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
    void shouldRunEveryServiceInKubernetesOnItsPortWithItsOwnDatabaseAndKafkaUser() throws IOException {
        for (Service s : SuiteTopology.SERVICES) {
            String deployment = Files.readString(ROOT.resolve("deploy/kubernetes/base/services/" + s.module() + ".yaml"));
            assertThat(deployment).as(s.module())
                    .contains("containerPort: " + s.defaultPort())
                    .contains("name: " + s.database() + "-db-app");
        }
    }

    /**
     * bin/suite is a thin wrapper: the topology lives only here. Not a port, module, key or secret
     * in the script, and none of the Linux-only tools the bash supervisor needed.
     */
    @Test
    void shouldKeepBinSuiteAThinPortableWrapperWithoutTopology() throws IOException {
        String script = Files.readString(ROOT.resolve("bin/suite"));
        assertThat(script).startsWith("#!/bin/sh").contains("-jar \"$JAR\" \"$@\"").contains("suite-launcher.jar");
        assertThat(script.lines().count()).isLessThan(60);
        for (Service s : SuiteTopology.SERVICES) {
            assertThat(script).as(s.module()).doesNotContain(s.module()).doesNotContain(s.portEnv())
                    .doesNotContain(Integer.toString(s.defaultPort())).doesNotContain(s.auditPublicKey());
        }
        SuiteTopology.INFRA.forEach(c -> assertThat(script).as(c.name()).doesNotContain(c.portEnv())
                .doesNotContain(Integer.toString(c.defaultPort())));
        assertThat(script).doesNotContain(SuiteTopology.DB_PASSWORD, SuiteTopology.DEMO_PRIVACY_PEPPER,
                SuiteTopology.DEMO_KAFKA_ADMIN_PASSWORD, SuiteTopology.DEMO_ENCRYPTION_KEY_K1);
        assertThat(script).doesNotContain("/proc", "setsid", "flock", "%3N", "readlink -f", "sha256sum", "declare -A",
                "/dev/tcp", "-quit");
    }

    @Test
    void shouldGiveEveryComponentItsOwnPortAndEveryServiceTheEnvItNeedsWithCustomPorts() {
        SuiteTopology t = new SuiteTopology(Map.of("PG_PORT", "23432", "KAFKA_PORT", "23450", "KEYCLOAK_PORT", "23480",
                "GATEWAY_PORT", "23410", "CUSTOMER_PORT", "23411", "PERSONNEL_PORT", "23412", "STAKEHOLDER_PORT", "23413",
                "CCTV_PORT", "23414", "CONSENT_PORT", "23415"));
        assertThat(new HashSet<>(t.ports().values())).hasSize(t.ports().size());
        assertThat(new HashSet<>(new SuiteTopology(Map.of()).ports().values())).hasSize(10);
        assertThat(SuiteTopology.names()).containsExactly("postgres", "kafka", "keycloak", "customer", "personnel",
                "stakeholder", "cctv", "consent", "gateway");
        Set<String> databases = new HashSet<>();
        Set<String> kafkaPasswords = new HashSet<>();
        Set<String> auditKeys = new HashSet<>();
        for (Service s : SuiteTopology.SERVICES) {
            Map<String, String> env = t.serviceEnv(s);
            assertThat(env).as(s.name()).containsKeys("QUARKUS_HTTP_HOST", "QUARKUS_HTTP_PORT", "DB_URL", "DB_USER",
                    "DB_PASSWORD", "DB_OWNER_USER", "DB_OWNER_PASSWORD", "AUDIT_SIGNING_PRIVATE_KEY",
                    "AUDIT_SIGNING_PUBLIC_KEY", "KEYCLOAK_URL", "KAFKA_BOOTSTRAP_SERVERS", "KAFKA_PASSWORD",
                    "EVENT_SCHEMA_BASE_URL", "GATEWAY_URL", "PRIVACY_PEPPER", "ENCRYPTION_KEY_K1");
            assertThat(env.values()).as(s.name()).allSatisfy(v -> assertThat(v).isNotNull());
            assertThat(env.get("QUARKUS_HTTP_PORT")).isEqualTo(Integer.toString(t.port(s)));
            assertThat(t.port(s.name())).isEqualTo(t.port(s));
            assertThat(t.healthUrl(s)).isEqualTo("http://127.0.0.1:" + t.port(s) + "/q/health/ready");
            assertThat(databases.add(env.get("DB_URL"))).as("own database " + s.name()).isTrue();
            assertThat(kafkaPasswords.add(env.get("KAFKA_PASSWORD"))).as("own Kafka principal " + s.name()).isTrue();
            assertThat(auditKeys.add(env.get("AUDIT_SIGNING_PRIVATE_KEY"))).as("own audit key " + s.name()).isTrue();
        }
        assertThat(t.serviceEnv(SuiteTopology.service("gateway").orElseThrow()))
                .containsKeys("REGISTER_URLS", "GATEWAY_CLIENT_SECRET", "CONSOLE_CLIENT_SECRET", "AUDIT_WITNESS_KEYS");
    }

    @Test
    void shouldFillFromARunningSuitesPortsFileWhatTheEnvironmentDoesNotSet(@org.junit.jupiter.api.io.TempDir Path dir)
            throws IOException {
        Path ports = dir.resolve("ports.env");
        Files.writeString(ports, new SuiteTopology(Map.of("PG_PORT", "23432", "CUSTOMER_PORT", "23411")).portsEnv());

        SuiteTopology later = SuiteTopology.fromEnvironment(Map.of("CUSTOMER_PORT", "24411", "GATEWAY_PORT", ""), ports);

        assertThat(later.port(SuiteTopology.POSTGRES)).isEqualTo(23432);
        assertThat(later.port("customer")).isEqualTo(24411);
        assertThat(later.port("gateway")).isEqualTo(8080);
        assertThat(SuiteTopology.fromEnvironment(Map.of(), dir.resolve("absent")).ports())
                .isEqualTo(new SuiteTopology(Map.of()).ports());
    }

    @Test
    void shouldTakePortsFromTheEnvironmentWithTheDefaultsAsFallback() {
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
    void shouldStartTheServicesWithTheMemoryOptionsUnlessSERVICE_JAVA_OPTSIsSet() {
        // The JDK running this test knows TrimNativeHeapInterval (17.0.9+), so nothing is dropped.
        assertThat(Toolchain.vmOptionExists("TrimNativeHeapInterval")).isTrue();
        assertThat(Toolchain.vmOptionExists("NoSuchOptionAnywhere")).isFalse();
        assertThat(new SuiteTopology(Map.of()).serviceJavaOpts()).isEqualTo(SuiteTopology.DEFAULT_SERVICE_JAVA_OPTS)
                .contains(SuiteTopology.SERVICE_MEMORY_JAVA_OPTS).contains("-Xmx128m");
        assertThat(new SuiteTopology(Map.of("SERVICE_JAVA_OPTS", "-Xmx256m")).serviceJavaOpts()).isEqualTo("-Xmx256m");
    }

    @Test
    void shouldAnswerABadPortVariableWithAClearError() {
        assertThatThrownBy(() -> new SuiteTopology(Map.of("PG_PORT", "abc")).ports())
                .hasMessageContaining("PG_PORT=abc is not a number");
        assertThatThrownBy(() -> new SuiteTopology(Map.of("GATEWAY_PORT", "70000")).ports())
                .hasMessageContaining("GATEWAY_PORT=70000 is not a TCP port");
    }
}
