package fi.kuopas.cctv.service;

import fi.kuopas.cctv.domain.FootageRequest;
import fi.kuopas.cctv.domain.RecordingSegment;
import fi.kuopas.cctv.domain.ViewLogEntry;
import fi.kuopas.privacy.audit.AuditAction;
import fi.kuopas.privacy.audit.AuditLog;
import fi.kuopas.privacy.problem.ProblemException;
import fi.kuopas.privacy.restriction.RestrictionGuard;
import fi.kuopas.privacy.security.Caller;
import fi.kuopas.privacy.web.Paging;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Viewing a segment means getting its storage reference to open it in the recorder: every view
 * is logged with its reason. A segment of a subject who restricted processing (Art 18) is
 * refused, and the refusal is logged too (hence no rollback on the refusal).
 */
@ApplicationScoped
public class ViewService {

    private final SubjectSegments subjects;
    private final AuditLog audit;
    private final Caller caller;
    private final RestrictionGuard restriction;

    public ViewService(SubjectSegments subjects, AuditLog audit, Caller caller, RestrictionGuard restriction) {
        this.subjects = subjects;
        this.restriction = restriction;
        this.audit = audit;
        this.caller = caller;
    }

    /** A logged view: the log line and the segment viewed (its storage reference is what the viewer opens). */
    public record Viewed(ViewLogEntry entry, RecordingSegment segment) {
    }

    @Transactional(dontRollbackOn = ProblemException.class)
    public Viewed view(long segmentId, String reason, UUID footageRequestId) {
        if (reason == null || reason.isBlank()) {
            throw ProblemException.badRequest("a view needs a reason");
        }
        RecordingSegment s = SegmentService.find(segmentId);
        if (footageRequestId != null && FootageRequest.findById(footageRequestId) == null) {
            throw ProblemException.notFound("footage request " + footageRequestId);
        }
        List<String> keys = subjects.keysOf(List.of(segmentId));
        restriction.requireNotRestricted(subjects.restrictionKeys(List.of(segmentId)), keys, "recording_segment",
                Long.toString(segmentId));
        ViewLogEntry v = log(s, reason.strip(), footageRequestId);
        if (keys.isEmpty()) {
            audit.record(AuditAction.VIEW, null, "recording_segment", Long.toString(segmentId), "view: " + abbreviate(reason));
        } else {
            keys.forEach(k -> audit.record(AuditAction.VIEW, k, "recording_segment", Long.toString(segmentId), "view: " + abbreviate(reason)));
        }
        return new Viewed(v, s);
    }

    /** Writes the view-log line; also used by the footage-request review. */
    @Transactional(Transactional.TxType.MANDATORY)
    ViewLogEntry log(RecordingSegment s, String reason, UUID footageRequestId) {
        ViewLogEntry v = new ViewLogEntry();
        v.segment = s.copy();
        v.viewedBy = caller.name();
        v.viewerRoles = caller.roles();
        v.viewedAt = Instant.now();
        v.reason = reason;
        v.footageRequestId = footageRequestId;
        v.persist();
        return v;
    }

    @Transactional
    public List<ViewLogEntry> list(Long segmentId, UUID footageRequestId, int page, int size) {
        var query = segmentId != null ? ViewLogEntry.find("segment.segmentId = ?1 ORDER BY viewedAt DESC", segmentId)
                : footageRequestId != null ? ViewLogEntry.find("footageRequestId = ?1 ORDER BY viewedAt DESC", footageRequestId)
                : ViewLogEntry.find("ORDER BY viewedAt DESC");
        return Paging.list(query, page, size);
    }

    private static String abbreviate(String s) {
        String t = s.strip();
        return t.length() <= 150 ? t : t.substring(0, 150);
    }
}
