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
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.Session;

/**
 * Deleting a segment deletes its video too (Art 5(1)(e), Art 17(1)): the statement that deletes
 * segment metadata also records a {@code video_deletion} request per segment ({@link #deleteAndRequest});
 * {@link #send} asks the recorder and records its answers, one statement per batch. Whatever the
 * recorder did not confirm stays outstanding, is listed for the security officer and the DPO,
 * and is sent again by the next sweep.
 */
@ApplicationScoped
public class VideoDeletions {

    /** Unconfirmed deletions a sweep's answer names; the rest are in the listing. */
    static final int SAMPLE = 100;

    private static final String RECORD_ANSWERS = "UPDATE video_deletion v SET status = x.status, attempts = v.attempts + 1, "
            + "last_attempt_at = ?, confirmed_at = CASE WHEN x.status = 'CONFIRMED' THEN ? END, last_error = x.detail "
            + "FROM unnest(?::bigint[], ?::text[], ?::text[]) AS x(segment_id, status, detail) "
            + "WHERE v.segment_id = x.segment_id AND v.status <> 'CONFIRMED'";

    private static final String PENDING_COLUMNS = "segment_id, camera_id, segment_from, segment_to, storage_ref, reason, requested_at, attempts";

    private final VideoRecorder recorder;
    private final EntityManager em;

    public VideoDeletions(VideoRecorder recorder, EntityManager em) {
        this.recorder = recorder;
        this.em = em;
    }

    /** A requested video deletion as the sweep sends it. */
    record Pending(long segmentId, UUID cameraId, Instant from, Instant to, String storageRef, VideoDeletion.Reason reason,
            Instant requestedAt, int attempts) {
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
     * and records a deletion request for each one's video, in one statement; RETURNING what to send.
     * Named parameter {@code :requestedAt}. The ids are collected into an array first
     * ({@code id = ANY(ARRAY(…))}): the delete then finds each row by primary key, where
     * {@code id IN (SELECT … LIMIT n)} made the planner scan the whole table for every chunk
     * (docs/benchmarks.md).
     */
    static String deleteAndRequest(String segmentIds, VideoDeletion.Reason reason) {
        return "WITH gone AS (DELETE FROM recording_segment WHERE id = ANY(ARRAY(" + segmentIds + ")) "
                + "RETURNING id, camera_id, started_at, ended_at, storage_ref) "
                + "INSERT INTO video_deletion (segment_id, camera_id, segment_from, segment_to, storage_ref, reason, requested_at, status) "
                + "SELECT id, camera_id, started_at, ended_at, storage_ref, '" + reason.name() + "', :requestedAt, 'REQUESTED' FROM gone "
                + "ON CONFLICT (segment_id) DO NOTHING "
                + "RETURNING " + PENDING_COLUMNS;
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
                    VideoDeletion.Reason.valueOf((String) r[5]), instant(r[6]), ((Number) r[7]).intValue()));
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
                "SELECT count(*) FROM video_deletion WHERE status <> 'CONFIRMED'").getSingleResult()).longValue());
    }

    /**
     * Asks the recorder to delete one batch of videos, outside any transaction (a slow recorder
     * holds no locks), then records every answer in one statement.
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
        Long[] ids = new Long[n];
        String[] statuses = new String[n];
        String[] details = new String[n];
        for (int i = 0; i < n; i++) {
            Pending p = batch.get(i);
            DeletionAnswer a = answers.get(p.segmentId());
            boolean confirmed = a != null && a.confirmed();
            ids[i] = p.segmentId();
            statuses[i] = (confirmed ? VideoDeletion.Status.CONFIRMED : VideoDeletion.Status.UNCONFIRMED).name();
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
        QuarkusTransaction.requiringNew().run(() -> em.unwrap(Session.class).doWork(c -> record(c, now, ids, statuses, details)));
        return tally;
    }

    private static void record(Connection c, OffsetDateTime now, Long[] ids, String[] statuses, String[] details) throws SQLException {
        List<Array> arrays = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(RECORD_ANSWERS)) {
            arrays.add(c.createArrayOf("bigint", ids));
            arrays.add(c.createArrayOf("text", statuses));
            arrays.add(c.createArrayOf("text", details));
            ps.setObject(1, now);
            ps.setObject(2, now);
            for (int i = 0; i < arrays.size(); i++) {
                ps.setArray(i + 3, arrays.get(i));
            }
            ps.executeUpdate();
        } finally {
            for (Array a : arrays) {
                a.free();
            }
        }
    }

    /** Video deletions, newest request first: by default the outstanding ones (not confirmed). */
    @Transactional
    public List<VideoDeletionView> list(VideoDeletion.Status status, int page, int size) {
        var query = status == null
                ? VideoDeletion.<VideoDeletion>find("status <> ?1 ORDER BY requestedAt DESC, segmentId DESC", VideoDeletion.Status.CONFIRMED)
                : VideoDeletion.<VideoDeletion>find("status = ?1 ORDER BY requestedAt DESC, segmentId DESC", status);
        return Paging.<VideoDeletion>list(query, page, size).stream().map(CctvMapping::videoDeletion).toList();
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
