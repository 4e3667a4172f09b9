package fi.kuopas.suite;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.admin.Admin;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * The suite's infrastructure as local processes: PostgreSQL ({@link PostgresLauncher}: zonky's
 * binaries, databases, owner and application roles), a single-node KRaft Kafka broker with
 * SASL/SCRAM and ACLs ({@code kafka.Kafka}; principals, topics and ACLs by privacy-kit's
 * {@code KafkaTopology}), and Keycloak's distribution ({@code kc.sh start-dev}, realm imported once).
 */
final class Infrastructure {

    private final Path root;
    private final Path stateDir;
    private final SuiteTopology topology;
    private final Supervisor supervisor;
    private final Toolchain toolchain;
    private final PrintStream out;
    private final Path logs;
    private final Path data;
    private final Path run;
    private final Path conf;

    Infrastructure(Path root, Path stateDir, SuiteTopology topology, Supervisor supervisor, Toolchain toolchain,
            PrintStream out) {
        this.root = root;
        this.stateDir = stateDir;
        this.topology = topology;
        this.supervisor = supervisor;
        this.toolchain = toolchain;
        this.out = out;
        this.logs = stateDir.resolve("logs");
        this.data = stateDir.resolve("data");
        this.run = stateDir.resolve("run");
        this.conf = stateDir.resolve("conf");
    }

    /** -cp of the helper JVMs: the launcher's jar, whose manifest names its dependencies. */
    private List<String> launcherClasspath() {
        return List.of("-cp", toolchain.launcherClasspath());
    }

    private String log4j(String file) {
        return "-Dlog4j2.configurationFile=" + conf.resolve(file);
    }

    void writeLog4jConfig() throws IOException {
        Files.createDirectories(conf);
        Files.writeString(conf.resolve("log4j2.properties"), String.join("\n",
                "# written by bin/suite: log4j2 for the PostgreSQL launcher and the Kafka broker (stdout -> .suite/logs)",
                "status = warn",
                "appender.out.type = Console",
                "appender.out.name = out",
                "appender.out.layout.type = PatternLayout",
                "appender.out.layout.pattern = %d{ISO8601} %-5p [%c{1}] %m%n",
                "rootLogger.level = INFO",
                "rootLogger.appenderRef.out.ref = out",
                "logger.kafkaconfig.name = org.apache.kafka.common.config.AbstractConfig",
                "logger.kafkaconfig.level = WARN",
                "logger.kafkaconfig2.name = kafka.server.KafkaConfig",
                "logger.kafkaconfig2.level = WARN",
                "logger.zonky.name = io.zonky",
                "logger.zonky.level = INFO", ""), StandardCharsets.UTF_8);
        Files.writeString(conf.resolve("log4j2-quiet.properties"), String.join("\n",
                "status = warn",
                "appender.out.type = Console",
                "appender.out.name = out",
                "appender.out.layout.type = PatternLayout",
                "appender.out.layout.pattern = %-5p [%c{1}] %m%n",
                "rootLogger.level = WARN",
                "rootLogger.appenderRef.out.ref = out", ""), StandardCharsets.UTF_8);
    }

    void requireFreePort(String name, int port) {
        if (Supervisor.portOpen(port)) {
            throw new SuiteFailure("port " + port + " for " + name + " is already in use and not by this suite. "
                    + "Stop that process or choose another port (see bin/suite help).");
        }
    }

    // ------------------------------------------------------------------------------ PostgreSQL

