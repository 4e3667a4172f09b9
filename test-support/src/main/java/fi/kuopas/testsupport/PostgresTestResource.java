package fi.kuopas.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * A real PostgreSQL server (binaries from Maven Central) for one module's test run: started once
 * when Quarkus starts the application under test and stopped when the run ends. Each service's
 * module runs its own, so every service gets its own database as in production.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    /** Role that owns the schema and runs the migrations. */
    public static final String OWNER = "kuopas";
    /** Role the service runs as. */
    public static final String APP = "kuopas_app";
    public static final String PASSWORD = "test-only";
    public static final String DATABASE = "kuopas";

    private EmbeddedPostgres postgres;

    @Override
    public Map<String, String> start() {
        try {
            postgres = EmbeddedPostgres.builder()
                    .setServerConfig("max_connections", "50")
                    .setServerConfig("fsync", "off")
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start", e);
        }
        // As in production: the schema owner migrates, the service runs as a role that owns
        // nothing and may only INSERT and SELECT the audit tables (db/kit/afterMigrate.sql).
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
            st.execute("CREATE ROLE " + OWNER + " LOGIN PASSWORD '" + PASSWORD + "'");
            st.execute("CREATE ROLE " + APP + " LOGIN PASSWORD '" + PASSWORD + "'");
            st.execute("CREATE DATABASE " + DATABASE + " OWNER " + OWNER);
        } catch (SQLException e) {
            throw new IllegalStateException("test database roles could not be created", e);
        }
        try (Connection c = postgres.getDatabase("postgres", DATABASE).getConnection(); Statement st = c.createStatement()) {
            st.execute("ALTER SCHEMA public OWNER TO " + OWNER);
        } catch (SQLException e) {
            throw new IllegalStateException("test schema could not be handed to its owner", e);
        }
        // Fixtures and tampering tests connect as the superuser.
        System.setProperty("kuopas.test.jdbc-url", postgres.getJdbcUrl("postgres", DATABASE));
        String url = "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE;
        System.setProperty("kuopas.test.app-jdbc-url", url);
        return Map.of(
                "quarkus.datasource.jdbc.url", url,
                "quarkus.datasource.username", APP,
                "quarkus.datasource.password", PASSWORD,
                "quarkus.flyway.username", OWNER,
                "quarkus.flyway.password", PASSWORD);
    }

    @Override
    public void stop() {
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
