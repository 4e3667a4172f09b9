package fi.kuopas.suite;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The local suite's topology in one place: infrastructure components and services, their port
 * variables and defaults, databases and roles, Kafka principals and the demo audit signing keys.
 * Ports are read from the environment (the same variables bin/suite has always honoured), then from
 * {@code .suite/run/ports.env} (the ports of the suite that runs, written by {@code up}), and fall
 * back to the defaults below. bin/suite holds none of this: it only starts {@link SuiteMain}.
 *
 * <p>DEMO-ONLY SECRETS below are public and committed for a laptop demo with invented data; real
 * deployments inject their own values from a secret store.
 */
public final class SuiteTopology {

    /** An infrastructure process (PostgreSQL, Kafka, Keycloak). */
    public record Component(String name, String portEnv, int defaultPort) {}

    /**
     * A Quarkus service: short name (pid/log file name), Maven module (= application name, Kafka
     * principal, compose service), database, port variable and default port, demo audit key pair.
     */
    public record Service(String name, String module, String database, String portEnv, int defaultPort,
            String auditPrivateKey, String auditPublicKey) {

        /** The SCRAM password of this service's Kafka principal (demo only). */
        public String kafkaPassword() {
            return module + "-DEMO-ONLY-kafka";
        }
    }

    public static final String REALM = "kuopas";
    public static final String CLI_CLIENT = "kuopas-cli";
    public static final String DEMO_PASSWORD = "kuopas-demo";

    /** Schema owner: runs the migrations. */
    public static final String DB_OWNER_USER = "kuopas";
    public static final String DB_OWNER_PASSWORD = "kuopas";
    /** Application role the services run as: may only INSERT and SELECT the audit tables. */
    public static final String DB_USER = "kuopas_app";
    public static final String DB_PASSWORD = "kuopas-app";

    public static final String DEMO_PRIVACY_PEPPER = "kuopas-DEMO-ONLY-pepper-Fg17jmBnIjQ21Gkk/udFVx35pxvq/hPX";
    public static final String DEMO_ENCRYPTION_KEY_K1 = "g84xIk4kSxUhKzqG8weAX8HhZggn4vW0Yk/dQT3dvX0=";
    public static final String DEMO_GATEWAY_CLIENT_SECRET = "gateway-demo-secret";
    public static final String DEMO_CONSOLE_CLIENT_SECRET = "console-demo-secret-for-local-development-only";
    public static final String DEMO_KAFKA_ADMIN_PASSWORD = "kuopas-DEMO-ONLY-kafka-admin";

    /**
     * The memory options of every service JVM, whoever starts it: bin/suite (in
     * {@link #DEFAULT_SERVICE_JAVA_OPTS}), docker-compose.yml and deploy/kubernetes (in their
     * JAVA_OPTS; ComposeFileTest and KubernetesManifestsTest hold both to this list). The serial
     * collector (no remembered sets or GC threads on a heap this small), heap given back after a
     * full collection once more than 60 % of it is free and grown when less than 30 % is (10/20 kept
     * the old generation so close to its live set that a busy service ran several full collections a
     * second: docs/benchmarks.md), 512 KiB thread stacks, and glibc's free
     * native memory returned to the OS every 5 s (TrimNativeHeapInterval, JDK 17.0.9+; see
     * docs/benchmarks.md for what each one measured).
     */
    public static final String SERVICE_MEMORY_JAVA_OPTS =
            "-XX:+UseSerialGC -XX:MinHeapFreeRatio=30 -XX:MaxHeapFreeRatio=60 -Xss512k -XX:TrimNativeHeapInterval=5000";
    /**
     * JVM options of each service unless SERVICE_JAVA_OPTS is set (as in bin/suite): the memory
     * options above, a heap of at most 128 MB and, on a laptop, the C1 compiler only with a
     * smaller code cache. The containers size the heap from their memory limit instead.
     */
    public static final String DEFAULT_SERVICE_JAVA_OPTS =
            "-Xms16m -Xmx128m " + SERVICE_MEMORY_JAVA_OPTS + " -XX:TieredStopAtLevel=1 -XX:ReservedCodeCacheSize=32m";
    public static final String DEFAULT_KEYCLOAK_HEAP = "512m";
    public static final String DEFAULT_KAFKA_HEAP = "192m";

