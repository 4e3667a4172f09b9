package fi.kuopas.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.flywaydb.core.Flyway;

/**
 * Databases for migration tests: a fresh database beside the test's own on the same PostgreSQL
 * ({@link PostgresTestResource}), and Flyway with the service's migrations (the kit's and its own)
 * up to a chosen version, so a test can load data the way an older release left it and migrate on.
 */
public final class MigrationDatabases {

    private MigrationDatabases() {
    }

    /** Creates an empty database (dropping one left by an earlier run) and answers its JDBC URL. */
    public static String fresh(String name) throws SQLException {
        String admin = adminUrl();
        try (Connection c = DriverManager.getConnection(admin); Statement st = c.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS " + name);
            st.execute("CREATE DATABASE " + name);
        }
        return admin.replaceFirst("/kuopas(\\?|$)", "/" + name + "$1");
    }

    /**
     * A fresh database migrated to {@code before}, loaded with {@code seed} (SQL statements: data as a
     * release before the migration under test left it), then migrated to the latest version; answers
     * its JDBC URL. {@link #drop} it at the end.
     */
    public static String migratedAcross(String name, String before, String... seed) throws SQLException {
        String url = fresh(name);
        flyway(url, before).migrate();
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
            for (String sql : seed) {
                st.execute(sql);
            }
        }
        flyway(url, "latest").migrate();
        return url;
    }

    /** Drops a database made by {@link #fresh}. */
    public static void drop(String name) throws SQLException {
        try (Connection c = DriverManager.getConnection(adminUrl()); Statement st = c.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS " + name);
        }
    }

    /** Flyway over the kit's and the service's migrations on that database, up to {@code target} ("latest" for all). */
    public static Flyway flyway(String url, String target) {
        return Flyway.configure().dataSource(url, null, null).locations("classpath:db/kit", "classpath:db/migration")
                .outOfOrder(true).target(target).placeholders(Map.of("app_role", "")).load();
    }

    private static String adminUrl() {
        String admin = System.getProperty("kuopas.test.jdbc-url");
        if (admin == null) {
            throw new IllegalStateException("no kuopas.test.jdbc-url: the test needs PostgresTestResource");
        }
        return admin;
    }
}
