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
 * V13__video_deletion_per_chunk.sql on a database migrated as the register was before it: the
 * per-segment video_deletion rows become one video_deletion_batch row per group written and
 * answered alike, and the view of the old name shows every segment with its own answer, as before.
 */
@QuarkusTest
class VideoDeletionPerChunkMigrationTest {

    private static final String CAMERA = "7b0f5e4a-1c2d-4e5f-8a9b-0c1d2e3f4a5b";

    @Test
    void shouldKeepEverySegmentsDeletionEvidenceInTheNewShape() throws SQLException {
        String values = "INSERT INTO video_deletion (segment_id, camera_id, segment_from, segment_to, storage_ref, reason, "
                + "requested_at, status, attempts, last_attempt_at, confirmed_at, last_error) VALUES ";
        // One sweep chunk: two confirmed, one not; an erasure not yet sent.
        String url = MigrationDatabases.migratedAcross("cctv_video_deletion_v13", "11",
                values
                        + "(11, '" + CAMERA + "', '2025-01-01T10:00Z', '2025-01-01T10:01Z', 'nvr-a/1.mkv', 'RETENTION', '2025-01-20T07:00Z', "
                        + "'CONFIRMED', 1, '2025-01-20T07:00:01Z', '2025-01-20T07:00:01Z', NULL),"
                        + "(12, '" + CAMERA + "', '2025-01-01T10:01Z', '2025-01-01T10:02Z', 'nvr-a/2.mkv', 'RETENTION', '2025-01-20T07:00Z', "
                        + "'CONFIRMED', 1, '2025-01-20T07:00:01Z', '2025-01-20T07:00:01Z', NULL),"
                        + "(13, '" + CAMERA + "', '2025-01-01T10:02Z', '2025-01-01T10:03Z', 'nvr-b/3.mkv', 'RETENTION', '2025-01-20T07:00Z', "
                        + "'UNCONFIRMED', 1, '2025-01-20T07:00:01Z', NULL, 'recorder nvr-b did not answer'),"
                        + "(21, '" + CAMERA + "', '2025-01-02T10:00Z', '2025-01-02T10:01Z', 'nvr-a/4.mkv', 'ERASURE', '2025-01-21T09:00Z', "
                        + "'REQUESTED', 0, NULL, NULL, NULL)");
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
            try (ResultSet r = st.executeQuery("SELECT count(*), sum(cardinality(segment_ids)) FROM video_deletion_batch")) {
                r.next();
                assertThat(r.getInt(1)).as("rows: the chunk's confirmed ones, its unconfirmed one, the erasure").isEqualTo(3);
                assertThat(r.getInt(2)).isEqualTo(4);
            }
            List<String> segments = new ArrayList<>();
            try (ResultSet r = st.executeQuery("SELECT segment_id, camera_id, segment_from, reason, status, attempts, "
                    + "confirmed_at IS NOT NULL, last_error, storage_ref FROM video_deletion ORDER BY segment_id")) {
                while (r.next()) {
                    assertThat(r.getString(2)).isEqualTo(CAMERA);
                    assertThat(r.getObject(3)).isNotNull();
                    segments.add(r.getLong(1) + " " + r.getString(4) + " " + r.getString(5) + " " + r.getInt(6) + " "
                            + r.getBoolean(7) + " " + r.getString(8) + " " + r.getString(9));
                }
            }
            assertThat(segments).containsExactly(
                    "11 RETENTION CONFIRMED 1 true null nvr-a/1.mkv",
                    "12 RETENTION CONFIRMED 1 true null nvr-a/2.mkv",
                    "13 RETENTION UNCONFIRMED 1 false recorder nvr-b did not answer nvr-b/3.mkv",
                    "21 ERASURE REQUESTED 0 false null nvr-a/4.mkv");
            try (ResultSet r = st.executeQuery("SELECT relkind FROM pg_class WHERE relname = 'video_deletion'")) {
                r.next();
                assertThat(r.getString(1)).as("the old table is a view now").isEqualTo("v");
            }
        }
        MigrationDatabases.drop("cctv_video_deletion_v13");
    }
}
