package fi.kuopas.customer;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import fi.kuopas.testsupport.MigrationDatabases;
import org.junit.jupiter.api.Test;

/**
 * V12__retention_to_kit.sql on a database migrated as the register was before it: the register's
 * own run log (one row per rule and run) ends up in the kit's tables as runs with their items in the
 * order they ran, held counts included, and its table is gone.
 */
@QuarkusTest
class RetentionToKitMigrationTest {

    @Test
    void shouldMoveTheRegistersRunLogIntoTheKitTables() throws SQLException {
        String url = MigrationDatabases.migratedAcross("customer_retention_v12", "11",
                "INSERT INTO retention_run (started_at, dry_run, rule, affected, held) VALUES"
                        + " ('2025-01-02T03:15:00Z', false, 'expire-applications', 4, 0),"
                        + " ('2025-01-02T03:15:00Z', false, 'delete-applicants-without-tenancy', 1, 2),"
                        + " ('2025-01-02T03:15:00Z', false, 'anonymise-former-tenants', 3, 1),"
                        + " ('2025-02-02T10:00:00Z', true, 'expire-applications', 7, 0)");
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
            try (ResultSet r = st.executeQuery("SELECT count(*), count(*) FILTER (WHERE dry_run),"
                    + " bool_and(finished_at = started_at) FROM kit_retention_run")) {
                r.next();
                assertThat(r.getInt(1)).isEqualTo(2);
                assertThat(r.getInt(2)).isEqualTo(1);
                assertThat(r.getBoolean(3)).isTrue();
            }
            List<String> rules = new ArrayList<>();
            try (ResultSet r = st.executeQuery("SELECT i.rule, i.affected, i.held FROM kit_retention_run_item i"
                    + " JOIN kit_retention_run k ON k.id = i.run_id WHERE NOT k.dry_run ORDER BY i.position")) {
                while (r.next()) {
                    rules.add(r.getString(1) + " " + r.getInt(2) + "/" + r.getInt(3));
                }
            }
            assertThat(rules).containsExactly("expire-applications 4/0", "delete-applicants-without-tenancy 1/2",
                    "anonymise-former-tenants 3/1");
            try (ResultSet r = st.executeQuery("SELECT to_regclass('retention_run')")) {
                r.next();
                assertThat(r.getString(1)).isNull();
            }
        }
        MigrationDatabases.drop("customer_retention_v12");
    }

}
