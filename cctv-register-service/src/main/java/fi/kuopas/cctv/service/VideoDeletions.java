package fi.kuopas.cctv.service;

import fi.kuopas.cctv.domain.VideoDeletion;
import fi.kuopas.cctv.mapping.CctvMapping;
import fi.kuopas.cctv.mapping.VideoDeletionView;
import fi.kuopas.cctv.recorder.VideoRecorder;
import fi.kuopas.cctv.recorder.VideoRecorder.DeletionAnswer;
import fi.kuopas.cctv.recorder.VideoRecorder.Video;
import fi.kuopas.privacy.web.Paging;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.hibernate.Session;

/**
 * Deleting a segment deletes its video too (Art 5(1)(e), Art 17(1)): the statement that deletes
 * segment metadata also records the deletion request of every segment it deleted, as one
 * {@code video_deletion_batch} row ({@link #deleteAndRequest}); {@link #send} asks the recorder and
 * records its answers on those rows. Whatever the recorder did not confirm stays outstanding, is
 * listed per segment for the security officer and the DPO (view {@code video_deletion}), and is
 * sent again by the next sweep.
 *
 * <p>Per statement, not per segment (V13): one row, its primary-key entry and one index entry for a
 * whole chunk, and a recorder answer that confirms the chunk updates one row, not every segment's
 * (docs/benchmarks.md). Segments answered differently from the rest of their row move to a row of
 * their own ({@code split_off}), so a row always has one status, attempt count and confirmation.
 */
@ApplicationScoped
public class VideoDeletions {

    /** Unconfirmed deletions a sweep's answer names; the rest are in the listing. */
    static final int SAMPLE = 100;

    /** Locks a row the answers are for: its status, how many of its segments are still in it, which moved out. */
    private static final String LOCK_BATCH = "SELECT status, segment_count - cardinality(split_off), split_off "
            + "FROM video_deletion_batch WHERE id = ? FOR UPDATE";

    /** Every segment still in the row confirmed (and the given ones moved out). */
    private static final String CONFIRM_BATCH = "UPDATE video_deletion_batch SET status = 'CONFIRMED', attempts = attempts + 1, "
            + "last_attempt_at = ?, confirmed_at = ?, details = NULL, split_off = split_off || ?::bigint[] WHERE id = ?";

    /** No segment still in the row confirmed: the recorder's reasons, in the order of segment_ids. */
    private static final String UNCONFIRM_BATCH = "UPDATE video_deletion_batch b SET status = 'UNCONFIRMED', attempts = attempts + 1, "
            + "last_attempt_at = ?, details = (SELECT array_agg(x.detail ORDER BY s.ord) FROM unnest(b.segment_ids) WITH ORDINALITY "
            + "AS s(segment_id, ord) LEFT JOIN unnest(?::bigint[], ?::text[]) AS x(segment_id, detail) ON x.segment_id = s.segment_id) "
            + "WHERE id = ?";

    /** Some of a row's segments answered differently: they move to a new row with that answer. */
    private static final String SPLIT_INSERT = "INSERT INTO video_deletion_batch (reason, requested_at, segment_ids, camera_ids, "
            + "segment_froms, segment_tos, storage_refs, status, attempts, last_attempt_at, confirmed_at, details) "
            + "SELECT b.reason, b.requested_at, array_agg(e.segment_id), array_agg(e.camera_id), array_agg(e.segment_from), "
            + "array_agg(e.segment_to), array_agg(e.storage_ref), x.status, b.attempts + 1, x.at, "
            + "CASE WHEN x.status = 'CONFIRMED' THEN x.at END, CASE WHEN x.status = 'CONFIRMED' THEN NULL ELSE array_agg(d.detail) END "
            + "FROM video_deletion_batch b CROSS JOIN (SELECT ?::text AS status, ?::timestamptz AS at) x "
            + "CROSS JOIN LATERAL unnest(b.segment_ids, b.camera_ids, b.segment_froms, b.segment_tos, b.storage_refs) "
            + "AS e(segment_id, camera_id, segment_from, segment_to, storage_ref) "
            + "JOIN unnest(?::bigint[], ?::text[]) AS d(segment_id, detail) ON d.segment_id = e.segment_id "
            + "WHERE b.id = ? GROUP BY b.id, x.status, x.at";

    /** The segments moved to new rows leave this one; its own answer stays as it was. */
    private static final String SPLIT_OFF = "UPDATE video_deletion_batch SET split_off = split_off || ?::bigint[] WHERE id = ?";

