package fi.kuopas.suite;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.kuopas.suite.seed.DemoSeed;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * bin/suite's commands: up, infra, down, status, ps, token, logs, reset. Everything it writes lives
 * in {@code .suite/} of the checkout: {@code logs/NAME.log}, {@code pids/NAME.pid} (pid and start
 * instant), {@code data/{postgres,kafka}}, {@code run/} (ports.env, lock, realm checksums, the
 * launcher's classpath for scripts), {@code conf/}, {@code keycloak-VERSION/}, {@code dist/}.
 */
final class Suite {

    private static final String BOLD = "\u001b[1m";
    private static final String RED = "\u001b[31m";
    private static final String GREEN = "\u001b[32m";
    private static final String YELLOW = "\u001b[33m";
    private static final String RESET = "\u001b[0m";
    private static boolean colour;

    private final Path root;
    private final Path stateDir;
    private final SuiteTopology topology;
    private final Supervisor supervisor;
    private final Toolchain toolchain;
    private final Infrastructure infra;
    private final PrintStream out;
    private final PrintStream err;
    private final Path logs;
    private final Path run;
    private final Map<String, Long> startedAt = new LinkedHashMap<>();
    private final Map<String, String> upAfter = new LinkedHashMap<>();

    Suite(Path root, SuiteTopology topology, PrintStream out, PrintStream err, boolean tty) {
        this.root = root;
        this.stateDir = root.resolve(".suite");
        this.topology = topology;
        this.out = out;
        this.err = err;
        this.supervisor = new Supervisor(stateDir);
        this.toolchain = new Toolchain(root, stateDir, topology, out);
        this.infra = new Infrastructure(root, stateDir, topology, supervisor, toolchain, out);
        this.logs = stateDir.resolve("logs");
        this.run = stateDir.resolve("run");
        colour = tty;
    }

    // ------------------------------------------------------------------------------ output

    static String b(String s) {
        return colour ? BOLD + s + RESET : s;
    }

    static void info(PrintStream out, String message) {
        out.println((colour ? BOLD + "==>" + RESET : "==>") + " " + message);
        out.flush();
    }

    static void warn(PrintStream err, String message) {
        err.println((colour ? YELLOW + "warning:" + RESET : "warning:") + " " + message);
    }

    static String errorPrefix() {
        return colour ? RED + "error:" + RESET : "error:";
    }

    static String secondsSince(long nanoStart) {
        long ms = (System.nanoTime() - nanoStart) / 1_000_000;
        return (ms / 1000) + "." + ((ms % 1000) / 100);
    }

    private void tailLog(String name, int lines) {
        Path log = logs.resolve(name + ".log");
        err.println(b("--- last " + lines + " lines of " + log + " ---"));
        try {
            List<String> all = Files.readAllLines(log, StandardCharsets.ISO_8859_1);
            all.subList(Math.max(0, all.size() - lines), all.size()).forEach(err::println);
        } catch (IOException e) {
            // no log
        }
        err.println(b("--- end of " + name + ".log ---"));
    }

    private String rel(Path p) {
        return p.startsWith(root) ? root.relativize(p).toString() : p.toString();
    }

    // ------------------------------------------------------------------------------ lock

    /** The checkout's up/down lock (.suite/run/lock): one up or down at a time. */
    private FileLock lock(Duration wait, String whenBusy) throws IOException {
        Files.createDirectories(run);
        FileChannel channel = FileChannel.open(run.resolve("lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        Instant deadline = Instant.now().plus(wait);
        while (true) {
            FileLock lock = channel.tryLock();
            if (lock != null) {
                return lock;
            }
            if (Instant.now().isAfter(deadline)) {
                channel.close();
                throw new SuiteFailure(whenBusy);
            }
            Supervisor.sleep(Duration.ofMillis(250));
        }
    }

    // ------------------------------------------------------------------------------ up / infra

    int up(boolean onlyInfra) throws IOException, InterruptedException {
        long tAll = System.nanoTime();
        for (String d : List.of("logs", "pids", "data", "run", "conf")) {
            Files.createDirectories(stateDir.resolve(d));
        }
        try (FileLock ignored = lock(Duration.ZERO, "another 'bin/suite up/down' is running in this checkout")) {
            return upLocked(onlyInfra, tAll);
        }
    }

    private int upLocked(boolean onlyInfra, long tAll) throws IOException, InterruptedException {
        String keycloakJava = toolchain.keycloakJava();
        infra.checkRealmFile();
        if (!onlyInfra) {
            toolchain.ensureServicesBuilt(logs);
        }
        Files.writeString(run.resolve("launcher.classpath"), toolchain.launcherClasspath() + "\n", StandardCharsets.UTF_8);
        infra.writeLog4jConfig();
        toolchain.ensureKeycloakDist(logs);
        String tPrep = secondsSince(tAll);
        long tInfra0 = System.nanoTime();

        Files.writeString(run.resolve("ports.env"), topology.portsEnv(), StandardCharsets.UTF_8);

        List<String> started = new ArrayList<>();
        for (String name : List.of("postgres", "kafka", "keycloak")) {
            Optional<ProcessHandle> running = supervisor.running(name);
            if (running.isPresent()) {
                info(out, name + " already running (pid " + running.get().pid() + ")");
                continue;
            }
            startedAt.put(name, System.nanoTime());
            switch (name) {
                case "postgres" -> infra.startPostgres(err);
                case "kafka" -> infra.startKafka(err);
                default -> infra.startKeycloak(keycloakJava);
            }
            started.add(name);
        }
        // Keycloak is the long pole (about a minute on 2 CPUs). The services need PostgreSQL (migrations)
        // and Kafka (principals, topics, ACLs) to start, but not Keycloak: token verification fetches the
        // realm's keys when the first request comes (quarkus-oidc initialises a tenant lazily when its
        // provider was not reachable at start). So they start as soon as PostgreSQL and Kafka are ready,
        // while Keycloak is still starting, and the suite is UP when Keycloak and every service are.
        info(out, "waiting for PostgreSQL :" + topology.port(SuiteTopology.POSTGRES) + ", Kafka :"
                + topology.port(SuiteTopology.KAFKA));
        Duration infraTimeout = topology.seconds("SUITE_INFRA_TIMEOUT", 90);
        if (started.contains("postgres")) {
            waitFor("postgres", infraTimeout, infra::postgresReady);
            info(out, "postgres UP after " + upAfter.get("postgres") + " s");
        }
        if (started.contains("kafka")) {
            waitFor("kafka", infraTimeout, infra::kafkaReady);
            info(out, "kafka UP after " + upAfter.get("kafka") + " s");
        }
        info(out, "Kafka principals, topics and ACLs");
        infra.kafkaTopology();

        long tSvc = System.nanoTime();
        List<SuiteTopology.Service> pending = new ArrayList<>();
        if (!onlyInfra) {
            for (SuiteTopology.Service s : SuiteTopology.SERVICES) {
                Optional<ProcessHandle> running = supervisor.running(s.name());
                if (running.isPresent()) {
                    info(out, s.name() + " already running (pid " + running.get().pid() + ")");
                } else {
                    startedAt.put(s.name(), System.nanoTime());
                    infra.startService(s);
                }
                pending.add(s);
            }
        }
        if (started.contains("keycloak")) {
            info(out, "waiting for Keycloak :" + topology.port(SuiteTopology.KEYCLOAK));
            waitFor("keycloak", topology.seconds("SUITE_KEYCLOAK_TIMEOUT", 240), infra::keycloakReady);
            infra.rememberRealmImported();
            info(out, "keycloak UP after " + upAfter.get("keycloak") + " s");
        }
        String tInfra = secondsSince(tInfra0);

        String tServices = null;
        if (!onlyInfra) {
            waitForServices(pending, topology.seconds("SUITE_SERVICE_TIMEOUT", 240), tSvc);
            tServices = secondsSince(tSvc);
        }
        String tUp = secondsSince(tAll);

        String tSeed = null;
        if (!onlyInfra && !topology.flag("SUITE_SKIP_SEED")) {
            info(out, "seeding demo data (bin/seed-demo, log: .suite/logs/seed-demo.log)");
            long t0 = System.nanoTime();
            Path seedLog = logs.resolve("seed-demo.log");
            int rc;
            try (PrintStream log = new PrintStream(Files.newOutputStream(seedLog), true, StandardCharsets.UTF_8)) {
                rc = DemoSeed.run(topology, stateDir, log, log);
            }
            if (rc != 0) {
                tailLog("seed-demo", 40);
                throw new SuiteFailure("bin/seed-demo failed (the suite keeps running; log: .suite/logs/seed-demo.log)");
            }
            tSeed = secondsSince(t0);
        }
        printSummary(onlyInfra, tUp, tPrep, tInfra, tServices, tSeed);
        return 0;
    }

    private void waitFor(String name, Duration timeout, java.util.function.BooleanSupplier check) {
        try {
            supervisor.waitFor(name, timeout, check);
            upAfter.put(name, secondsSince(startedAt.get(name)));
        } catch (IllegalStateException e) {
            tailLog(name, 40);
            String message = e.getMessage();
            if (message.contains("not ready within")) {
                message += ". Things started so far keep running; stop them with bin/suite down.";
            }
            throw new SuiteFailure(message.replace(stateDir.toString(), ".suite"));
        }
    }

    private void waitForServices(List<SuiteTopology.Service> services, Duration timeout, long tSvc) {
        List<SuiteTopology.Service> pending = new ArrayList<>(services);
        info(out, "waiting for " + pending.stream().map(SuiteTopology.Service::name).collect(Collectors.joining(" "))
                + " (/q/health/ready, up to " + timeout.toSeconds() + "s)");
        Instant deadline = Instant.now().plus(timeout);
        while (!pending.isEmpty()) {
            List<SuiteTopology.Service> still = new ArrayList<>();
            for (SuiteTopology.Service s : pending) {
                if ("UP".equals(Supervisor.health(topology.healthUrl(s)))) {
                    upAfter.put(s.name(), secondsSince(startedAt.getOrDefault(s.name(), tSvc)));
                    info(out, s.name() + " UP on :" + topology.port(s) + " after " + upAfter.get(s.name()) + " s");
                    continue;
                }
                if (supervisor.running(s.name()).isEmpty()) {
                    tailLog(s.name(), 40);
                    throw new SuiteFailure(s.name() + " exited during start-up (log: .suite/logs/" + s.name() + ".log). "
                            + "If its database holds a schema of an older build, 'bin/suite reset' starts from empty databases.");
                }
                still.add(s);
            }
            pending = still;
            if (pending.isEmpty()) {
                break;
            }
            if (Instant.now().isAfter(deadline)) {
                for (SuiteTopology.Service s : pending) {
                    err.println(s.name() + ": /q/health/ready = " + Supervisor.health(topology.healthUrl(s)));
                    tailLog(s.name(), 30);
                }
                throw new SuiteFailure("not ready within " + timeout.toSeconds() + "s: "
                        + pending.stream().map(SuiteTopology.Service::name).collect(Collectors.joining(" "))
                        + ". Things started so far keep running; stop them with bin/suite down.");
            }
            Supervisor.sleep(Duration.ofSeconds(1));
        }
    }

    private static String mb(long kb) {
        return ((kb + 512) / 1024) + " MB";
    }

    private void printSummary(boolean onlyInfra, String tUp, String tPrep, String tInfra, String tServices, String tSeed)
            throws IOException {
        out.println();
        out.println((colour ? GREEN + BOLD : "") + "Kuopas suite is UP" + (colour ? RESET : "") + " in " + tUp
                + " s (build/download/checks " + tPrep + " s, infrastructure " + tInfra + " s"
                + (tServices == null ? "" : ", services " + tServices + " s") + ")"
                + (tSeed == null ? "" : "; demo data seeded in " + tSeed + " s"));
        out.println();
        out.println(b("Time to UP and memory") + " (RSS = resident set size of the process tree, from ps;");
        out.println("  PSS = the same with shared pages split between processes, i.e. what the tree really costs; Linux only)");
        String row = "  %-12s %8s %7s %10s %9s %9s%n";
        out.printf(row, "NAME", "PID", "PORT", "UP AFTER", "RSS", "PSS");
        Supervisor.Memory total = new Supervisor.Memory(0, 0);
        for (String n : SuiteTopology.names()) {
            Optional<ProcessHandle> p = supervisor.running(n);
            if (p.isEmpty()) {
                continue;
            }
            Supervisor.Memory m = Supervisor.memory(p.get());
            total = total.plus(m);
            out.printf(row, n, p.get().pid(), topology.port(n), upAfter.containsKey(n) ? upAfter.get(n) + " s" : "",
                    mb(m.rssKb()), mb(m.pssKb()));
            if (n.equals("postgres")) {
                Optional<ProcessHandle> pm = infra.postmaster();
                if (pm.isPresent()) {
                    Supervisor.Memory pmm = Supervisor.memory(pm.get());
                    total = total.plus(pmm);
                    out.printf(row, "  postmaster", pm.get().pid(), "", "", mb(pmm.rssKb()), mb(pmm.pssKb()));
                }
            }
        }
        out.printf(row, "total", "", "", "", mb(total.rssKb()), mb(total.pssKb()));
        out.println();
        int kc = topology.port(SuiteTopology.KEYCLOAK);
        out.println(b("URLs"));
        out.println("  Keycloak          http://localhost:" + kc + "/admin/  (admin / admin, local only)   realm: http://localhost:"
                + kc + "/realms/" + SuiteTopology.REALM);
        out.println("  PostgreSQL        jdbc:postgresql://127.0.0.1:" + topology.port(SuiteTopology.POSTGRES)
                + "/<customer|personnel|stakeholder|cctv|consent|gateway>  (services: " + SuiteTopology.DB_USER + " / "
                + SuiteTopology.DB_PASSWORD + "; owner: " + SuiteTopology.DB_OWNER_USER + " / " + SuiteTopology.DB_OWNER_PASSWORD + ")");
        out.println("  Kafka             127.0.0.1:" + topology.port(SuiteTopology.KAFKA)
                + " (SASL/SCRAM-SHA-512 only; super user admin / " + SuiteTopology.DEMO_KAFKA_ADMIN_PASSWORD + ")");
        if (!onlyInfra) {
            for (SuiteTopology.Service s : SuiteTopology.SERVICES) {
                out.printf("  %-17s http://localhost:%d   Swagger UI http://localhost:%d/q/swagger-ui   OpenAPI /q/openapi%n",
                        s.name(), topology.port(s), topology.port(s));
            }
            out.println("  Privacy notice    http://localhost:" + topology.port("gateway") + "/privacy");
        }
        out.println();
        out.println(b("Demo users") + " (realm " + SuiteTopology.REALM + ", client " + SuiteTopology.CLI_CLIENT
                + "; invented people, local only)");
        printUsers();
        out.println();
        out.println(b("Try it"));
        out.println("  TOKEN=$(bin/suite token tiina.tietosuoja); curl -H \"Authorization: Bearer $TOKEN\" http://localhost:"
                + topology.port("customer") + "/api/v1/audit-log/verification");
        out.println();
        if (onlyInfra) {
            out.println(b("Inner loop") + " (one service from source, live reload, against this infrastructure)");
            out.println("  ./mvnw -q install -DskipTests -pl privacy-kit,test-support   (once, and after a change to the kit)");
            out.println("  eval \"$(bin/suite env customer)\" && ./mvnw quarkus:dev -pl customer-register-service");
            out.println("  (services: " + SuiteTopology.SERVICES.stream().map(SuiteTopology.Service::name)
                    .collect(Collectors.joining(" ")) + "; bin/suite env SERVICE prints the environment it needs)");
            out.println();
        }
        out.println("  bin/suite status | bin/suite logs [NAME] | bin/suite down");
    }

    private void printUsers() throws IOException {
        String password = topology.setting("SUITE_DEMO_PASSWORD", SuiteTopology.DEMO_PASSWORD);
        JsonNode realm = new ObjectMapper().readTree(infra.realmFile().toFile());
        List<String[]> rows = new ArrayList<>();
        for (JsonNode u : realm.path("users")) {
            String name = u.path("username").asText();
            if (name.startsWith("service-account-") || !u.has("credentials")) {
                continue;
            }
            List<String> roles = new ArrayList<>();
            u.path("realmRoles").forEach(r -> roles.add(r.asText()));
            rows.add(new String[] {name, roles.isEmpty() ? "-" : String.join(", ", roles)});
        }
        int w = Math.max(4, rows.stream().mapToInt(r -> r[0].length()).max().orElse(4));
        out.printf("  %-" + w + "s  %-34s  password%n", "user", "roles");
        for (String[] r : rows) {
            out.printf("  %-" + w + "s  %-34s  %s%n", r[0], r[1], password);
        }
    }

    // ------------------------------------------------------------------------------ down

    int down() throws IOException {
        try (FileLock ignored = lock(Duration.ofSeconds(60), "another 'bin/suite up/down' is running")) {
            info(out, "stopping the Kuopas suite");
            List<Supervisor.StopRequest> services = new ArrayList<>();
            for (SuiteTopology.Service s : SuiteTopology.SERVICES) {
                supervisor.requestStop(s.name()).ifPresent(services::add);
            }
            for (Supervisor.StopRequest r : services) {
                report(r.name(), supervisor.finish(r, Duration.ofSeconds(30)));
            }
            stop("keycloak", 30);
            stop("kafka", 40);
            stop("postgres", 30);
            infra.stopOrphanPostmaster(err);
            // anything else of ours (lost state files, a crashed launcher)
            List<ProcessHandle> left = supervisor.suiteProcesses();
            if (!left.isEmpty()) {
                warn(err, "stopping leftover suite processes: "
                        + left.stream().map(p -> Long.toString(p.pid())).collect(Collectors.joining(" ")));
                left.forEach(ProcessHandle::destroy);
                left.forEach(p -> {
                    if (!Supervisor.awaitExit(p, Duration.ofSeconds(15))) {
                        p.destroyForcibly();
                    }
                });
            }
            try (Stream<Path> files = Files.isDirectory(stateDir.resolve("pids")) ? Files.list(stateDir.resolve("pids")) : Stream.empty()) {
                for (Path f : files.filter(f -> f.toString().endsWith(".pid")).collect(Collectors.toList())) {
                    Files.deleteIfExists(f);
                }
            }
            Files.deleteIfExists(run.resolve("ports.env"));
            List<String> busy = new ArrayList<>();
            for (String n : SuiteTopology.names()) {
                if (Supervisor.portOpen(topology.port(n))) {
                    busy.add(n + ":" + topology.port(n));
                }
            }
            if (Supervisor.portOpen(topology.kafkaControllerPort())) {
                busy.add("kafka-controller:" + topology.kafkaControllerPort());
            }
            List<ProcessHandle> still = supervisor.suiteProcesses();
            if (!still.isEmpty()) {
                ps(err);
                throw new SuiteFailure("some suite processes are still running");
            }
            if (!busy.isEmpty()) {
                warn(err, "ports still in use by processes not started by bin/suite: " + String.join(" ", busy));
            }
            info(out, "all stopped");
            return 0;
        }
    }

    private void stop(String name, int seconds) {
        supervisor.requestStop(name).ifPresent(r -> report(name, supervisor.finish(r, Duration.ofSeconds(seconds))));
    }

    private void report(String name, Supervisor.StopResult result) {
        if (!result.graceful()) {
            warn(err, name + " (pid " + result.pid() + ") did not stop in time; killed it");
        }
        out.println("  stopped " + name + " (pid " + result.pid() + ")");
    }

    // ------------------------------------------------------------------------------ status / ps

    int status() {
        String row = "%-12s %8s %7s  %-9s %-10s %9s %9s%n";
        out.printf(row, "NAME", "PID", "PORT", "STATE", "HEALTH", "RSS", "PSS");
        boolean any = false;
        for (String n : SuiteTopology.names()) {
            int port = topology.port(n);
            boolean exited = supervisor.exited(n);
            Optional<ProcessHandle> p = supervisor.find(n);
            String pid = "-";
            String state;
            String rss = "-";
            String pss = "-";
            if (p.isPresent()) {
                any = true;
                state = "running";
                pid = Long.toString(p.get().pid());
                Supervisor.Memory m = Supervisor.memory(p.get());
                if (n.equals("postgres")) {
                    m = infra.postmaster().map(pm -> Supervisor.memory(pm)).map(m::plus).orElse(m);
                }
                rss = mb(m.rssKb());
                pss = mb(m.pssKb());
            } else {
                // A state file whose process is gone: it crashed or was killed (kept until bin/suite up or down).
                state = exited ? "exited" : "stopped";
                if (Supervisor.portOpen(port)) {
                    state = "port-busy";
                }
            }
            String health = switch (n) {
                case "postgres" -> infra.postgresReady() ? "UP" : Supervisor.portOpen(port) ? "listening" : "-";
                case "kafka" -> Supervisor.portOpen(port) ? "UP" : "-";
                case "keycloak" -> infra.keycloakReady() ? "UP" : Supervisor.portOpen(port) ? "starting" : "-";
                default -> Supervisor.health(topology.healthUrl(SuiteTopology.service(n).orElseThrow()));
            };
            out.printf(row, n, pid, port, state, health, rss, pss);
        }
        if (!any) {
            out.println("(nothing running; start with bin/suite up)");
        }
        return 0;
    }

    /** pid, program and command line (160 characters) of every process of this suite, tab-separated. */
    int ps(PrintStream to) {
        for (ProcessHandle p : supervisor.suiteProcesses()) {
            String cmd = Supervisor.commandLine(p).orElse("");
            to.println(p.pid() + "\t" + Supervisor.programName(p) + "\t" + (cmd.length() > 160 ? cmd.substring(0, 160) : cmd));
        }
        return 0;
    }

    // ------------------------------------------------------------------------------ token / logs / reset

    int token(List<String> args) throws IOException, InterruptedException {
        if (args.isEmpty() || args.get(0).isBlank()) {
            throw new SuiteFailure("usage: bin/suite token USER [PASSWORD]   e.g. bin/suite token tiina.tietosuoja");
        }
        String user = args.get(0);
        String password = args.size() > 1 ? args.get(1) : topology.setting("SUITE_DEMO_PASSWORD", SuiteTopology.DEMO_PASSWORD);
        String form = "grant_type=password&client_id=" + enc(SuiteTopology.CLI_CLIENT) + "&username=" + enc(user)
                + "&password=" + enc(password);
        HttpResponse<String> response;
        try {
            response = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build().send(
                    HttpRequest.newBuilder(URI.create(topology.keycloakUrl() + "/realms/" + SuiteTopology.REALM
                                    + "/protocol/openid-connect/token"))
                            .timeout(Duration.ofSeconds(15))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new SuiteFailure("Keycloak is not reachable on " + topology.keycloakUrl() + " (is the suite up? bin/suite status)");
        }
        JsonNode token = null;
        try {
            token = new ObjectMapper().readTree(response.body()).path("access_token");
        } catch (IOException e) {
            // not JSON: reported below
        }
        if (token == null || !token.isTextual()) {
            throw new SuiteFailure("no token for '" + user + "': " + response.body());
        }
        out.println(token.asText());
        return 0;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    int logs(List<String> args, boolean tty) throws IOException, InterruptedException {
        if (args.isEmpty()) {
            if (!Files.isDirectory(logs)) {
                out.println("no logs yet (.suite/logs)");
                return 0;
            }
            out.println("logs in " + rel(logs) + "/ (bin/suite logs NAME):");
            try (Stream<Path> files = Files.list(logs)) {
                for (Path f : files.filter(f -> f.toString().endsWith(".log")).sorted().collect(Collectors.toList())) {
                    String name = f.getFileName().toString();
                    out.printf("  %-14s %8s  %s%n", name.substring(0, name.length() - 4), humanSize(Files.size(f)), f);
                }
            }
            return 0;
        }
        String name = args.get(0);
        if (name.endsWith("-register-service")) {
            name = name.substring(0, name.length() - "-register-service".length());
        } else if (name.equals("consent-service")) {
            name = "consent";
        }
        Path f = logs.resolve(name + ".log");
        if (!Files.isRegularFile(f)) {
            String known;
            try (Stream<Path> files = Files.isDirectory(logs) ? Files.list(logs) : Stream.empty()) {
                known = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".log"))
                        .map(n -> n.substring(0, n.length() - 4)).sorted().collect(Collectors.joining(" "));
            }
            throw new SuiteFailure("no log '" + name + "' (known: " + known + ")");
        }
        if (tty) {
            // follows the log, also across the rotation of the next start (tail -F: Linux and macOS)
            return new ProcessBuilder("tail", "-n", topology.setting("SUITE_LOG_LINES", "100"), "-F", f.toString())
                    .inheritIO().start().waitFor();
        }
        Files.copy(f, out);
        out.flush();
        return 0;
    }

    static String humanSize(long bytes) {
        if (bytes < 1024) {
            return bytes + "B";
        }
        String[] units = {"K", "M", "G"};
        double v = bytes;
        int i = -1;
        while (v >= 1024 && i < units.length - 1) {
            v /= 1024;
            i++;
        }
        return (v < 10 ? String.format(Locale.ROOT, "%.1f", v) : Long.toString(Math.round(v))) + units[i];
    }

    int reset() throws IOException {
        down();
        info(out, "deleting local data: " + rel(stateDir.resolve("data")) + "/ and Keycloak's dev database");
        Toolchain.deleteTree(stateDir.resolve("data"));
        Toolchain.deleteTree(toolchain.keycloakHome().resolve("data/h2"));
        Files.deleteIfExists(run.resolve("keycloak-realm.sum"));
        Files.deleteIfExists(run.resolve("keycloak-imported.sum"));
        info(out, "done; the next 'bin/suite up' starts from empty databases and re-imports the realm");
        return 0;
    }
}
