package fi.kuopas.cctv.dsr;

import fi.kuopas.privacy.dsr.SubjectRegisterParts;
import static fi.kuopas.privacy.dsr.AccessReports.row;

import fi.kuopas.cctv.domain.Camera;
import fi.kuopas.cctv.domain.Disclosure;
import fi.kuopas.cctv.domain.FootageRequest;
import fi.kuopas.cctv.domain.FootageRequestStep;
import fi.kuopas.cctv.domain.Objection;
import fi.kuopas.cctv.domain.RecordingSegment;
import fi.kuopas.cctv.domain.SegmentCopy;
import fi.kuopas.cctv.domain.Site;
import fi.kuopas.cctv.domain.ViewLogEntry;
import fi.kuopas.cctv.dsr.CctvSubjectLookup.SubjectMatch;
import fi.kuopas.cctv.service.CctvConfig;
import fi.kuopas.cctv.service.SubjectSegments;
import fi.kuopas.privacy.audit.AuditAction;
import fi.kuopas.privacy.audit.AuditLog;
import fi.kuopas.privacy.dsr.AccessReport;
import fi.kuopas.privacy.dsr.AccessReports;
import fi.kuopas.privacy.dsr.SubjectRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The CCTV register's part of an Art 15 answer: what it holds about a subject, found through their footage requests. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class CctvAccess implements SubjectRegisterParts.Access {

    static final String LOG_RETENTION = "2 years from the entry (Art 5(2) accountability)";

    private final CctvSubjectLookup lookup;
    private final SubjectSegments subjects;
    private final AuditLog audit;
    private final CctvConfig config;

    public CctvAccess(CctvSubjectLookup lookup, SubjectSegments subjects, AuditLog audit, CctvConfig config) {
        this.lookup = lookup;
        this.subjects = subjects;
        this.audit = audit;
        this.config = config;
    }

    @Override
    public AccessReport access(UUID caseId, SubjectRef subject) {
        SubjectMatch match = lookup.match(subject);
        List<FootageRequest> requests = match.requests();
        List<UUID> requestIds = match.requestIds();
        List<Long> segmentIds = subjects.segmentIds(requestIds);
        Map<UUID, Camera> cameras = new HashMap<>();
        Camera.<Camera>listAll().forEach(c -> cameras.put(c.id, c));
        List<RecordingSegment> segments = segmentIds.isEmpty() ? List.of() : RecordingSegment.list("id IN ?1 ORDER BY startedAt", segmentIds);
        List<ViewLogEntry> views = segmentIds.isEmpty() && requestIds.isEmpty() ? List.of() : ViewLogEntry.list(
                "segment.segmentId IN ?1 OR footageRequestId IN ?2 ORDER BY viewedAt", ids(segmentIds), uuids(requestIds));
        List<Disclosure> disclosures = segmentIds.isEmpty() && requestIds.isEmpty() ? List.of() : Disclosure.list(
                "SELECT DISTINCT d FROM Disclosure d LEFT JOIN d.segments s WHERE s.segmentId IN ?1 OR d.footageRequestId IN ?2",
                ids(segmentIds), uuids(requestIds));
        // Objections recorded before they named their footage request are found by a key of an included request.
        List<Objection> objections = requests.isEmpty() ? List.of() : Objection.list(
                "requestId IN ?1 OR (requestId IS NULL AND subjectKey IN ?2) ORDER BY recordedAt", requestIds, match.includedKeys());
        List<AccessReport.AccessLogLine> log = AccessReports.accessLog(match.includedKeys());
        match.provenKeys().forEach(k -> audit.record(AuditAction.DSR, k, "footage_request", caseId.toString(), "Art 15 access request"));

        List<Map<String, Object>> logRecords = new ArrayList<>();
        views.forEach(v -> logRecords.add(row("entry", "view", "at", v.viewedAt, "viewerRole", v.viewerRoles,
                "reason", v.reason, "camera", location(cameras, v.segment), "segmentFrom", v.segment.from, "segmentTo", v.segment.to)));
        disclosures.forEach(d -> logRecords.add(row("entry", "disclosure", "at", d.disclosedAt, "recipientType", d.recipientType,
                "recipient", d.recipient, "basis", d.basis, "segments", d.segments.size())));
        objections.forEach(o -> logRecords.add(row("entry", "objection", "at", o.recordedAt, "decision", o.decision,
                "decisionReason", o.decisionReason)));
        List<AccessReport.Category> categories = List.of(
                new AccessReport.Category("Footage requests",
                        "Answering your request for access to recordings (Art 15)", "GDPR Art 6(1)(c) with Art 15",
                        List.of("The data subject"), List.of("The data subject"), LOG_RETENTION, false,
                        requests.stream().map(r -> request(r, cameras)).toList()),
                new AccessReport.Category("Camera recordings",
                        "Crime prevention and property safety at the camera's location (see the camera list)",
                        "GDPR Art 6(1)(f) legitimate interest; Act 759/2004 §16 where employees are filmed",
                        List.of("Recording CCTV system"), List.of("Police, on request and logged with the case number"),
                        "Camera's retention (" + config.retention().defaultDays() + " days by default, at most "
                                + config.retention().maxDays() + "; at most " + config.retention().maxDaysEmployees()
                                + " days where employees are filmed) unless a legal hold keeps it", false,
                        segments.stream().map(s -> row("camera", location(cameras, s.copy()), "from", s.startedAt,
                                "to", s.endedAt, "expiresAt", s.expiresAt)).toList()),
                new AccessReport.Category("View and disclosure log",
                        "Accountability: every view and disclosure of recordings concerning you (Art 5(2), C-579/21)",
                        "GDPR Art 6(1)(c) with Art 5(2)", List.of("Kuopas Oy"), List.of(), LOG_RETENTION, false, logRecords));
        return new AccessReport(CctvSubjectLookup.REGISTER, match.found(), categories, log, Instant.now())
                .withPossibleMatches(match.possibleMatches());
    }

    private static Map<String, Object> request(FootageRequest r, Map<UUID, Camera> cameras) {
        Site site = Site.findById(r.siteId);
        List<Map<String, Object>> steps = FootageRequestStep.<FootageRequestStep>list("requestId = ?1 ORDER BY id", r.id)
                .stream().map(s -> row("step", s.step, "at", s.at)).toList();
        List<Map<String, Object>> shown = r.candidates.stream().filter(c -> Boolean.TRUE.equals(c.showsSubject))
                .map(c -> row("camera", location(cameras, c.segment), "from", c.segment.from, "to", c.segment.to)).toList();
        return row("id", r.id, "site", site == null ? null : site.name, "from", r.windowFrom, "to", r.windowTo,
                "placeDescription", r.placeDescription, "status", r.status, "receivedAt", r.receivedAt,
                "candidateSegments", r.candidates.size(), "segmentsShowingYou", shown, "othersMasked", r.othersMasked,
                "releasedAt", r.releasedAt, "steps", steps);
    }

    private static String location(Map<UUID, Camera> cameras, SegmentCopy s) {
        Camera c = cameras.get(s.cameraId);
        return c == null ? null : c.location;
    }

    /** A placeholder that matches nothing keeps "IN ()" valid when a list is empty. */
    private static List<Long> ids(List<Long> list) {
        return list.isEmpty() ? List.of(-1L) : list;
    }

    private static List<UUID> uuids(List<UUID> list) {
        return list.isEmpty() ? List.of(new UUID(0, 0)) : list;
    }
}
