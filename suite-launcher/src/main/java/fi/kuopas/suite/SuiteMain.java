package fi.kuopas.suite;

import fi.kuopas.suite.seed.DemoSeed;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The Java side of bin/suite: commands that read the one {@link SuiteTopology}.
 *
 * <pre>
 *   env SERVICE   export lines for ./mvnw quarkus:dev -pl MODULE against bin/suite infra
 *   ports         the effective port variables (PG_PORT=..., one a line)
 *   seed          demo data into the running suite through the services' APIs ({@link DemoSeed})
 * </pre>
 */
public final class SuiteMain {

    private SuiteMain() {}

    public static void main(String[] args) {
        System.exit(run(args, SuiteTopology.fromEnvironment(), System.out, System.err));
    }

    static int run(String[] args, SuiteTopology topology, PrintStream out, PrintStream err) {
        String command = args.length == 0 ? "help" : args[0];
        try {
            switch (command) {
                case "env":
                    if (args.length != 2) {
                        err.println("usage: bin/suite env SERVICE   (one of: " + serviceNames() + ")");
                        return 2;
                    }
                    SuiteTopology.Service service = SuiteTopology.service(args[1]).orElse(null);
                    if (service == null) {
                        err.println("error: unknown service '" + args[1] + "' (one of: " + serviceNames() + ")");
                        return 2;
                    }
                    out.println("# " + service.module() + " against bin/suite infra (demo secrets; local only):");
                    topology.serviceEnv(service).forEach((k, v) -> out.println("export " + k + "=" + shellQuote(v)));
                    out.println("# then: ./mvnw quarkus:dev -pl " + service.module());
                    return 0;
                case "ports":
                    for (Map.Entry<String, Integer> e : topology.ports().entrySet()) {
                        out.println(e.getKey() + "=" + e.getValue());
                    }
                    return 0;
                case "seed":
                    return DemoSeed.run(topology, Path.of(System.getenv().getOrDefault("SUITE_STATE", ".suite")), out, err);
                default:
                    err.println("usage: SuiteMain env SERVICE | ports | seed");
                    return 2;
            }
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return 2;
        }
    }

    private static String serviceNames() {
        return SuiteTopology.SERVICES.stream().map(SuiteTopology.Service::name).collect(Collectors.joining(", "));
    }

    static String shellQuote(String value) {
        return "'" + value.replace("'", "'\\''") + "'";
    }
}