    public static final Component POSTGRES = new Component("postgres", "PG_PORT", 15432);
    public static final Component KAFKA = new Component("kafka", "KAFKA_PORT", 9092);
    public static final Component KEYCLOAK = new Component("keycloak", "KEYCLOAK_PORT", 8180);
    public static final List<Component> INFRA = List.of(POSTGRES, KAFKA, KEYCLOAK);

    /** Start order: the registers, then consent-service, then the gateway that calls them all. */
    public static final List<Service> SERVICES = List.of(
            new Service("customer", "customer-register-service", "customer", "CUSTOMER_PORT", 8081,
                    "MC4CAQAwBQYDK2VwBCIEILEIA1JwL5pa4cVRN0KmOlIvYdiW60Wa0d+jEbxQuP+y",
                    "MCowBQYDK2VwAyEAd0Gm2NBstXzODJIZcwKgsnmlfmHWMuCeTFcNlEdZaQE="),
            new Service("personnel", "personnel-register-service", "personnel", "PERSONNEL_PORT", 8082,
                    "MC4CAQAwBQYDK2VwBCIEIAs0aPjQZxIWH29KcHz0sqXAXTV05kSmAziQ4nP6BrTF",
                    "MCowBQYDK2VwAyEAMX82/3UsSTOaYo9k1QgHKHGgo3uXztn5QGLATMeL4LY="),
            new Service("stakeholder", "stakeholder-register-service", "stakeholder", "STAKEHOLDER_PORT", 8083,
                    "MC4CAQAwBQYDK2VwBCIEIAxufkJYdh7B3kMVqRYWBH2pboEFAGLaUsRHxPAaR3o9",
                    "MCowBQYDK2VwAyEAGj9C5P6n3CgMWGSUrhs5Kvr94O9YtlOmb+Tcz7m7Sms="),
            new Service("cctv", "cctv-register-service", "cctv", "CCTV_PORT", 8084,
                    "MC4CAQAwBQYDK2VwBCIEILYsXeO69jzOYWuN8q2fkwhKyaIgN5jMePORORidOvWR",
                    "MCowBQYDK2VwAyEAzznqkIFHuMihzUHGEFD5R5irfKcfgmQ/T9jlSJ1pE7Y="),
            new Service("consent", "consent-service", "consent", "CONSENT_PORT", 8085,
                    "MC4CAQAwBQYDK2VwBCIEIKI93/44vJN3NyrMbqblHYpdbXCpX67/mSYUAIsQfTbS",
                    "MCowBQYDK2VwAyEACUH7tt4VzYRHzjgpHVtjr7K4EfWb+IA+AtvD1CwFEmc="),
            new Service("gateway", "gateway", "gateway", "GATEWAY_PORT", 8080,
                    "MC4CAQAwBQYDK2VwBCIEIIpt11u0Tzi/uyd+jaVm1Uo3XxW4otyDtg4qnRzGkbT9",
                    "MCowBQYDK2VwAyEAlRgV+mEGrLUaTffXQvu6D0mFvzWgBpsxerwDy5YW6FE="));

    private final Map<String, String> env;

    public SuiteTopology(Map<String, String> env) {
        this.env = Map.copyOf(env);
    }

    public static SuiteTopology fromEnvironment() {
        return new SuiteTopology(System.getenv());
    }

    /**
     * The environment, with the {@code *_PORT} variables of {@code portsFile} (a running suite's
     * {@code .suite/run/ports.env}) filled in where the environment does not set them.
     */
    public static SuiteTopology fromEnvironment(Map<String, String> environment, Path portsFile) {
        Map<String, String> merged = new HashMap<>(environment);
        if (Files.isRegularFile(portsFile)) {
            try {
                for (String line : Files.readAllLines(portsFile, StandardCharsets.UTF_8)) {
                    int eq = line.indexOf('=');
                    if (eq <= 0) {
                        continue;
                    }
                    String key = line.substring(0, eq).trim();
                    String value = line.substring(eq + 1).trim();
                    String current = merged.get(key);
                    if (key.endsWith("_PORT") && !value.isEmpty() && (current == null || current.isEmpty())) {
                        merged.put(key, value);
                    }
                }
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot read " + portsFile + ": " + e.getMessage(), e);
            }
        }
        return new SuiteTopology(merged);
    }

