package fi.kuopas.cctv.mapping;

import fi.kuopas.cctv.domain.Camera;
import fi.kuopas.cctv.domain.Disclosure;
import fi.kuopas.cctv.domain.FootageRequest;
import fi.kuopas.cctv.domain.LegalHold;
import fi.kuopas.cctv.domain.RecordingSegment;
import fi.kuopas.cctv.domain.SegmentCopy;
import fi.kuopas.cctv.domain.Site;
import fi.kuopas.cctv.domain.VideoDeletion;
import fi.kuopas.cctv.domain.ViewLogEntry;
import fi.kuopas.cctv.rest.CctvDtos.CameraRequest;
import fi.kuopas.cctv.rest.CctvDtos.CameraUpdate;
import fi.kuopas.cctv.rest.CctvDtos.CameraView;
import fi.kuopas.cctv.rest.CctvDtos.CandidateView;
import fi.kuopas.cctv.rest.CctvDtos.CommonAreaBasis;
import fi.kuopas.cctv.rest.CctvDtos.DisclosureRequest;
import fi.kuopas.cctv.rest.CctvDtos.DisclosureView;
import fi.kuopas.cctv.rest.CctvDtos.FootageRequestCreate;
import fi.kuopas.cctv.rest.CctvDtos.FootageRequestView;
import fi.kuopas.cctv.rest.CctvDtos.HoldRelease;
import fi.kuopas.cctv.rest.CctvDtos.HoldRequest;
import fi.kuopas.cctv.rest.CctvDtos.HoldView;
import fi.kuopas.cctv.rest.CctvDtos.IngestResult;
import fi.kuopas.cctv.rest.CctvDtos.ReleaseRequest;
import fi.kuopas.cctv.rest.CctvDtos.ReviewRequest;
import fi.kuopas.cctv.rest.CctvDtos.SegmentRef;
import fi.kuopas.cctv.rest.CctvDtos.SegmentRow;
import fi.kuopas.cctv.rest.CctvDtos.SegmentView;
import fi.kuopas.cctv.rest.CctvDtos.SiteRequest;
import fi.kuopas.cctv.rest.CctvDtos.SiteView;
import fi.kuopas.cctv.rest.CctvDtos.StepView;
import fi.kuopas.cctv.rest.CctvDtos.SweepView;
import fi.kuopas.cctv.rest.CctvDtos.ViewLogView;
import fi.kuopas.cctv.rest.CctvDtos.ViewedSegment;
import fi.kuopas.cctv.service.CctvCommands;
import fi.kuopas.cctv.service.FootageRequestService;
import fi.kuopas.cctv.service.HoldService.HoldState;
import fi.kuopas.cctv.service.RetentionSweep;
import fi.kuopas.cctv.service.SegmentService;
import fi.kuopas.cctv.service.ViewService;
import fi.kuopas.privacy.retention.RetentionRun;
import java.util.List;

/**
 * The one place where the CCTV API's bodies meet the services: request bodies to commands, entities
 * (and the services' small records) to response bodies. Plain static factories (the project's one
 * mapping convention).
 */
public final class CctvMapping {

    private CctvMapping() {
    }

    public static CctvCommands.NewSite site(SiteRequest r) {
        return new CctvCommands.NewSite(r.code(), r.name(), r.address());
    }

    public static SiteView site(Site s) {
        return new SiteView(s.id, s.code, s.name, s.address, s.createdAt, s.version);
    }

    public static CctvCommands.NewCamera camera(CameraRequest r) {
        return new CctvCommands.NewCamera(r.siteId(), r.code(), r.areaType(), r.location(), r.fieldOfView(), r.purpose(),
                r.signLocation(), r.dpiaReference(), r.filmsEmployees(), r.retentionDays(), commonArea(r.commonAreaBasis()));
    }

    public static CctvCommands.CameraChange change(CameraUpdate u) {
        return new CctvCommands.CameraChange(u.areaType(), u.location(), u.fieldOfView(), u.purpose(), u.signLocation(),
                u.dpiaReference(), u.filmsEmployees(), u.retentionDays(), commonArea(u.commonAreaBasis()), u.version());
    }

    private static CctvCommands.CommonAreaDecision commonArea(CommonAreaBasis b) {
        return b == null ? null : new CctvCommands.CommonAreaDecision(b.decisionReference(), b.residentsInformedReference(),
                b.decidedOn());
    }

    public static CameraView camera(Camera c) {
        CommonAreaBasis basis = c.commonAreaBasis == null || c.commonAreaBasis.decisionReference == null ? null
                : new CommonAreaBasis(c.commonAreaBasis.decisionReference, c.commonAreaBasis.residentsInformedReference,
                        c.commonAreaBasis.decidedOn);
        return new CameraView(c.id, c.siteId, c.code, c.areaType, c.location, c.fieldOfView, c.purpose, c.signLocation,
                c.dpiaReference, c.filmsEmployees, c.retentionDays, basis, c.createdAt, c.version);
    }

    public static List<CctvCommands.Segment> segments(List<SegmentRow> rows) {
        return rows.stream().map(r -> new CctvCommands.Segment(r.cameraId(), r.from(), r.to(), r.storageRef())).toList();
    }

