package fi.kuopas.cctv.service;

import fi.kuopas.cctv.domain.Camera;
import fi.kuopas.cctv.domain.Disclosure;
import fi.kuopas.cctv.domain.FootageRequest;
import fi.kuopas.cctv.domain.FootageRequestStep;
import fi.kuopas.cctv.domain.LegalHold;
import fi.kuopas.cctv.domain.RecordingSegment;
import fi.kuopas.cctv.domain.RetentionRun;
import fi.kuopas.cctv.domain.SegmentCopy;
import fi.kuopas.cctv.domain.VideoDeletion;
import fi.kuopas.cctv.domain.Site;
import fi.kuopas.cctv.domain.ViewLogEntry;
import fi.kuopas.cctv.rest.CctvDtos.CameraView;
import fi.kuopas.cctv.rest.CctvDtos.CandidateView;
import fi.kuopas.cctv.rest.CctvDtos.CommonAreaBasis;
import fi.kuopas.cctv.rest.CctvDtos.DisclosureView;
import fi.kuopas.cctv.rest.CctvDtos.FootageRequestView;
import fi.kuopas.cctv.rest.CctvDtos.HoldView;
import fi.kuopas.cctv.rest.CctvDtos.SegmentRef;
import fi.kuopas.cctv.rest.CctvDtos.SegmentView;
import fi.kuopas.cctv.rest.CctvDtos.SiteView;
import fi.kuopas.cctv.rest.CctvDtos.StepView;
import fi.kuopas.cctv.rest.CctvDtos.SweepView;
import fi.kuopas.cctv.rest.CctvDtos.VideoDeletionView;
import fi.kuopas.cctv.rest.CctvDtos.ViewLogView;
import java.time.LocalDate;
import java.util.List;

/** Entity to response mapping. */
public final class Views {

    private Views() {
    }

    static SiteView site(Site s) {
        return new SiteView(s.id, s.code, s.name, s.address, s.createdAt, s.version);
    }

    static CameraView camera(Camera c) {
        CommonAreaBasis basis = c.commonAreaBasis == null || c.commonAreaBasis.decisionReference == null ? null
                : new CommonAreaBasis(c.commonAreaBasis.decisionReference, c.commonAreaBasis.residentsInformedReference,
                        c.commonAreaBasis.decidedOn);
        return new CameraView(c.id, c.siteId, c.code, c.areaType, c.location, c.fieldOfView, c.purpose, c.signLocation,
                c.dpiaReference, c.filmsEmployees, c.retentionDays, basis, c.createdAt, c.version);
    }

    static SegmentView segment(RecordingSegment s) {
        return new SegmentView(s.id, s.cameraId, s.startedAt, s.endedAt, s.expiresAt);
    }

    public static SegmentRef ref(SegmentCopy c) {
        return new SegmentRef(c.segmentId, c.cameraId, c.from, c.to);
    }

    static ViewLogView view(ViewLogEntry v) {
        return new ViewLogView(v.id, v.segment.segmentId, v.segment.cameraId, v.segment.from, v.segment.to, v.viewedBy,
                v.viewerRoles, v.viewedAt, v.reason, v.footageRequestId);
    }

    static HoldView hold(LegalHold h, LocalDate today) {
        boolean active = h.releasedAt == null && !h.until.isBefore(today);
        return new HoldView(h.id, h.kind, h.cameraIds, h.windowFrom, h.windowTo, h.reason, h.owner, h.policeCaseNumber,
                h.until, active, h.createdAt, h.createdBy, h.releasedAt, h.releasedBy, h.releaseReason, h.version);
    }

    static DisclosureView disclosure(Disclosure d) {
        return new DisclosureView(d.id, d.recipientType, d.recipient, d.policeCaseNumber, d.basis, d.reason,
                d.disclosedBy, d.disclosedAt, d.footageRequestId, d.segments.stream().map(Views::ref).toList());
    }

    static FootageRequestView footageRequest(FootageRequest r, List<FootageRequestStep> steps) {
        List<CandidateView> candidates = r.candidates.stream()
                .map(c -> new CandidateView(c.segment.segmentId, c.segment.cameraId, c.segment.from, c.segment.to, c.showsSubject))
                .toList();
        return new FootageRequestView(r.id, r.siteId, r.windowFrom, r.windowTo, r.placeDescription, r.externalReference,
                r.dsrCaseId, r.status, r.subjectKeys.size(), r.receivedAt, r.receivedBy, r.othersMasked, r.maskingNote,
                r.releasedAt, candidates, steps.stream().map(s -> new StepView(s.step, s.at, s.actor, s.note)).toList(),
                r.version);
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