    /** The PostgreSQL server of this suite's data directory, if it runs (pg_ctl starts it detached). */
    Optional<ProcessHandle> postmaster() {
        Path pidFile = data.resolve("postgres/postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(pidFile, StandardCharsets.US_ASCII);
            if (lines.isEmpty()) {
                return Optional.empty();
            }
            return ProcessHandle.of(Long.parseLong(lines.get(0).trim()))
                    .filter(ProcessHandle::isAlive).filter(supervisor::ours);
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** A PostgreSQL server whose launcher is gone (a crash, a lost state file): stop it. */
    void stopOrphanPostmaster(PrintStream err) {
        Optional<ProcessHandle> pm = postmaster();
        if (pm.isPresent()) {
            Suite.warn(err, "stopping a PostgreSQL server left behind (pid " + pm.get().pid() + ")");
            Supervisor.terminate(pm.get(), Duration.ofSeconds(20));
        }
    }

    void startPostgres(PrintStream err) throws IOException {
        stopOrphanPostmaster(err);
        int port = topology.port(SuiteTopology.POSTGRES);
        requireFreePort("postgres", port);
        Files.createDirectories(data.resolve("postgres"));
        Files.createDirectories(stateDir.resolve("tmp"));
        List<String> cmd = new ArrayList<>(List.of(Toolchain.serviceJava(), supervisor.marker(), "-Xmx128m", "-Xms8m",
                "-XX:+UseSerialGC", "-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=20", "-XX:TieredStopAtLevel=1",
                "-XX:ReservedCodeCacheSize=16m", "-Xss512k", "-Djava.io.tmpdir=" + stateDir.resolve("tmp"),
                log4j("log4j2.properties")));
        cmd.addAll(launcherClasspath());
        cmd.addAll(List.of(PostgresLauncher.class.getName(), "--port", Integer.toString(port),
                "--data", data.resolve("postgres").toString(),
                "--user", SuiteTopology.DB_OWNER_USER, "--password", SuiteTopology.DB_OWNER_PASSWORD,
                "--app-user", SuiteTopology.DB_USER, "--app-password", SuiteTopology.DB_PASSWORD,
                "--databases", String.join(",", SuiteTopology.SERVICES.stream().map(SuiteTopology.Service::database)
                        .toArray(String[]::new))));
        supervisor.start("postgres", cmd, Map.of(), root);
    }

    boolean postgresReady() {
        return logContains("postgres", "KUOPAS-POSTGRES-READY") && Supervisor.portOpen(topology.port(SuiteTopology.POSTGRES));
    }

    // ------------------------------------------------------------------------------ Kafka

    String kafkaProperties() {
        int port = topology.port(SuiteTopology.KAFKA);
        int controller = topology.kafkaControllerPort();
        String admin = SuiteTopology.DEMO_KAFKA_ADMIN_PASSWORD;
        return String.join("\n",
                "# written by bin/suite: single-node KRaft broker+controller for local development",
                "process.roles=broker,controller",
                "node.id=1",
                "log.dirs=" + data.resolve("kafka"),
                "controller.quorum.bootstrap.servers=127.0.0.1:" + controller,
                "listeners=SASL_PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controller,
                "advertised.listeners=SASL_PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controller,
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=SASL_PLAINTEXT",
                "# Every listener authenticates: clients and the broker itself with SCRAM-SHA-512, the controller",
                "# with PLAIN (SCRAM credentials live in the metadata the controller serves). No unauthenticated listener.",
                "listener.security.protocol.map=CONTROLLER:SASL_PLAINTEXT,SASL_PLAINTEXT:SASL_PLAINTEXT",
                "sasl.enabled.mechanisms=SCRAM-SHA-512",
                "sasl.mechanism.inter.broker.protocol=SCRAM-SHA-512",
                "sasl.mechanism.controller.protocol=PLAIN",
                "listener.name.controller.sasl.enabled.mechanisms=PLAIN",
                "listener.name.controller.plain.sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule "
                        + "required username=\"admin\" password=\"" + admin + "\" user_admin=\"" + admin + "\";",
                "listener.name.sasl_plaintext.scram-sha-512.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule "
                        + "required username=\"admin\" password=\"" + admin + "\";",
                "# ACLs: what no ACL allows is denied (fi.kuopas.privacy.kafka.KafkaTopology creates them).",
                "authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer",
                "allow.everyone.if.no.acl.found=false",
                "super.users=User:admin",
                "num.partitions=1",
                "default.replication.factor=1",
                "offsets.topic.replication.factor=1",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                "auto.create.topics.enable=false",
                "log.retention.hours=168",
                "log.cleaner.dedupe.buffer.size=16777216",
                "socket.request.max.bytes=104857600", "");
    }

    void startKafka(PrintStream err) throws IOException, InterruptedException {
        int port = topology.port(SuiteTopology.KAFKA);
        int controller = topology.kafkaControllerPort();
        requireFreePort("kafka", port);
        requireFreePort("kafka-controller", controller);
        Path dir = data.resolve("kafka");
        Path props = conf.resolve("kafka.properties");
        Files.createDirectories(conf);
        Files.writeString(props, kafkaProperties(), StandardCharsets.UTF_8);
        String stamp = port + " " + controller + " sasl-scram";
        Path stampFile = data.resolve("kafka.ports");
        String oldStamp = Files.isRegularFile(stampFile) ? Files.readString(stampFile, StandardCharsets.UTF_8).trim() : "";
        if (!Files.isRegularFile(dir.resolve("meta.properties")) || !oldStamp.equals(stamp)) {
            if (Files.isDirectory(dir)) {
                Suite.warn(err, "Kafka ports or security changed, or storage incomplete: formatting a new, empty Kafka log directory");
            }
            Toolchain.deleteTree(dir);
            Files.createDirectories(dir);
            byte[] id = new byte[16];
            new SecureRandom().nextBytes(id);
            String clusterId = Base64.getUrlEncoder().withoutPadding().encodeToString(id);
            List<String> cmd = new ArrayList<>(List.of(Toolchain.serviceJava(), supervisor.marker(), "-Xmx128m",
                    "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", log4j("log4j2-quiet.properties")));
            cmd.addAll(launcherClasspath());
            cmd.addAll(List.of("kafka.tools.StorageTool", "format", "-t", clusterId, "-c", props.toString(), "--standalone",
                    "--add-scram", "SCRAM-SHA-512=[name=admin,password=" + SuiteTopology.DEMO_KAFKA_ADMIN_PASSWORD + "]"));
            runToLog(cmd, Map.of(), logs.resolve("kafka-format.log"), false, "formatting Kafka storage failed");
            Files.writeString(stampFile, stamp + "\n", StandardCharsets.UTF_8);
        }
        List<String> cmd = new ArrayList<>(List.of(Toolchain.serviceJava(), supervisor.marker(), "-Xmx" + topology.kafkaHeap(),
                "-Xms32m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Djava.awt.headless=true",
                log4j("log4j2.properties")));
        cmd.addAll(launcherClasspath());
        cmd.addAll(List.of("kafka.Kafka", props.toString()));
        supervisor.start("kafka", cmd, Map.of(), root);
    }

    boolean kafkaReady() {
        return Supervisor.portOpen(topology.port(SuiteTopology.KAFKA)) && logContains("kafka", "Kafka Server started");
    }

    /**
     * Principals (SCRAM), topics and ACLs of privacy-kit's KafkaTopology; idempotent. Runs in this
     * JVM (privacy-kit's compiled class on top of the launcher's Kafka client), not in one more.
     */
    void kafkaTopology() {
        Path kit = toolchain.privacyKitClasses(logs);
        System.setProperty("log4j2.configurationFile", conf.resolve("log4j2-quiet.properties").toString());
        Map<String, String> passwords = new LinkedHashMap<>();
        String bootstrap = "127.0.0.1:" + topology.port(SuiteTopology.KAFKA);
        Path log = logs.resolve("kafka-topology.log");
        try (URLClassLoader kitLoader = new URLClassLoader(new URL[] {kit.toUri().toURL()}, Infrastructure.class.getClassLoader())) {
            Class<?> kafkaTopology = Class.forName("fi.kuopas.privacy.kafka.KafkaTopology", true, kitLoader);
            @SuppressWarnings("unchecked")
            List<String> principals = (List<String>) kafkaTopology.getMethod("principals").invoke(null);
            for (String principal : principals) {
                passwords.put(principal, SuiteTopology.service(principal)
                        .orElseThrow(() -> new SuiteFailure("Kafka principal " + principal + " is no service of SuiteTopology"))
                        .kafkaPassword());
            }
            Properties client = (Properties) kafkaTopology.getMethod("clientProperties", String.class, String.class, String.class)
                    .invoke(null, bootstrap, "admin", SuiteTopology.DEMO_KAFKA_ADMIN_PASSWORD);
            try (Admin admin = Admin.create(client)) {
                kafkaTopology.getMethod("apply", Admin.class, Map.class).invoke(null, admin, passwords);
            }
            Files.writeString(log, "Kafka topology applied on " + bootstrap + ": principals " + passwords.keySet() + "\n",
                    StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (InvocationTargetException e) {
            throw new SuiteFailure("creating Kafka principals, topics and ACLs failed: " + e.getCause());
        } catch (IOException | ReflectiveOperationException e) {
            throw new SuiteFailure("creating Kafka principals, topics and ACLs failed: " + e);
        }
    }

    private void runToLog(List<String> cmd, Map<String, String> env, Path log, boolean append, String failure)
            throws IOException, InterruptedException {
        Files.createDirectories(logs);
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(root.toFile()).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .redirectOutput(append ? ProcessBuilder.Redirect.appendTo(log.toFile()) : ProcessBuilder.Redirect.to(log.toFile()));
        pb.environment().putAll(env);
        Process p = pb.start();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
        }
        if (p.exitValue() != 0) {
            out.print(Files.readString(log, StandardCharsets.UTF_8));
            throw new SuiteFailure(failure + " (log: " + log + ")");
        }
    }

    // ------------------------------------------------------------------------------ Keycloak

    Path realmFile() {
        return Path.of(topology.setting("KEYCLOAK_REALM_FILE", root.resolve("infra/keycloak/kuopas-realm.json").toString()));
    }

    void checkRealmFile() {
        Path realm = realmFile();
        if (!Files.isRegularFile(realm)) {
            throw new SuiteFailure("Keycloak realm file is missing: " + realm + "\n       It must define realm '"
                    + SuiteTopology.REALM + "', the public client '" + SuiteTopology.CLI_CLIENT
                    + "' (direct access grants) and the demo users.");
        }
        try {
            new ObjectMapper().readTree(realm.toFile());
        } catch (IOException e) {
            throw new SuiteFailure("the realm file " + realm + " is not valid JSON");
        }
    }

    String realmChecksum() throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(realmFile())));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    void startKeycloak(String keycloakJava) throws IOException {
        checkRealmFile();
        int port = topology.port(SuiteTopology.KEYCLOAK);
        requireFreePort("keycloak", port);
        Path home = toolchain.keycloakHome();
        Path importDir = home.resolve("data/import");
        Files.createDirectories(importDir);
        Files.createDirectories(run);
        String sum = realmChecksum();
        Path h2 = home.resolve("data/h2");
        Path realmSum = run.resolve("keycloak-realm.sum");
        Path importedSum = run.resolve("keycloak-imported.sum");
        if (Files.isDirectory(h2) && !sum.equals(readTrimmed(realmSum))) {
            Suite.info(out, "realm file changed since the last start: resetting Keycloak's dev database so that it is imported again");
            Toolchain.deleteTree(h2);
        }
        try (var old = Files.list(importDir)) {
            for (Path f : old.filter(f -> f.toString().endsWith(".json")).toList()) {
                Files.deleteIfExists(f);
            }
        }
        Files.writeString(realmSum, sum + "\n", StandardCharsets.US_ASCII);
        // Import once: a realm imported from this very file (marker written when Keycloak was UP with it)
        // is not read again; --import-realm would parse the file and skip the existing realm on every start.
        boolean doImport = !(Files.isDirectory(h2) && sum.equals(readTrimmed(importedSum)));
        if (doImport) {
            Files.deleteIfExists(importedSum);
            Files.copy(realmFile(), importDir.resolve(SuiteTopology.REALM + "-realm.json"));
        }
        List<String> cmd = new ArrayList<>(List.of(home.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-port=" + port, "--http-host=127.0.0.1", "--hostname=http://localhost:" + port));
        if (doImport) {
            cmd.add("--import-realm");
        }
        Path javaHome = Path.of(keycloakJava).getParent().getParent();
        Map<String, String> env = new LinkedHashMap<>();
        // kc.sh runs java as its child and forwards SIGTERM; JAVA picks the JDK 21+.
        env.put("JAVA", keycloakJava);
        env.put("JAVA_HOME", javaHome.toString());
        env.put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
        env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
        env.put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx" + topology.keycloakHeap());
        env.put("JAVA_OPTS_APPEND", supervisor.marker());
        supervisor.start("keycloak", cmd, env, root);
    }

    /** After Keycloak was UP with the realm file: do not import it again on the next start. */
    void rememberRealmImported() throws IOException {
        Files.copy(run.resolve("keycloak-realm.sum"), run.resolve("keycloak-imported.sum"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    boolean keycloakReady() {
        return Supervisor.ok(topology.keycloakUrl() + "/realms/" + SuiteTopology.REALM + "/.well-known/openid-configuration");
    }

    // ------------------------------------------------------------------------------ services

    void startService(SuiteTopology.Service s) throws IOException {
        int port = topology.port(s);
        requireFreePort(s.name(), port);
        List<String> cmd = new ArrayList<>();
        cmd.add(Toolchain.serviceJava());
        cmd.add(supervisor.marker());
        for (String opt : topology.serviceJavaOpts().trim().split("\\s+")) {
            if (!opt.isEmpty()) {
                cmd.add(opt);
            }
        }
        cmd.add("-jar");
        cmd.add(toolchain.serviceJar(s).toString());
        supervisor.start(s.name(), cmd, topology.serviceEnv(s), root.resolve(s.module()));
    }

    // ------------------------------------------------------------------------------ helpers

    boolean logContains(String name, String text) {
        Path log = supervisor.logFile(name);
        try {
            return Files.isRegularFile(log) && Files.readString(log, StandardCharsets.ISO_8859_1).contains(text);
        } catch (IOException e) {
            return false;
        }
    }

    private static String readTrimmed(Path f) {
        try {
            return Files.isRegularFile(f) ? Files.readString(f, StandardCharsets.US_ASCII).trim() : "";
        } catch (IOException e) {
            return "";
        }
    }
}
