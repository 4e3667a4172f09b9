package fi.kuopas.suite;

import fi.kuopas.suite.seed.DemoSeed;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The launcher behind bin/suite (a thin wrapper: {@code java -jar suite-launcher/target/suite-launcher.jar "$@"}).
 * Every command reads the one {@link SuiteTopology}; {@link Suite} supervises the processes.
 *
 * <pre>
 *   up | infra | down (stop) | status | ps | token USER [PASSWORD] | logs (log) [NAME] | reset | help
 *   env SERVICE   export lines for ./mvnw quarkus:dev -pl MODULE against bin/suite infra
 *   ports         the effective port variables (PG_PORT=..., one a line)
 *   seed          demo data into the running suite through the services' APIs ({@link DemoSeed})
 * </pre>
 *
 * Exit codes as bin/suite has always had them: 0 done, 1 failed ({@code error: …} on stderr), 2 usage.
 */
public final class SuiteMain {

    private SuiteMain() {}

    public static void main(String[] args) {
        Path root = root(System.getenv());
        SuiteTopology topology;
        try {
            topology = SuiteTopology.fromEnvironment(System.getenv(), root.resolve(".suite/run/ports.env"));
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            System.exit(2);
            return;
        }
        boolean tty = "1".equals(System.getenv("SUITE_STDOUT_TTY"));
        int rc = run(args, topology, root, System.out, System.err, tty);
        System.out.flush();
        System.exit(rc);
    }

    /**
     * The checkout: SUITE_ROOT (set by bin/suite), else the directory above suite-launcher/target
     * where this jar lives, else the working directory.
     */
    static Path root(Map<String, String> env) {
        String fromEnv = env.get("SUITE_ROOT");
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv).toAbsolutePath().normalize();
        }
        try {
            Path code = Path.of(SuiteMain.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path module = code.getParent() == null ? null : code.getParent().getParent();
            if (module != null && module.getFileName() != null && module.getFileName().toString().equals("suite-launcher")) {
                return module.getParent();
            }
        } catch (java.net.URISyntaxException | RuntimeException e) {
            // fall through
        }
        return Path.of("").toAbsolutePath();
    }

    static int run(String[] args, SuiteTopology topology, PrintStream out, PrintStream err) {
        return run(args, topology, root(System.getenv()), out, err, false);
    }

    static int run(String[] args, SuiteTopology topology, Path root, PrintStream out, PrintStream err, boolean tty) {
        String command = args.length == 0 ? "help" : args[0];
        List<String> rest = Arrays.asList(args).subList(Math.min(1, args.length), args.length);
        try {
            switch (command) {
                case "env":
                    return env(rest, topology, out, err);
                case "ports":
                    for (Map.Entry<String, Integer> e : topology.ports().entrySet()) {
                        out.println(e.getKey() + "=" + e.getValue());
                    }
                    return 0;
                case "seed":
                    String state = System.getenv().getOrDefault("SUITE_STATE", root.resolve(".suite").toString());
                    return DemoSeed.run(topology, Path.of(state), out, err);
                case "up":
                    return suite(root, topology, out, err, tty).up(topology.flag("SUITE_ONLY_INFRA"));
                case "infra":
                    return suite(root, topology, out, err, tty).up(true);
                case "down":
                case "stop":
                    return suite(root, topology, out, err, tty).down();
                case "status":
                    return suite(root, topology, out, err, tty).status();
                case "ps":
                    return suite(root, topology, out, err, tty).ps(out);
                case "token":
                    return suite(root, topology, out, err, tty).token(rest);
                case "logs":
                case "log":
                    return suite(root, topology, out, err, tty).logs(rest, tty);
                case "reset":
                    return suite(root, topology, out, err, tty).reset();
                case "help":
                case "-h":
                case "--help":
                    out.print(usage());
                    return 0;
                default:
                    err.print(usage());
                    return 2;
            }
        } catch (SuiteFailure e) {
            err.println(Suite.errorPrefix() + " " + e.getMessage());
            return 1;
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return 2;
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            err.println(Suite.errorPrefix() + " " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("error: interrupted");
            return 1;
        }
    }

    private static Suite suite(Path root, SuiteTopology topology, PrintStream out, PrintStream err, boolean tty) {
        return new Suite(root, topology, out, err, tty);
    }

    private static int env(List<String> args, SuiteTopology topology, PrintStream out, PrintStream err) {
        if (args.size() != 1) {
            err.println("usage: bin/suite env SERVICE   (one of: " + serviceNames() + ")");
            return 2;
        }
        SuiteTopology.Service service = SuiteTopology.service(args.get(0)).orElse(null);
        if (service == null) {
            err.println("error: unknown service '" + args.get(0) + "' (one of: " + serviceNames() + ")");
            return 2;
        }
        out.println("# " + service.module() + " against bin/suite infra (demo secrets; local only):");
        topology.serviceEnv(service).forEach((k, v) -> out.println("export " + k + "=" + shellQuote(v)));
        out.println("# then: ./mvnw quarkus:dev -pl " + service.module());
        return 0;
    }

    static String usage() {
        try (InputStream in = SuiteMain.class.getResourceAsStream("usage.txt")) {
            return in == null ? "usage: bin/suite up|infra|env|seed|down|status|token|logs|ps|ports|reset|help\n"
                    : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String serviceNames() {
        return SuiteTopology.SERVICES.stream().map(SuiteTopology.Service::name).collect(Collectors.joining(", "));
    }

    static String shellQuote(String value) {
        return "'" + value.replace("'", "'\\''") + "'";
    }
}
