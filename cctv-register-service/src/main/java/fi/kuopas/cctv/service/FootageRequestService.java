package fi.kuopas.cctv.service;

import fi.kuopas.cctv.domain.Candidate;
import fi.kuopas.cctv.domain.Disclosure;
import fi.kuopas.cctv.domain.FootageRequest;
import fi.kuopas.cctv.domain.FootageRequestStep;
import fi.kuopas.cctv.domain.RecordingSegment;
import fi.kuopas.cctv.service.CctvCommands.NewFootageRequest;
import fi.kuopas.cctv.service.CctvCommands.Release;
import fi.kuopas.cctv.service.CctvCommands.Review;
import fi.kuopas.privacy.audit.AuditAction;
import fi.kuopas.privacy.audit.AuditLog;
import fi.kuopas.privacy.problem.ProblemException;
import fi.kuopas.privacy.security.Caller;
import fi.kuopas.privacy.subject.SubjectKeys;
import fi.kuopas.privacy.web.Paging;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Art 15 access to footage by time and place (docs/domain-rules.md): candidates are the segments of the
 * site's cameras in the window; a security officer reviews them (each look is a logged view),
 * records that other people were masked (Art 15(4)) and releases. Every step is a step row and
 * an audit line under the subject's keys, and the gateway's access report shows the state.
 */
@ApplicationScoped
@Transactional
public class FootageRequestService {

    private final CctvConfig config;
    private final SubjectKeys subjectKeys;
    private final AuditLog audit;
    private final Caller caller;
    private final ViewService views;
    private final DisclosureService disclosures;

    public FootageRequestService(CctvConfig config, SubjectKeys subjectKeys, AuditLog audit, Caller caller,
            ViewService views, DisclosureService disclosures) {
        this.config = config;
        this.subjectKeys = subjectKeys;
        this.audit = audit;
        this.caller = caller;
        this.views = views;
        this.disclosures = disclosures;
    }

    /** A footage request with its steps, in order. */
    public record Details(FootageRequest request, List<FootageRequestStep> steps) {
    }

    public record Created(Details request, boolean isNew) {
    }

    public Created create(NewFootageRequest c) {
        Time.checkWindow(c.from(), c.to(), config.maxWindow(), "footage request");
        Set<String> keys = c.subject().keys(subjectKeys);
        if (c.externalReference() != null) {
            FootageRequest existing = FootageRequest.find("externalReference", c.externalReference()).firstResult();
            if (existing != null) {
                if (!existing.subjectKeys.containsAll(keys)) {
                    throw ProblemException.conflict("external reference " + c.externalReference() + " belongs to another request");
                }
                return new Created(view(existing), false);
            }
        }
        CameraService.findSite(c.siteId());
        FootageRequest r = new FootageRequest();
        r.subjectKeys.addAll(keys);
        r.siteId = c.siteId();
        r.windowFrom = c.from();
        r.windowTo = c.to();
        r.placeDescription = c.placeDescription();
        r.externalReference = c.externalReference();
        r.dsrCaseId = c.dsrCaseId();
        r.status = FootageRequest.Status.OPEN;
        r.receivedAt = Instant.now();
        r.receivedBy = caller.name();
        List<RecordingSegment> found = RecordingSegment.list("cameraId IN (SELECT c.id FROM Camera c WHERE c.siteId = ?1) "
                + "AND startedAt < ?3 AND endedAt > ?2 ORDER BY startedAt, cameraId", c.siteId(), c.from(), c.to());
        found.forEach(s -> r.candidates.add(new Candidate(s.copy())));
        r.persist();
        step(r, "RECEIVED", found.size() + " candidate segment(s) from the site's cameras in the window");
        return new Created(view(r), true);
    }