    public static IngestResult ingested(SegmentService.Ingested i) {
        return new IngestResult(i.received(), i.inserted(), i.duplicates());
    }

    public static SegmentView segment(RecordingSegment s) {
        return new SegmentView(s.id, s.cameraId, s.startedAt, s.endedAt, s.expiresAt);
    }

    public static ViewedSegment viewed(ViewService.Viewed v) {
        return new ViewedSegment(v.entry().id, segment(v.segment()), v.segment().storageRef, v.entry().viewedAt);
    }

    public static SegmentRef ref(SegmentCopy c) {
        return new SegmentRef(c.segmentId, c.cameraId, c.from, c.to);
    }

    public static ViewLogView view(ViewLogEntry v) {
        return new ViewLogView(v.id, v.segment.segmentId, v.segment.cameraId, v.segment.from, v.segment.to, v.viewedBy,
                v.viewerRoles, v.viewedAt, v.reason, v.footageRequestId);
    }

    public static CctvCommands.NewHold hold(HoldRequest r) {
        return new CctvCommands.NewHold(r.kind(), r.cameraIds(), r.from(), r.to(), r.reason(), r.owner(), r.until(),
                r.policeCaseNumber());
    }

    public static CctvCommands.HoldRelease release(HoldRelease r) {
        return new CctvCommands.HoldRelease(r.reason(), r.version());
    }

    public static HoldView hold(HoldState s) {
        LegalHold h = s.hold();
        return new HoldView(h.id, h.kind, h.cameraIds, h.windowFrom, h.windowTo, h.reason, h.owner, h.policeCaseNumber,
                h.until, s.active(), h.createdAt, h.createdBy, h.releasedAt, h.releasedBy, h.releaseReason, h.version);
    }

    public static CctvCommands.NewDisclosure disclosure(DisclosureRequest r) {
        return new CctvCommands.NewDisclosure(r.recipientType(), r.recipient(), r.policeCaseNumber(), r.basis(), r.reason(),
                r.segmentIds());
    }

    public static DisclosureView disclosure(Disclosure d) {
        return new DisclosureView(d.id, d.recipientType, d.recipient, d.policeCaseNumber, d.basis, d.reason,
                d.disclosedBy, d.disclosedAt, d.footageRequestId, d.segments.stream().map(CctvMapping::ref).toList());
    }

    public static CctvCommands.NewFootageRequest footageRequest(FootageRequestCreate c) {
        return new CctvCommands.NewFootageRequest(c.subject(), c.siteId(), c.from(), c.to(), c.placeDescription(),
                c.externalReference(), c.dsrCaseId());
    }

    public static CctvCommands.Review review(ReviewRequest r) {
        return new CctvCommands.Review(r.segmentIds(), r.note(), r.version());
    }

    public static CctvCommands.Release release(ReleaseRequest r) {
        return new CctvCommands.Release(r.othersMasked(), r.maskingNote(), r.delivery(), r.version());
    }

    public static FootageRequestView footageRequest(FootageRequestService.Details d) {
        FootageRequest r = d.request();
        List<CandidateView> candidates = r.candidates.stream()
                .map(c -> new CandidateView(c.segment.segmentId, c.segment.cameraId, c.segment.from, c.segment.to, c.showsSubject))
                .toList();
        return new FootageRequestView(r.id, r.siteId, r.windowFrom, r.windowTo, r.placeDescription, r.externalReference,
                r.dsrCaseId, r.status, r.subjectKeys.size(), r.receivedAt, r.receivedBy, r.othersMasked, r.maskingNote,
                r.releasedAt, candidates, d.steps().stream().map(s -> new StepView(s.step, s.at, s.actor, s.note)).toList(),
                r.version);
    }

    public static VideoDeletionView videoDeletion(VideoDeletion v) {
        return new VideoDeletionView(v.segmentId, v.cameraId, v.segmentFrom, v.segmentTo, v.reason, v.status, v.requestedAt,
                v.attempts, v.lastAttemptAt, v.confirmedAt, v.lastError);
    }

    /**
     * A kit retention run in the shape of the deprecated {@code /api/v1/retention/sweeps}: deleted
     * from the {@code expired-segments} item, the rest from the sweep's stored counts; a run without
     * them (none of the sweep's rules ran) from its items alone.
     */
    public static SweepView sweep(RetentionRun run, RetentionSweep.Counts counts, List<VideoDeletionView> unconfirmed) {
        RetentionRun.Item segments = item(run, RetentionSweep.SEGMENTS);
        RetentionRun.Item retries = item(run, RetentionSweep.RETRIES);
        RetentionSweep.Counts c = counts != null ? counts
                : new RetentionSweep.Counts(segments.affected() + segments.held(), segments.held(), 0, 0, retries.affected(), 0);
        return new SweepView(run.id(), run.dryRun(), run.startedAt(), run.finishedAt(), c.expired(), segments.affected(),
                c.held(), c.keptForRequests(), c.videoConfirmed(), c.videoRetried(), c.videoUnconfirmed(), unconfirmed,
                run.triggeredBy());
    }

    private static RetentionRun.Item item(RetentionRun run, String rule) {
        return run.items().stream().filter(i -> i.rule().equals(rule)).findFirst()
                .orElse(new RetentionRun.Item(rule, "", 0, 0));
    }
}