    private static final String PENDING_COLUMNS = "segment_id, camera_id, segment_from, segment_to, storage_ref, reason, requested_at, "
            + "attempts, batch_id";

    private final VideoRecorder recorder;
    private final EntityManager em;

    public VideoDeletions(VideoRecorder recorder, EntityManager em) {
        this.recorder = recorder;
        this.em = em;
    }

    /** A requested video deletion as the sweep sends it; {@code batchId}: its video_deletion_batch row. */
    record Pending(long segmentId, UUID cameraId, Instant from, Instant to, String storageRef, VideoDeletion.Reason reason,
            Instant requestedAt, int attempts, long batchId) {
    }

    /** What a batch (or a whole sweep) got from the recorder. */
    static final class Tally {
        long confirmed;
        long unconfirmed;
        final List<VideoDeletionView> sample = new ArrayList<>();

        void add(Tally t) {
            confirmed += t.confirmed;
            unconfirmed += t.unconfirmed;
            t.sample.stream().limit(Math.max(0, SAMPLE - sample.size())).forEach(sample::add);
        }
    }

    /**
     * SQL that deletes the segments {@code segmentIds} selects (a subquery over recording_segment)
     * and records the deletion request of their videos as one video_deletion_batch row, in one
     * statement; it answers a row per deleted segment (what to send, {@link #pending}). Named
     * parameter {@code :requestedAt}. The ids are collected into an array first
     * ({@code id = ANY(ARRAY(…))}): the delete then finds each row by primary key, where
     * {@code id IN (SELECT … LIMIT n)} made the planner scan the whole table for every chunk
     * (docs/benchmarks.md).
     */
    static String deleteAndRequest(String segmentIds, VideoDeletion.Reason reason) {
        return "WITH gone AS (DELETE FROM recording_segment WHERE id = ANY(ARRAY(" + segmentIds + ")) "
                + "RETURNING id, camera_id, started_at, ended_at, storage_ref), "
                + "batch AS (INSERT INTO video_deletion_batch (reason, requested_at, status, segment_ids, camera_ids, segment_froms, "
                + "segment_tos, storage_refs) "
                + "SELECT '" + reason.name() + "', :requestedAt, 'REQUESTED', array_agg(id), array_agg(camera_id), array_agg(started_at), "
                + "array_agg(ended_at), array_agg(storage_ref) FROM gone HAVING count(*) > 0 RETURNING id, requested_at) "
                + "SELECT g.id, g.camera_id, g.started_at, g.ended_at, g.storage_ref, '" + reason.name() + "', b.requested_at, 0, b.id "
                + "FROM gone g CROSS JOIN batch b";
    }

    /** Deletes the given segments and requests their videos' deletion, sent by the next sweep. In the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int deleteAndRequest(List<Long> segmentIds, VideoDeletion.Reason reason) {
        if (segmentIds.isEmpty()) {
            return 0;
        }
        return em.createNativeQuery(deleteAndRequest("SELECT s.id FROM recording_segment s WHERE s.id IN (:ids)", reason))
                .setParameter("ids", segmentIds).setParameter("requestedAt", Instant.now()).getResultList().size();
    }

    static List<Pending> pending(List<?> rows) {
        List<Pending> list = new ArrayList<>(rows.size());
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            list.add(new Pending(((Number) r[0]).longValue(), (UUID) r[1], instant(r[2]), instant(r[3]), (String) r[4],
                    VideoDeletion.Reason.valueOf((String) r[5]), instant(r[6]), ((Number) r[7]).intValue(), ((Number) r[8]).longValue()));
        }
        return list;
    }

    /** Outstanding requests from before {@code before}, after segment id {@code after}: a retry batch. */
    List<Pending> outstanding(Instant before, long after, int limit) {
        return QuarkusTransaction.requiringNew().call(() -> pending(em.createNativeQuery(
                "SELECT " + PENDING_COLUMNS + " FROM video_deletion "
                        + "WHERE status <> 'CONFIRMED' AND segment_id > :after AND requested_at < :before ORDER BY segment_id LIMIT :limit")
                .setParameter("after", after).setParameter("before", before).setParameter("limit", limit).getResultList()));
    }