    /** {@code ports()} as the lines of {@code .suite/run/ports.env}. */
    public String portsEnv() {
        StringBuilder b = new StringBuilder();
        ports().forEach((k, v) -> b.append(k).append('=').append(v).append('\n'));
        return b.toString();
    }

    public static Optional<Service> service(String nameOrModule) {
        return SERVICES.stream()
                .filter(s -> s.name().equals(nameOrModule) || s.module().equals(nameOrModule))
                .findFirst();
    }

    public int port(Component c) {
        return port(c.portEnv(), c.defaultPort());
    }

    public int port(Service s) {
        return port(s.portEnv(), s.defaultPort());
    }

    /** KAFKA_CONTROLLER_PORT, by default the broker port + 1. */
    public int kafkaControllerPort() {
        return port("KAFKA_CONTROLLER_PORT", port(KAFKA) + 1);
    }

    private int port(String variable, int fallback) {
        String value = env.get(variable);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int port = Integer.parseInt(value.trim());
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException(variable + "=" + value + " is not a TCP port (1-65535)");
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(variable + "=" + value + " is not a number", e);
        }
    }

    /** An optional setting (SUITE_*, heap sizes, …): its value, or {@code fallback} when unset or empty. */
    public String setting(String variable, String fallback) {
        return envOr(variable, fallback);
    }

    /** A timeout in seconds from {@code variable}, e.g. SUITE_SERVICE_TIMEOUT. */
    public java.time.Duration seconds(String variable, int fallback) {
        String value = envOr(variable, Integer.toString(fallback));
        try {
            return java.time.Duration.ofSeconds(Long.parseLong(value.trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(variable + "=" + value + " is not a number of seconds", e);
        }
    }

    /** A switch such as SUITE_SKIP_SEED=1. */
    public boolean flag(String variable) {
        return "1".equals(envOr(variable, "0").trim());
    }

    public String keycloakHeap() {
        return envOr("KEYCLOAK_HEAP", DEFAULT_KEYCLOAK_HEAP);
    }

    public String kafkaHeap() {
        return envOr("KAFKA_HEAP", DEFAULT_KAFKA_HEAP);
    }

    /** The port of a component or service by its short name (postgres, kafka, keycloak, customer, …). */
    public int port(String name) {
        for (Component c : INFRA) {
            if (c.name().equals(name)) {
                return port(c);
            }
        }
        return port(service(name).orElseThrow(() -> new IllegalArgumentException("unknown component " + name)));
    }

    /** Every component's short name in start order: infrastructure, then the services. */
    public static List<String> names() {
        List<String> names = new java.util.ArrayList<>();
        INFRA.forEach(c -> names.add(c.name()));
        SERVICES.forEach(s -> names.add(s.name()));
        return names;
    }

    private String envOr(String variable, String fallback) {
        String value = env.get(variable);
        return value == null || value.isEmpty() ? fallback : value;
    }

    public String serviceJavaOpts() {
        String configured = env.get("SERVICE_JAVA_OPTS");
        if (configured != null && !configured.isEmpty()) {
            return configured;
        }
        // A JDK 17 before 17.0.9 does not know this option and would not start with it.
        return Toolchain.vmOptionExists("TrimNativeHeapInterval") ? DEFAULT_SERVICE_JAVA_OPTS
                : DEFAULT_SERVICE_JAVA_OPTS.replace(" -XX:TrimNativeHeapInterval=5000", "");
    }

    /** Every port variable with its effective value, in the order bin/suite writes .suite/run/ports.env. */
    public Map<String, Integer> ports() {
        Map<String, Integer> ports = new LinkedHashMap<>();
        ports.put(POSTGRES.portEnv(), port(POSTGRES));
        ports.put(KAFKA.portEnv(), port(KAFKA));
        ports.put("KAFKA_CONTROLLER_PORT", kafkaControllerPort());
        ports.put(KEYCLOAK.portEnv(), port(KEYCLOAK));
        for (String name : List.of("gateway", "customer", "personnel", "stakeholder", "cctv", "consent")) {
            Service s = service(name).orElseThrow();
            ports.put(s.portEnv(), port(s));
        }
        return ports;
    }

    public String keycloakUrl() {
        return "http://localhost:" + port(KEYCLOAK);
    }

    /** The readiness URL the supervisor polls for a service. */
    public String healthUrl(Service s) {
        return "http://127.0.0.1:" + port(s) + "/q/health/ready";
    }

    /**
     * The environment a service needs against the local infrastructure, whether started by the
     * suite (packaged jar) or by {@code ./mvnw quarkus:dev -pl <module>}.
     */
    public Map<String, String> serviceEnv(Service s) {
        Map<String, String> e = new LinkedHashMap<>();
        e.put("QUARKUS_HTTP_HOST", "127.0.0.1");
        e.put("QUARKUS_HTTP_PORT", Integer.toString(port(s)));
        e.put("DB_URL", "jdbc:postgresql://127.0.0.1:" + port(POSTGRES) + "/" + s.database());
        e.put("DB_USER", DB_USER);
        e.put("DB_PASSWORD", DB_PASSWORD);
        e.put("DB_OWNER_USER", DB_OWNER_USER);
        e.put("DB_OWNER_PASSWORD", DB_OWNER_PASSWORD);
        e.put("AUDIT_SIGNING_PRIVATE_KEY", s.auditPrivateKey());
        e.put("AUDIT_SIGNING_PUBLIC_KEY", s.auditPublicKey());
        e.put("KEYCLOAK_URL", keycloakUrl());
        e.put("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:" + port(KAFKA));
        e.put("KAFKA_PASSWORD", s.kafkaPassword());
        e.put("EVENT_SCHEMA_BASE_URL", "http://localhost:" + port(service("consent").orElseThrow())
                + "/api/v1/events/schemas/");
        e.put("GATEWAY_URL", "http://localhost:" + port(service("gateway").orElseThrow()));
        e.put("PROTECT_OPERATIONS_ENDPOINTS", envOr("PROTECT_OPERATIONS_ENDPOINTS", "false"));
        e.put("PRIVACY_PEPPER", envOr("PRIVACY_PEPPER", DEMO_PRIVACY_PEPPER));
        e.put("ENCRYPTION_KEY_K1", envOr("ENCRYPTION_KEY_K1", DEMO_ENCRYPTION_KEY_K1));
        if (s.name().equals("gateway")) {
            StringBuilder registers = new StringBuilder();
            for (Service r : SERVICES) {
                if (!r.name().equals("gateway")) {
                    registers.append(registers.length() == 0 ? "" : ",")
                            .append(r.name()).append("=http://localhost:").append(port(r));
                }
            }
            e.put("REGISTER_URLS", registers.toString());
            e.put("GATEWAY_CLIENT_SECRET", DEMO_GATEWAY_CLIENT_SECRET);
            e.put("CONSOLE_CLIENT_SECRET", envOr("CONSOLE_CLIENT_SECRET", DEMO_CONSOLE_CLIENT_SECRET));
            String caseGrantKey = envOr("CASE_GRANT_SIGNING_KEY", "");
            e.put("CASE_GRANT_SIGNING_KEY", caseGrantKey);
            if (caseGrantKey.isEmpty()) {
                // Demo only: case grants signed with a key generated at start (one gateway instance).
                e.put("CASE_GRANT_EPHEMERAL_KEY", "true");
            }
            StringBuilder witness = new StringBuilder();
            for (Service w : SERVICES) {
                witness.append(witness.length() == 0 ? "" : ",").append(w.module()).append('=').append(w.auditPublicKey());
            }
            e.put("AUDIT_WITNESS_KEYS", witness.toString());
        }
        return e;
    }
}