    public Details review(UUID id, Review review) {
        FootageRequest r = find(id, review.version());
        if (r.status != FootageRequest.Status.OPEN) {
            throw ProblemException.conflict("the request is " + r.status + "; only an OPEN request is reviewed");
        }
        Set<Long> candidateIds = new HashSet<>();
        r.candidates.forEach(c -> candidateIds.add(c.segment.segmentId));
        Set<Long> chosen = new HashSet<>(review.segmentIds());
        chosen.removeAll(candidateIds);
        if (!chosen.isEmpty()) {
            throw ProblemException.unprocessable("not-a-candidate", "segment(s) " + chosen.stream().sorted().toList()
                    + " are not candidates of this request");
        }
        for (Candidate c : r.candidates) {
            c.showsSubject = review.segmentIds().contains(c.segment.segmentId);
            RecordingSegment s = RecordingSegment.findById(c.segment.segmentId);
            if (s != null) {
                views.log(s, "Art 15 footage request review", r.id);
            }
        }
        r.status = review.segmentIds().isEmpty() ? FootageRequest.Status.NO_FOOTAGE : FootageRequest.Status.REVIEWED;
        step(r, r.status == FootageRequest.Status.NO_FOOTAGE ? "REVIEWED_NO_FOOTAGE" : "REVIEWED",
                review.segmentIds().size() + " of " + r.candidates.size() + " candidate(s) show the subject"
                        + (review.note() == null ? "" : "; " + review.note().strip()));
        FootageRequest.flush();
        return view(r);
    }

    public Details release(UUID id, Release release) {
        FootageRequest r = find(id, release.version());
        if (r.status != FootageRequest.Status.REVIEWED) {
            throw ProblemException.conflict("the request is " + r.status + "; only a REVIEWED request is released");
        }
        if (!Boolean.TRUE.equals(release.othersMasked())) {
            throw ProblemException.unprocessable("others-not-masked",
                    "other people must be masked before the footage is released (Art 15(4))");
        }
        List<Long> ids = r.candidates.stream().filter(c -> Boolean.TRUE.equals(c.showsSubject)).map(c -> c.segment.segmentId).toList();
        r.othersMasked = true;
        r.maskingNote = release.maskingNote().strip();
        r.status = FootageRequest.Status.RELEASED;
        r.releasedAt = Instant.now();
        step(r, "MASKED", r.maskingNote);
        disclosures.record(Disclosure.RecipientType.DATA_SUBJECT, "the data subject", null, "GDPR Art 15(3)",
                release.delivery(), DisclosureService.segments(ids), r.id);
        step(r, "RELEASED", release.delivery());
        FootageRequest.flush();
        return view(r);
    }

    public Details get(UUID id) {
        FootageRequest r = find(id, null);
        r.subjectKeys.forEach(k -> audit.record(AuditAction.VIEW, k, "footage_request", r.id.toString(), "footage request handling"));
        return view(r);
    }

    public List<Details> list(FootageRequest.Status status, int page, int size) {
        var query = status == null ? FootageRequest.find("ORDER BY receivedAt DESC")
                : FootageRequest.find("status = ?1 ORDER BY receivedAt DESC", status);
        List<FootageRequest> list = Paging.list(query, page, size);
        list.forEach(r -> r.subjectKeys.forEach(k -> audit.record(AuditAction.SEARCH, k, "footage_request", r.id.toString(),
                "footage request handling")));
        return list.stream().map(FootageRequestService::view).toList();
    }

    private FootageRequest find(UUID id, Long version) {
        FootageRequest r = FootageRequest.findById(id);
        if (r == null) {
            throw ProblemException.notFound("footage request " + id);
        }
        if (version != null && r.version != version) {
            throw new ProblemException(409, "stale-version", "Concurrent modification",
                    "the request was changed by someone else (version " + r.version + "); reload it and try again");
        }
        return r;
    }

    private void step(FootageRequest r, String step, String note) {
        FootageRequestStep s = new FootageRequestStep();
        s.requestId = r.id;
        s.step = step;
        s.at = Instant.now();
        s.actor = caller.name();
        s.note = note;
        s.persist();
        AuditAction action = switch (step) {
            case "RECEIVED" -> AuditAction.CREATE;
            case "RELEASED" -> AuditAction.DISCLOSE;
            default -> AuditAction.UPDATE;
        };
        r.subjectKeys.forEach(k -> audit.record(action, k, "footage_request", r.id.toString(), "Art 15 footage request: " + step));
    }

    static Details view(FootageRequest r) {
        return new Details(r, FootageRequestStep.list("requestId = ?1 ORDER BY id", r.id));
    }
}
