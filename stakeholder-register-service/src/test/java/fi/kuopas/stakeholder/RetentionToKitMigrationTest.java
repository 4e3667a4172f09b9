package fi.kuopas.stakeholder;

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
 * V12__retention_to_kit.sql on a database migrated as the register was before it: each run of the
 * register's own log (one row, three counts) ends up in the kit's tables as a run with the three
 * rules in their order, and its table is gone.
 */
@QuarkusTest
class RetentionToKitMigrationTest {

    @Test
    void shouldMoveTheRegistersRunLogIntoTheKitTables() throws SQLException {
        String url = MigrationDatabases.migratedAcross("stakeholder_retention_v12", "11",
                "INSERT INTO retention_run (id, ran_at, dry_run, rule, cutoff, contact_persons, interactions,"
                        + " memberships, started_by) VALUES"
                        + " ('00000000-0000-0000-0000-0000000000b1', '2025-01-02T03:30:00Z', false,"
                        + "  'contact persons: 2 year(s) after last interaction or end of relationship', '2023-01-02T03:30:00Z',"
                        + "  2, 5, 1, 'scheduler'),"
                        + " ('00000000-0000-0000-0000-0000000000b2', '2025-02-02T10:00:00Z', true,"
                        + "  'contact persons: 2 year(s) after last interaction or end of relationship', '2023-02-02T10:00:00Z',"
                        + "  0, 0, 0, 'tiina')");
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
            try (ResultSet r = st.executeQuery("SELECT dry_run, triggered_by, finished_at = started_at FROM kit_retention_run"
                    + " WHERE id = '00000000-0000-0000-0000-0000000000b1'")) {
                assertThat(r.next()).isTrue();
                assertThat(r.getBoolean(1)).isFalse();
                assertThat(r.getString(2)).isEqualTo("scheduler");
                assertThat(r.getBoolean(3)).isTrue();
            }
            List<String> items = new ArrayList<>();
            try (ResultSet r = st.executeQuery("SELECT rule, affected, legal_reference FROM kit_retention_run_item"
                    + " WHERE run_id = '00000000-0000-0000-0000-0000000000b1' ORDER BY position")) {
                while (r.next()) {
                    items.add(r.getString(1) + " " + r.getInt(2));
                    assertThat(r.getString(3)).contains("2 year(s)");
                }
            }
            assertThat(items).containsExactly("contact-person-interactions 5", "contact-person-memberships 1",
                    "contact-persons 2");
            try (ResultSet r = st.executeQuery("SELECT count(*) FROM kit_retention_run_item")) {
                r.next();
                assertThat(r.getInt(1)).isEqualTo(6);
            }
            try (ResultSet r = st.executeQuery("SELECT to_regclass('retention_run')")) {
                r.next();
                assertThat(r.getString(1)).isNull();
            }
        }
        MigrationDatabases.drop("stakeholder_retention_v12");
    }

}