    long outstandingCount() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT coalesce(sum(segment_count - cardinality(split_off)), 0) FROM video_deletion_batch "
                        + "WHERE status <> 'CONFIRMED'").getSingleResult()).longValue());
    }

    /**
     * Asks the recorder to delete one batch of videos, outside any transaction (a slow recorder
     * holds no locks), then records the answers on their video_deletion_batch rows in one
     * transaction: one UPDATE per row when the row's segments were answered alike.
     */
    Tally send(List<Pending> batch) {
        Tally tally = new Tally();
        if (batch.isEmpty()) {
            return tally;
        }
        Map<Long, DeletionAnswer> answers = new HashMap<>();
        try {
            for (DeletionAnswer a : recorder.requestDeletion(batch.stream().map(p -> new Video(p.segmentId(), p.cameraId(),
                    p.storageRef())).toList())) {
                answers.put(a.segmentId(), a);
            }
        } catch (RuntimeException e) {
            Log.warnf("recorder deletion call for %d segment(s) failed: %s", batch.size(), e.getClass().getSimpleName());
            answers.clear();
        }
        int n = batch.size();
        Instant attempted = Instant.now();
        boolean[] ok = new boolean[n];
        String[] details = new String[n];
        for (int i = 0; i < n; i++) {
            Pending p = batch.get(i);
            DeletionAnswer a = answers.get(p.segmentId());
            boolean confirmed = a != null && a.confirmed();
            ok[i] = confirmed;
            details[i] = confirmed ? null : truncate(a == null ? "no answer from the recorder" : a.detail());
            if (confirmed) {
                tally.confirmed++;
            } else {
                tally.unconfirmed++;
                if (tally.sample.size() < SAMPLE) {
                    tally.sample.add(new VideoDeletionView(p.segmentId(), p.cameraId(), p.from(), p.to(), p.reason(),
                            VideoDeletion.Status.UNCONFIRMED, p.requestedAt(), p.attempts() + 1, attempted, null, details[i]));
                }
            }
        }
        OffsetDateTime now = attempted.atOffset(ZoneOffset.UTC);
        QuarkusTransaction.requiringNew().run(() -> em.unwrap(Session.class).doWork(c -> record(c, now, batch, ok, details)));
        return tally;
    }

    /** A {@link Sender} for one sweep's chunks. */
    Sender sender() {
        return new Sender();
    }

    /**
     * Sends a sweep's chunks to the recorder one after another on a thread of its own, so the next
     * chunk is deleted while the recorder answers the previous one ({@link #send}); at most one call
     * is in flight. Each chunk's requests are committed with its delete before it is handed over, so
     * a crash meanwhile leaves them outstanding for the next sweep.
     */
    final class Sender implements AutoCloseable {

        private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "cctv-video-deletions");
            t.setDaemon(true);
            return t;
        });
        private final Tally total = new Tally();
        private Future<Tally> inFlight;

        /** Waits for the previous chunk's answers, then sends this one. */
        void send(List<Pending> chunk) {
            collect();
            if (!chunk.isEmpty()) {
                inFlight = thread.submit(() -> VideoDeletions.this.send(chunk));
            }
        }

        /** Waits for the last call; what all chunks got from the recorder. */
        Tally finish() {
            collect();
            return total;
        }

        private void collect() {
            if (inFlight == null) {
                return;
            }
            try {
                total.add(inFlight.get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while the recorder answered", e);
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            } finally {
                inFlight = null;
            }
        }

        /** Lets a call in flight finish (its answers recorded), then ends the thread. */
        @Override
        public void close() {
            thread.shutdown();
            try {
                if (!thread.awaitTermination(5, TimeUnit.MINUTES)) {
                    thread.shutdownNow();
                }
            } catch (InterruptedException e) {
                thread.shutdownNow();
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Records the answers ({@code confirmed[i]}, {@code details[i]} for {@code batch.get(i)}), row by row. */
    private static void record(Connection c, OffsetDateTime now, List<Pending> batch, boolean[] confirmed, String[] details)
            throws SQLException {
        Map<Long, List<Integer>> byRow = new LinkedHashMap<>();
        for (int i = 0; i < batch.size(); i++) {
            byRow.computeIfAbsent(batch.get(i).batchId(), k -> new ArrayList<>()).add(i);
        }
        for (Map.Entry<Long, List<Integer>> row : byRow.entrySet()) {
            long id = row.getKey();
            String status;
            long inRow;
            Set<Long> movedOut = new HashSet<>();
            try (PreparedStatement ps = c.prepareStatement(LOCK_BATCH)) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        continue;
                    }
                    status = rs.getString(1);
                    inRow = rs.getLong(2);
                    Array a = rs.getArray(3);
                    for (Object o : (Object[]) a.getArray()) {
                        movedOut.add(((Number) o).longValue());
                    }
                    a.free();
                }
            }
            if (VideoDeletion.Status.CONFIRMED.name().equals(status)) {
                continue; // answered meanwhile (another sweep)
            }
            List<Long> yes = new ArrayList<>();
            List<Long> no = new ArrayList<>();
            List<String> why = new ArrayList<>();
            for (int i : row.getValue()) {
                long segmentId = batch.get(i).segmentId();
                if (movedOut.contains(segmentId)) {
                    continue;
                }
                if (confirmed[i]) {
                    yes.add(segmentId);
                } else {
                    no.add(segmentId);
                    why.add(details[i]);
                }
            }
            boolean wholeRow = yes.size() + no.size() == inRow;
            if (wholeRow && no.isEmpty()) {
                update(c, CONFIRM_BATCH, now, now, array(c, List.of()), id);
            } else if (wholeRow && yes.isEmpty()) {
                update(c, UNCONFIRM_BATCH, now, array(c, no), c.createArrayOf("text", why.toArray()), id);
            } else if (wholeRow) {
                splitInsert(c, id, VideoDeletion.Status.UNCONFIRMED, now, no, why);
                update(c, CONFIRM_BATCH, now, now, array(c, no), id);
            } else {
                // Only part of the row was sent (a retry batch ends inside it): the answered segments move out.
                if (!yes.isEmpty()) {
                    splitInsert(c, id, VideoDeletion.Status.CONFIRMED, now, yes, Collections.nCopies(yes.size(), null));
                }
                if (!no.isEmpty()) {
                    splitInsert(c, id, VideoDeletion.Status.UNCONFIRMED, now, no, why);
                }
                List<Long> both = new ArrayList<>(yes);
                both.addAll(no);
                if (!both.isEmpty()) {
                    update(c, SPLIT_OFF, array(c, both), id);
                }
            }
        }
    }

    private static void splitInsert(Connection c, long id, VideoDeletion.Status status, OffsetDateTime now, List<Long> ids,
            List<String> why) throws SQLException {
        update(c, SPLIT_INSERT, status.name(), now, array(c, ids), c.createArrayOf("text", why.toArray()), id);
    }

    private static Array array(Connection c, List<Long> ids) throws SQLException {
        return c.createArrayOf("bigint", ids.toArray());
    }

    private static void update(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                if (params[i] instanceof Array a) {
                    ps.setArray(i + 1, a);
                } else {
                    ps.setObject(i + 1, params[i]);
                }
            }
            ps.executeUpdate();
        } finally {
            for (Object p : params) {
                if (p instanceof Array a) {
                    a.free();
                }
            }
        }
    }

    /**
     * Video deletions, newest request first: by default the outstanding ones (not confirmed). The
     * total for the page headers is summed per video_deletion_batch row; counting the per-segment
     * view would unnest every row (21 s for 15 M confirmed segments).
     */
    @Transactional
    public List<VideoDeletionView> list(VideoDeletion.Status status, int page, int size) {
        var query = status == null
                ? VideoDeletion.<VideoDeletion>find("status <> ?1 ORDER BY requestedAt DESC, segmentId DESC", VideoDeletion.Status.CONFIRMED)
                : VideoDeletion.<VideoDeletion>find("status = ?1 ORDER BY requestedAt DESC, segmentId DESC", status);
        var count = em.createNativeQuery("SELECT coalesce(sum(segment_count - cardinality(split_off)), 0) FROM video_deletion_batch "
                + "WHERE status " + (status == null ? "<> 'CONFIRMED'" : "= :status"));
        if (status != null) {
            count.setParameter("status", status.name());
        }
        long total = ((Number) count.getSingleResult()).longValue();
        Paging.record(page, size, total);
        return query.page(page, size).<VideoDeletion>list().stream().map(CctvMapping::videoDeletion).toList();
    }

    private static String truncate(String s) {
        return s == null ? null : s.length() <= 500 ? s : s.substring(0, 500);
    }

    static Instant instant(Object o) {
        if (o instanceof Instant i) {
            return i;
        }
        if (o instanceof OffsetDateTime t) {
            return t.toInstant();
        }
        if (o instanceof Timestamp t) {
            return t.toInstant();
        }
        if (o instanceof java.time.ZonedDateTime z) {
            return z.toInstant();
        }
        throw new IllegalStateException("unexpected timestamp type " + (o == null ? null : o.getClass()));
    }
}
