package fi.kuopas.cctv.service;

import fi.kuopas.cctv.domain.RetentionRun;
import fi.kuopas.cctv.rest.CctvDtos.SweepView;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Page;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Deletes segments past their expiry (Art 5(1)(e); DOMAIN.md §3: auto-delete) unless an active
 * legal hold covers them, an open footage request still needs them, or their subject has
 * restricted processing (Art 18: kept, not used). Deletes in chunks, one transaction each, so a
 * sweep of millions of rows never holds one long transaction. Logs counts only.
 */
@ApplicationScoped
public class RetentionSweep {

    /** Needed by an open footage request, or the subject's in a footage request whose processing is restricted (segment s). */
    static final String KEPT = "EXISTS (SELECT 1 FROM footage_request_segment c JOIN footage_request r ON r.id = c.request_id "
            + "WHERE c.segment_id = s.id AND ((r.status IN ('OPEN', 'REVIEWED') AND c.shows_subject IS NOT FALSE) "
            + "OR ((c.shows_subject IS TRUE OR (c.shows_subject IS NULL AND r.status = 'OPEN')) AND EXISTS (SELECT 1 "
            + "FROM footage_request_restriction x WHERE x.request_id = r.id))))";

    private static final String EXPIRED = "FROM recording_segment s WHERE s.expires_at <= :now";

    private final EntityManager em;
    private final CctvConfig config;

    public RetentionSweep(EntityManager em, CctvConfig config) {
        this.em = em;
        this.config = config;
    }

    @Scheduled(identity = "cctv-retention-sweep", cron = "${kuopas.cctv.sweep-cron}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        run(false, "scheduler");
    }

    public SweepView run(boolean dryRun, String triggeredBy) {
        Instant started = Instant.now();
        LocalDate today = Time.today();
        long[] counts = QuarkusTransaction.requiringNew().call(() -> new long[] {
            count("SELECT count(*) " + EXPIRED, today, started),
            count("SELECT count(*) " + EXPIRED + " AND " + HoldService.COVERS, today, started),
            count("SELECT count(*) " + EXPIRED + " AND NOT " + HoldService.COVERS + " AND " + KEPT, today, started)});
        long deleted = 0;
        if (dryRun) {
            deleted = counts[0] - counts[1] - counts[2];
        } else {
            int chunk;
            do {
                chunk = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                        "DELETE FROM recording_segment WHERE id IN (SELECT s.id " + EXPIRED + " AND NOT " + HoldService.COVERS
                                + " AND NOT " + KEPT + " LIMIT :chunk)")
                        .setParameter("today", today).setParameter("now", started).setParameter("chunk", config.sweepChunk()).executeUpdate());
                deleted += chunk;
            } while (chunk > 0);
        }
        RetentionRun run = new RetentionRun();
        run.startedAt = started;
        run.finishedAt = Instant.now();
        run.dryRun = dryRun;
        run.expired = counts[0];
        run.deleted = deleted;
        run.held = counts[1];
        run.keptForRequests = counts[2];
        run.triggeredBy = triggeredBy;
        QuarkusTransaction.requiringNew().run(run::persist);
        Log.infof("retention sweep%s: %d expired, %d %s, %d held, %d kept for requests or restrictions",
                dryRun ? " (dry run)" : "", run.expired, run.deleted, dryRun ? "would be deleted" : "deleted", run.held,
                run.keptForRequests);
        return Views.sweep(run);
    }

    @Transactional
    public List<SweepView> runs(int page, int size) {
        return RetentionRun.find("ORDER BY startedAt DESC").page(Page.of(page, size)).<RetentionRun>list().stream()
                .map(Views::sweep).toList();
    }

    private long count(String sql, LocalDate today, Instant now) {
        Query q = em.createNativeQuery(sql).setParameter("now", now);
        if (sql.contains(":today")) {
            q.setParameter("today", today);
        }
        return ((Number) q.getSingleResult()).longValue();
    }
}
