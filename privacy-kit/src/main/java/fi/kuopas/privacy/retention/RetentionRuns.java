package fi.kuopas.privacy.retention;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The kit's retention log (tables kit_retention_run and kit_retention_run_item, migrations
 * V0_5__retention.sql and V0_7__retention_held.sql). Plain JDBC on the service's data source, so
 * writes join the caller's transaction.
 */
@ApplicationScoped
public class RetentionRuns {

    private final DataSource dataSource;

    public RetentionRuns(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Records a finished run with its items and answers it as stored. */
    public RetentionRun record(Instant startedAt, Instant finishedAt, boolean dryRun, String triggeredBy,
            List<RetentionRun.Item> items) {
        UUID id = UUID.randomUUID();
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO kit_retention_run (id, started_at, finished_at, dry_run, triggered_by) VALUES (?, ?, ?, ?, ?)")) {
                s.setObject(1, id);
                s.setTimestamp(2, Timestamp.from(startedAt));
                s.setTimestamp(3, Timestamp.from(finishedAt));
                s.setBoolean(4, dryRun);
                s.setString(5, triggeredBy);
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO kit_retention_run_item (run_id, rule, legal_reference, affected, held, position)"
                            + " VALUES (?, ?, ?, ?, ?, ?)")) {
                int position = 0;
                for (RetentionRun.Item item : items) {
                    s.setObject(1, id);
                    s.setString(2, item.rule());
                    s.setString(3, item.legalReference());
                    s.setInt(4, item.affected());
                    s.setInt(5, item.held());
                    s.setInt(6, position++);
                    s.addBatch();
                }
                s.executeBatch();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("retention run could not be recorded", e);
        }
        return new RetentionRun(id, startedAt, finishedAt, dryRun, triggeredBy, List.copyOf(items));
    }

    public Optional<RetentionRun> find(UUID id) {
        List<RetentionRun> found = query("WHERE id = ?", id, 0, 1);
        return found.stream().findFirst();
    }

    public Optional<RetentionRun> latest() {
        return query("", null, 0, 1).stream().findFirst();
    }

    /** One page of runs, newest first. */
    public List<RetentionRun> page(int page, int size) {
        return query("", null, (long) page * size, size);
    }

    public long count() {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT count(*) FROM kit_retention_run");
                ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("retention runs could not be counted", e);
        }
    }

    private List<RetentionRun> query(String where, UUID id, long offset, int limit) {
        Map<UUID, RetentionRun> runs = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement s = c.prepareStatement("SELECT id, started_at, finished_at, dry_run, triggered_by"
                    + " FROM kit_retention_run " + where + " ORDER BY started_at DESC, id OFFSET ? LIMIT ?")) {
                int i = 1;
                if (id != null) {
                    s.setObject(i++, id);
                }
                s.setLong(i++, offset);
                s.setInt(i, limit);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        UUID runId = r.getObject(1, UUID.class);
                        Timestamp finished = r.getTimestamp(3);
                        runs.put(runId, new RetentionRun(runId, r.getTimestamp(2).toInstant(),
                                finished == null ? null : finished.toInstant(), r.getBoolean(4), r.getString(5),
                                new ArrayList<>()));
                    }
                }
            }
            if (!runs.isEmpty()) {
                // In the order the rules ran; runs recorded before V0_7 have every position 0, so name order.
                try (PreparedStatement s = c.prepareStatement("SELECT run_id, rule, legal_reference, affected, held"
                        + " FROM kit_retention_run_item WHERE run_id = ANY (?) ORDER BY position, rule")) {
                    s.setArray(1, c.createArrayOf("uuid", runs.keySet().toArray()));
                    try (ResultSet r = s.executeQuery()) {
                        while (r.next()) {
                            runs.get(r.getObject(1, UUID.class)).items()
                                    .add(new RetentionRun.Item(r.getString(2), r.getString(3), r.getInt(4), r.getInt(5)));
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("retention runs could not be read", e);
        }
        return runs.values().stream()
                .map(run -> new RetentionRun(run.id(), run.startedAt(), run.finishedAt(), run.dryRun(),
                        run.triggeredBy(), List.copyOf(run.items())))
                .toList();
    }
}
