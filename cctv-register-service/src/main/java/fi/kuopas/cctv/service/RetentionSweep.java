package fi.kuopas.cctv.service;

import fi.kuopas.cctv.domain.VideoDeletion;
import fi.kuopas.cctv.mapping.VideoDeletionView;
import fi.kuopas.privacy.retention.NamedRetentionRule;
import fi.kuopas.privacy.retention.RetentionRun;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * CCTV's retention, run by the kit's retention run (docs/architecture.md, "Retention and restriction
 * (kit)") as two rules, both committing their own work ({@code ownTransactions()}):
 * <ol>
 * <li>{@link VideoDeletionRetries} ({@code video-deletion-retries}) sends again every video deletion
 * the recorders have not confirmed (of an earlier sweep, an erasure or an objection);</li>
 * <li>{@link ExpiredSegments} ({@code expired-segments}) deletes segments past their expiry (Art
 * 5(1)(e); docs/domain-rules.md: auto-delete) unless an active legal hold covers them, an open
 * footage request still needs them, or their subject has restricted processing (Art 18: kept, not
 * used); those are the item's {@code held}. It deletes in chunks, one transaction each, so a sweep of
 * millions of rows never holds one long transaction.</li>
 * </ol>
 * Storage limitation covers the video, not only this register's metadata of it: the statement that
 * deletes a chunk records a video deletion request per segment, and the recorder is asked to delete
 * the chunk's videos in one call, outside the transaction ({@link VideoDeletions}). Logs counts only.
 *
 * <p>What the kit's items do not hold — segments past expiry, held by a legal hold and kept for
 * requests apart, and the recorders' answers (confirmed, unconfirmed, retried) — is kept per run in
 * table {@code retention_sweep}, keyed by the kit's run id, for the deprecated
 * {@code /api/v1/retention/sweeps}. It is stored there, not derived later from {@code video_deletion}
 * rows by time: a deletion row keeps only its latest attempt, so which run confirmed or retried what
 * cannot be read back from it. The rules of one run add to one {@link Sweep} of the thread that runs
 * them (the kit runs a run's rules and records it on the caller's thread), which
 * {@link ExpiredSegments#recorded} stores once the kit has recorded the run.
 */
@ApplicationScoped
public class RetentionSweep {

    /** Needed by an open footage request, or the subject's in a footage request whose processing is restricted (segment s). */
    static final String KEPT = "EXISTS (SELECT 1 FROM footage_request_segment c JOIN footage_request r ON r.id = c.request_id "
            + "WHERE c.segment_id = s.id AND ((r.status IN ('OPEN', 'REVIEWED') AND c.shows_subject IS NOT FALSE) "
            + "OR ((c.shows_subject IS TRUE OR (c.shows_subject IS NULL AND r.status = 'OPEN')) AND EXISTS (SELECT 1 "
            + "FROM footage_request_restriction x WHERE x.request_id = r.id))))";

    private static final String EXPIRED = "FROM recording_segment s WHERE s.expires_at <= :now";

    /** One chunk: delete expired, unkept segments and request their videos' deletion, in one statement. */
    private static final String DELETE_CHUNK = VideoDeletions.deleteAndRequest(
            "SELECT s.id " + EXPIRED + " AND NOT " + HoldService.COVERS + " AND NOT " + KEPT + " LIMIT :chunk",
            VideoDeletion.Reason.RETENTION);

    public static final String RETRIES = "video-deletion-retries";
    public static final String SEGMENTS = "expired-segments";

    private final EntityManager em;
    private final CctvConfig config;
    private final VideoDeletions videos;
    /** The sweep of the run this thread is running (or ran last). */
    private final ThreadLocal<Sweep> current = new ThreadLocal<>();

    public RetentionSweep(EntityManager em, CctvConfig config, VideoDeletions videos) {
        this.em = em;
        this.config = config;
        this.videos = videos;
    }

    /** Rule 1: video deletions not confirmed yet are sent again, before the sweep adds new ones. */
    @ApplicationScoped
    public static class VideoDeletionRetries extends NamedRetentionRule {
        private final RetentionSweep sweep;

        public VideoDeletionRetries(RetentionSweep sweep) {
            super(RETRIES, "GDPR Art 5(1)(e), Art 17(1): the video of a deleted segment is deleted in its recorder; "
                    + "unconfirmed deletions retried", 10);
            this.sweep = sweep;
        }

        @Override
        public boolean ownTransactions() {
            return true;
        }

        @Override
        public int apply(Instant now, boolean dryRun) {
            return Math.toIntExact(sweep.retry(now, dryRun));
        }
    }

    /** Rule 2: expired segments go, chunk by chunk, with their videos; held ones are counted. */
    @ApplicationScoped
    public static class ExpiredSegments extends NamedRetentionRule.Holding {
        private final RetentionSweep sweep;

        public ExpiredSegments(RetentionSweep sweep) {
            super(SEGMENTS, "GDPR Art 5(1)(e): the camera's retention days [A]; legal holds, open footage requests and "
                    + "restrictions (Art 17(3)(e), Art 18) held", 20);
            this.sweep = sweep;
        }

        @Override
        public boolean ownTransactions() {
            return true;
        }

        @Override
        public Result execute(Instant now, boolean dryRun) {
            Sweep s = sweep.sweep(now, dryRun);
            return new Result(Math.toIntExact(s.deleted), Math.toIntExact(s.held + s.keptForRequests));
        }

        @Override
        public void recorded(RetentionRun run) {
            sweep.recorded(run);
        }
    }

    /** What one run's sweep counted; the kit's items hold {@code deleted} and the sum of the two held counts. */
    public static final class Sweep {
        final Instant run;
        final VideoDeletions.Tally video = new VideoDeletions.Tally();
        long expired;
        long deleted;
        long held;
        long keptForRequests;
        long videoRetried;

        Sweep(Instant run) {
            this.run = run;
        }
    }

    /** The counts of a recorded run that the kit's items do not hold (table retention_sweep). */
    public record Counts(long expired, long held, long keptForRequests, long videoConfirmed, long videoRetried,
            long videoUnconfirmed) {
    }

    /** The sweep of the run started at {@code now} on this thread; a new one if this thread last ran another. */
    private Sweep sweepOf(Instant now) {
        Sweep s = current.get();
        if (s == null || !s.run.equals(now)) {
            s = new Sweep(now);
            current.set(s);
        }
        return s;
    }

    long retry(Instant now, boolean dryRun) {
        Sweep run = sweepOf(now);
        if (dryRun) {
            run.videoRetried = videos.outstandingCount();
        } else {
            // Earlier requests, by segment id (keyset): what this run deletes after this is sent with its chunk.
            long after = 0;
            List<VideoDeletions.Pending> again;
            while (!(again = videos.outstanding(now, after, config.sweepChunk())).isEmpty()) {
                run.video.add(videos.send(again));
                run.videoRetried += again.size();
                after = again.get(again.size() - 1).segmentId();
            }
        }
        return run.videoRetried;
    }

    Sweep sweep(Instant started, boolean dryRun) {
        Sweep run = sweepOf(started);
        LocalDate today = Time.today();
        long[] counts = QuarkusTransaction.requiringNew().call(() -> new long[] {
            count("SELECT count(*) " + EXPIRED, today, started),
            count("SELECT count(*) " + EXPIRED + " AND " + HoldService.COVERS, today, started),
            count("SELECT count(*) " + EXPIRED + " AND NOT " + HoldService.COVERS + " AND " + KEPT, today, started)});
        long deleted = 0;
        if (dryRun) {
            deleted = counts[0] - counts[1] - counts[2];
        } else {
            List<VideoDeletions.Pending> chunk;
            try (VideoDeletions.Sender sender = videos.sender()) { // the recorder answers chunk n while n + 1 is deleted
                do {
                    chunk = QuarkusTransaction.requiringNew().call(() -> VideoDeletions.pending(em.createNativeQuery(DELETE_CHUNK)
                            .setParameter("today", today).setParameter("now", started).setParameter("chunk", config.sweepChunk())
                            .setParameter("requestedAt", Instant.now()).getResultList()));
                    deleted += chunk.size();
                    sender.send(chunk);
                } while (!chunk.isEmpty());
                run.video.add(sender.finish());
            }
        }
        run.expired = counts[0];
        run.deleted = deleted;
        run.held = counts[1];
        run.keptForRequests = counts[2];
        return run;
    }

    /** Stores the sweep's counts under the kit's run id, in the transaction that records the run. */
    void recorded(RetentionRun recorded) {
        Sweep run = sweepOf(recorded.startedAt());
        boolean dryRun = recorded.dryRun();
        em.createNativeQuery("INSERT INTO retention_sweep (run_id, expired, held, kept_for_requests, video_confirmed, "
                        + "video_retried, video_unconfirmed) VALUES (:id, :expired, :held, :kept, :confirmed, :retried, :unconfirmed)")
                .setParameter("id", recorded.id()).setParameter("expired", run.expired).setParameter("held", run.held)
                .setParameter("kept", run.keptForRequests).setParameter("confirmed", run.video.confirmed)
                .setParameter("retried", run.videoRetried).setParameter("unconfirmed", run.video.unconfirmed).executeUpdate();
        Log.infof("retention sweep%s: %d expired, %d %s, %d held, %d kept for requests or restrictions; video deletions: "
                + "%d confirmed, %d unconfirmed, %d %s", dryRun ? " (dry run)" : "", run.expired, run.deleted,
                dryRun ? "would be deleted" : "deleted", run.held, run.keptForRequests, run.video.confirmed,
                run.video.unconfirmed, run.videoRetried, dryRun ? "would be retried" : "retried");
        if (run.video.unconfirmed > 0) {
            Log.warnf("retention sweep: the recorders did not confirm deleting %d video(s); see GET /api/v1/retention/video-deletions",
                    run.video.unconfirmed);
        }
    }

    /**
     * The video deletions the recorders did not confirm in {@code run} (at most 100), if this thread
     * ran it; otherwise none. Only the answer of the run itself names them.
     */
    public List<VideoDeletionView> unconfirmed(RetentionRun run) {
        Sweep s = current.get();
        if (s == null || !s.run.equals(run.startedAt())) {
            return List.of();
        }
        current.remove();
        return List.copyOf(s.video.sample);
    }

    /** The stored counts of these runs, by run id; a run without (none of the sweep's rules ran) is absent. */
    @SuppressWarnings("unchecked")
    public Map<UUID, Counts> counts(Collection<UUID> runIds) {
        Map<UUID, Counts> counts = new HashMap<>();
        if (runIds.isEmpty()) {
            return counts;
        }
        List<Object[]> rows = QuarkusTransaction.joiningExisting().call(() -> em.createNativeQuery(
                "SELECT run_id, expired, held, kept_for_requests, video_confirmed, video_retried, video_unconfirmed "
                        + "FROM retention_sweep WHERE run_id IN (:ids)").setParameter("ids", runIds).getResultList());
        for (Object[] r : rows) {
            counts.put((UUID) r[0], new Counts(((Number) r[1]).longValue(), ((Number) r[2]).longValue(),
                    ((Number) r[3]).longValue(), ((Number) r[4]).longValue(), ((Number) r[5]).longValue(),
                    ((Number) r[6]).longValue()));
        }
        return counts;
    }

    private long count(String sql, LocalDate today, Instant now) {
        Query q = em.createNativeQuery(sql).setParameter("now", now);
        if (sql.contains(":today")) {
            q.setParameter("today", today);
        }
        return ((Number) q.getSingleResult()).longValue();
    }
}
