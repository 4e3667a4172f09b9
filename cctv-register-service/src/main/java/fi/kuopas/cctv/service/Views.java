package fi.kuopas.cctv.service;

import fi.kuopas.cctv.domain.RetentionRun;
import fi.kuopas.cctv.domain.VideoDeletion;
import fi.kuopas.cctv.rest.CctvDtos.SweepView;
import fi.kuopas.cctv.rest.CctvDtos.VideoDeletionView;
import java.util.List;

/**
 * Entity to response mapping of the retention sweep, left here while retention moves to the kit;
 * every other mapping of this service is in {@code mapping.CctvMapping}.
 */
public final class Views {

    private Views() {
    }

    static SweepView sweep(RetentionRun r, List<VideoDeletionView> unconfirmed) {
        return new SweepView(r.id, r.dryRun, r.startedAt, r.finishedAt, r.expired, r.deleted, r.held, r.keptForRequests,
                r.videoConfirmed, r.videoRetried, r.videoUnconfirmed, unconfirmed, r.triggeredBy);
    }

    static VideoDeletionView videoDeletion(VideoDeletion v) {
        return new VideoDeletionView(v.segmentId, v.cameraId, v.segmentFrom, v.segmentTo, v.reason, v.status, v.requestedAt,
                v.attempts, v.lastAttemptAt, v.confirmedAt, v.lastError);
    }
}
