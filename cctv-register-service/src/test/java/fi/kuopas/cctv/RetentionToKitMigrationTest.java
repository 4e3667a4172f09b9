package fi.kuopas.cctv;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kuopas.testsupport.MigrationDatabases;
import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * V12__retention_to_kit.sql on a database migrated as the register was before it: every sweep of
 * the old log becomes a kit run with its id, its two items (retries, then the segments with both held
 * counts as held), and its other counts in retention_sweep; the old table is gone.
 */
@QuarkusTest
class RetentionToKitMigrationTest {

    private static final String REAL = "6f1d3c2a-0b7e-4f58-9c1a-2d3e4f5a6b7c";
    private static final String DRY = "0a9b8c7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d";

    @Test
    void shouldMoveTheSweepLogIntoTheKitTablesAndKeepTheSweepsOwnCounts() throws SQLException {
        String url = MigrationDatabases.migratedAcross("cctv_retention_v12", "11",
                "INSERT INTO retention_run (id, started_at, finished_at, dry_run, expired, deleted, held, kept_for_requests,"
                        + " video_confirmed, video_retried, video_unconfirmed, triggered_by) VALUES"
                        + " ('" + REAL + "', '2026-03-02T05:00:00Z', '2026-03-02T05:00:07Z', false, 120, 100, 15, 5, 98, 3, 2, 'scheduler'),"
                        + " ('" + DRY + "', '2026-03-03T09:30:00Z', '2026-03-03T09:30:01Z', true, 40, 30, 8, 2, 0, 4, 0, 'teemu')");
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
            try (ResultSet r = st.executeQuery("SELECT dry_run, triggered_by, finished_at > started_at FROM kit_retention_run"
                    + " WHERE id = '" + REAL + "'")) {
                assertThat(r.next()).isTrue();
                assertThat(r.getBoolean(1)).isFalse();
                assertThat(r.getString(2)).isEqualTo("scheduler");
                assertThat(r.getBoolean(3)).isTrue();
            }
            List<String> items = new ArrayList<>();
            try (ResultSet r = st.executeQuery("SELECT i.rule, i.affected, i.held FROM kit_retention_run_item i"
                    + " WHERE i.run_id = '" + REAL + "' ORDER BY i.position")) {
                while (r.next()) {
                    items.add(r.getString(1) + " " + r.getInt(2) + "/" + r.getInt(3));
                }
            }
            assertThat(items).containsExactly("video-deletion-retries 3/0", "expired-segments 100/20");
            try (ResultSet r = st.executeQuery("SELECT run_id, expired, held, kept_for_requests, video_confirmed, video_retried,"
                    + " video_unconfirmed FROM retention_sweep ORDER BY expired DESC")) {
                List<String> sweeps = new ArrayList<>();
                while (r.next()) {
                    sweeps.add(r.getString(1) + " " + r.getLong(2) + " " + r.getLong(3) + " " + r.getLong(4) + " "
                            + r.getLong(5) + " " + r.getLong(6) + " " + r.getLong(7));
                }
                assertThat(sweeps).containsExactly(REAL + " 120 15 5 98 3 2", DRY + " 40 8 2 0 4 0");
            }
            try (ResultSet r = st.executeQuery("SELECT count(*) FROM kit_retention_run WHERE dry_run")) {
                r.next();
                assertThat(r.getInt(1)).isEqualTo(1);
            }
            try (ResultSet r = st.executeQuery("SELECT to_regclass('retention_run')")) {
                r.next();
                assertThat(r.getString(1)).isNull();
            }
        }
        MigrationDatabases.drop("cctv_retention_v12");
    }
}
