package fi.kuopas.cctv.service;

import fi.kuopas.cctv.domain.RetentionRun;
import fi.kuopas.cctv.domain.VideoDeletion;
import fi.kuopas.cctv.rest.CctvDtos.SweepView;
import fi.kuopas.privacy.jobs.SingleActive;
import fi.kuopas.privacy.web.Paging;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Deletes segments past their expiry (Art 5(1)(e); docs/domain-rules.md: auto-delete) unless an active
 * legal hold covers them, an open footage request still needs them, or their subject has
 * restricted processing (Art 18: kept, not used). Deletes in chunks, one transaction each, so a
 * sweep of millions of rows never holds one long transaction. Logs counts only.
 *
 * <p>Storage limitation covers the video, not only this register's metadata of it: the statement
 * that deletes a chunk records a video deletion request per segment, and the recorder is asked to
 * delete the chunk's videos in one call, outside the transaction ({@link VideoDeletions}). Before
 * that, every request not yet confirmed (by an earlier sweep, an erasure or an objection) is sent
 * again. The run reports what the recorders did not confirm.
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

    private final EntityManager em;
    private final CctvConfig config;
    private final VideoDeletions videos;
    private final SingleActive singleActive;

    public RetentionSweep(EntityManager em, CctvConfig config, VideoDeletions videos, SingleActive singleActive) {
        this.em = em;
        this.config = config;
        this.videos = videos;
        this.singleActive = singleActive;
    }

    @Scheduled(identity = "cctv-retention-sweep", cron = "${kuopas.cctv.sweep-cron}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        // One instance sweeps; another that starts meanwhile skips the round.
        singleActive.run("cctv-retention-sweep", () -> run(false, "scheduler"));
    }

    public SweepView run(boolean dryRun, String triggeredBy) {
        Instant started = Instant.now();
        LocalDate today = Time.today();
        long[] counts = QuarkusTransaction.requiringNew().call(() -> new long[] {
            count("SELECT count(*) " + EXPIRED, today, started),
            count("SELECT count(*) " + EXPIRED + " AND " + HoldService.COVERS, today, started),
            count("SELECT count(*) " + EXPIRED + " AND NOT " + HoldService.COVERS + " AND " + KEPT, today, started)});
        long deleted = 0;
        long retried = 0;
        VideoDeletions.Tally video = new VideoDeletions.Tally();
        if (dryRun) {
            deleted = counts[0] - counts[1] - counts[2];
            retried = videos.outstandingCount();
        } else {
            // Earlier requests first, by segment id (keyset): what this run deletes below is sent with its chunk.
            long after = 0;
            List<VideoDeletions.Pending> again;
            while (!(again = videos.outstanding(started, after, config.sweepChunk())).isEmpty()) {
                video.add(videos.send(again));
                retried += again.size();
                after = again.get(again.size() - 1).segmentId();
            }
            List<VideoDeletions.Pending> chunk;
            try (VideoDeletions.Sender sender = videos.sender()) { // the recorder answers chunk n while n + 1 is deleted
                do {
                    chunk = QuarkusTransaction.requiringNew().call(() -> VideoDeletions.pending(em.createNativeQuery(DELETE_CHUNK)
                            .setParameter("today", today).setParameter("now", started).setParameter("chunk", config.sweepChunk())
                            .setParameter("requestedAt", Instant.now()).getResultList()));
                    deleted += chunk.size();
                    sender.send(chunk);
                } while (!chunk.isEmpty());
                video.add(sender.finish());
            }
        }
        RetentionRun run = new RetentionRun();
        run.startedAt = started;
        run.finishedAt = Instant.now();
        run.dryRun = dryRun;
        run.expired = counts[0];
        run.deleted = deleted;
        run.held = counts[1];
        run.keptForRequests = counts[2];
        run.videoConfirmed = video.confirmed;
        run.videoRetried = retried;
        run.videoUnconfirmed = video.unconfirmed;
        run.triggeredBy = triggeredBy;
        QuarkusTransaction.requiringNew().run(run::persist);
        Log.infof("retention sweep%s: %d expired, %d %s, %d held, %d kept for requests or restrictions; video deletions: "
                + "%d confirmed, %d unconfirmed, %d %s", dryRun ? " (dry run)" : "", run.expired, run.deleted,
                dryRun ? "would be deleted" : "deleted", run.held, run.keptForRequests, run.videoConfirmed, run.videoUnconfirmed,
                run.videoRetried, dryRun ? "would be retried" : "retried");
        if (run.videoUnconfirmed > 0) {
            Log.warnf("retention sweep: the recorders did not confirm deleting %d video(s); see GET /api/v1/retention/video-deletions",
                    run.videoUnconfirmed);
        }
        return Views.sweep(run, video.sample);
    }

    @Transactional
    public List<SweepView> runs(int page, int size) {
        return Paging.<RetentionRun>list(RetentionRun.find("ORDER BY startedAt DESC"), page, size).stream()
                .map(r -> Views.sweep(r, null)).toList();
    }

    private long count(String sql, LocalDate today, Instant now) {
        Query q = em.createNativeQuery(sql).setParameter("now", now);
        if (sql.contains(":today")) {
            q.setParameter("today", today);
        }
        return ((Number) q.getSingleResult()).longValue();
    }
}
