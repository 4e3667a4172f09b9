package fi.kuopas.personnel;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import fi.kuopas.testsupport.MigrationDatabases;
import org.junit.jupiter.api.Test;

/**
 * V10__retention_to_kit.sql on a database migrated as the register was before it: the register's
 * own run log ends up in the kit's tables, item by item, and its tables are gone.
 */
@QuarkusTest
class RetentionToKitMigrationTest {

    @Test
    void shouldMoveTheRegistersRunLogIntoTheKitTables() throws SQLException {
        String url = MigrationDatabases.migratedAcross("retention_v10", "2",
                "INSERT INTO retention_run (id, started_at, dry_run, triggered_by) VALUES"
                        + " ('00000000-0000-0000-0000-0000000000a1', '2025-01-02T03:04:05Z', false, 'scheduler'),"
                        + " ('00000000-0000-0000-0000-0000000000a2', '2025-02-02T03:04:05Z', true, 'tiina')",
                "INSERT INTO retention_run_item (run_id, rule, legal_reference, affected) VALUES"
                        + " ('00000000-0000-0000-0000-0000000000a1', 'core-employment-data', 'ref core', 3),"
                        + " ('00000000-0000-0000-0000-0000000000a1', 'payroll-vouchers', 'ref payroll', 1),"
                        + " ('00000000-0000-0000-0000-0000000000a2', 'core-employment-data', 'ref core', 0)");
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
            try (ResultSet r = st.executeQuery("SELECT dry_run, triggered_by, finished_at = started_at FROM kit_retention_run"
                    + " WHERE id = '00000000-0000-0000-0000-0000000000a1'")) {
                assertThat(r.next()).isTrue();
                assertThat(r.getBoolean(1)).isFalse();
                assertThat(r.getString(2)).isEqualTo("scheduler");
                assertThat(r.getBoolean(3)).isTrue();
            }
            try (ResultSet r = st.executeQuery("SELECT count(*), sum(affected) FROM kit_retention_run_item")) {
                r.next();
                assertThat(r.getInt(1)).isEqualTo(3);
                assertThat(r.getInt(2)).isEqualTo(4);
            }
            try (ResultSet r = st.executeQuery("SELECT to_regclass('retention_run'), to_regclass('retention_run_item')")) {
                r.next();
                assertThat(r.getString(1)).isNull();
                assertThat(r.getString(2)).isNull();
            }
        }
        MigrationDatabases.drop("retention_v10");
    }

}
