package fi.kuopas.cctv.dsr;

import fi.kuopas.cctv.domain.Disclosure;
import fi.kuopas.cctv.domain.FootageRequest;
import fi.kuopas.cctv.domain.Objection;
import fi.kuopas.cctv.domain.VideoDeletion;
import fi.kuopas.cctv.dsr.CctvSubjectData.SubjectMatch;
import fi.kuopas.cctv.service.FootageRequestRestrictions;
import fi.kuopas.cctv.service.SubjectSegments;
import fi.kuopas.cctv.service.VideoDeletions;
import fi.kuopas.privacy.audit.AuditAction;
import fi.kuopas.privacy.audit.AuditLog;
import fi.kuopas.privacy.dsr.DsrCode;
import fi.kuopas.privacy.dsr.DsrText;
import fi.kuopas.privacy.dsr.DsrOutcome;
import fi.kuopas.privacy.dsr.ErasureReport;
import fi.kuopas.privacy.dsr.RestrictionCall;
import fi.kuopas.privacy.restriction.Restrictions;
import fi.kuopas.privacy.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Erasure, restriction and objection for the segments a reviewer confirmed show the subject, in
 * the footage requests SubjectMatcher included (never through a key another request shares).
 * Segments under a legal hold stay (Art 17(3)(e)) and the subject is told which hold and until
 * when; the footage requests and the view and disclosure log stay as accountability records.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class CctvSubjectRights {

    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    private final SubjectSegments subjects;
    private final AuditLog audit;
    private final EntityManager em;
    private final VideoDeletions videos;
    private final Restrictions restrictions;
    private final Caller caller;

    public CctvSubjectRights(SubjectSegments subjects, AuditLog audit, EntityManager em, VideoDeletions videos,
            Restrictions restrictions, Caller caller) {
        this.restrictions = restrictions;
        this.caller = caller;
        this.subjects = subjects;
        this.audit = audit;
        this.em = em;
        this.videos = videos;
    }

    /** A hold keeping some of the subject's segments. */
    record Held(UUID holdId, String kind, String reason, LocalDate until, List<Long> segmentIds) {
    }

    public ErasureReport erase(UUID caseId, SubjectMatch match, boolean dryRun) {
        // Art 19: read from the disclosure log before anything is deleted.
        List<String> notify = recipients(match);
        List<Long> existing = existing(subjects.confirmedSegmentIds(match.requestIds()));
        List<Held> held = held(existing);
        List<Long> deletable = new ArrayList<>(existing);
        held.forEach(h -> deletable.removeAll(h.segmentIds()));
        List<ErasureReport.Kept> kept = new ArrayList<>();
        held.forEach(h -> kept.add(ErasureReport.Kept.of(DsrText.of(DsrCode.CATEGORY_CCTV_RECORDINGS), h.segmentIds().size(),
                DsrText.of(DsrCode.KEPT_LEGAL_HOLD, "kind", h.kind(), "reason", h.reason()), DsrText.of(DsrCode.REF_CCTV_LEGAL_HOLD),
                h.until())));
        int requests = match.requests().size();
        if (requests > 0) {
            kept.add(ErasureReport.Kept.of(DsrText.of(DsrCode.CATEGORY_CCTV_REQUESTS), requests,
                    DsrText.of(DsrCode.KEPT_REQUEST_RECORDS), DsrText.of(DsrCode.REF_ACCOUNTABILITY),
                    LocalDate.now(HELSINKI).plusYears(2)));
        }
        if (!dryRun) {
            delete(deletable, VideoDeletion.Reason.ERASURE);
            match.provenKeys().forEach(k -> audit.record(AuditAction.DELETE, k, "recording_segment", caseId.toString(),
                    "Art 17 erasure: " + deletable.size() + " segment(s)"));
        }
        return new ErasureReport(CctvSubjectData.REGISTER, dryRun,
                List.of(ErasureReport.Erased.of(DsrText.of(DsrCode.CATEGORY_CCTV_RECORDINGS), deletable.size())), kept)
                .withRecipients(notify);
    }

    /** Art 18 on the subject's footage requests: their segments are kept past expiry, views and disclosures refused. */
    public DsrOutcome restrict(UUID caseId, SubjectMatch match, RestrictionCall.Action action) {
        for (UUID request : match.requestIds()) {
            restrictions.apply(FootageRequestRestrictions.key(request), action, caseId, caller.name());
        }
        match.provenKeys().forEach(k -> audit.record(AuditAction.RESTRICT, k, "recording_segment", caseId.toString(),
                "Art 18 restriction " + action));
        int segments = subjects.segmentIds(match.requestIds()).size();
        List<DsrText> applied = !match.found() ? List.of() : List.of(DsrText.of(action == RestrictionCall.Action.SET
                ? DsrCode.APPLIED_CCTV_RESTRICTION_SET : DsrCode.APPLIED_CCTV_RESTRICTION_LIFTED, "segments", Integer.toString(segments)));
        return DsrOutcome.coded(CctvSubjectData.REGISTER, match.found(), applied, List.of(), recipients(match), List.of());
    }

    /**
     * Art 21(1): processing stops unless there are compelling legitimate grounds. A segment
     * needed for legal claims (under a hold) is such a ground; otherwise the segments go now.
     * The decision is recorded on each of the subject's footage requests.
     */
    public DsrOutcome object(UUID caseId, SubjectMatch match, String grounds) {
        if (!match.found()) {
            return new DsrOutcome(CctvSubjectData.REGISTER, false, List.of(), List.of(), List.of());
        }
        List<Long> existing = existing(subjects.confirmedSegmentIds(match.requestIds()));
        List<Held> held = held(existing);
        List<Long> deletable = new ArrayList<>(existing);
        held.forEach(h -> deletable.removeAll(h.segmentIds()));
        Objection.Decision decision = held.isEmpty() ? Objection.Decision.STOP : Objection.Decision.COMPELLING_GROUNDS;
        String reason = held.isEmpty()
                ? "no compelling grounds: " + deletable.size() + " segment(s) showing the subject deleted before their expiry"
                : "establishment, exercise or defence of legal claims: " + held.size() + " legal hold(s) cover segments "
                        + "showing the subject; " + deletable.size() + " other segment(s) deleted";
        delete(deletable, VideoDeletion.Reason.OBJECTION);
        for (FootageRequest r : match.requests()) {
            Objection o = new Objection();
            // Filed under a key the subject proved: an included request always holds one.
            o.subjectKey = r.subjectKeys.stream().filter(match.provenKeys()::contains).findFirst().orElse(r.subjectKeys.iterator().next());
            o.requestId = r.id;
            o.caseId = caseId;
            o.grounds = grounds;
            o.decision = decision;
            o.decisionReason = reason;
            o.recordedAt = Instant.now();
            o.recordedBy = "dsr-gateway";
            o.persist();
        }
        match.provenKeys().forEach(k -> audit.record(AuditAction.DSR, k, "objection", caseId.toString(), "Art 21 objection: " + decision));
        List<DsrText> applied = List.of(held.isEmpty()
                ? DsrText.of(DsrCode.APPLIED_CCTV_OBJECTION_STOP, "deleted", Integer.toString(deletable.size()))
                : DsrText.of(DsrCode.APPLIED_CCTV_OBJECTION_HELD, "holds", Integer.toString(held.size()),
                        "deleted", Integer.toString(deletable.size())));
        return DsrOutcome.coded(CctvSubjectData.REGISTER, true, applied, List.of(), List.of(), List.of());
    }

    private List<Long> existing(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Number> found = em.createNativeQuery("SELECT id FROM recording_segment WHERE id IN (?1)").setParameter(1, ids).getResultList();
        return found.stream().map(Number::longValue).toList();
    }

    private List<Held> held(List<Long> segmentIds) {
        if (segmentIds.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT h.id, h.kind, h.reason, h.until_date, s.id AS segment_id "
                + "FROM recording_segment s JOIN legal_hold_camera hc ON hc.camera_id = s.camera_id "
                + "JOIN legal_hold h ON h.id = hc.hold_id WHERE s.id IN (?2) AND h.released_at IS NULL "
                + "AND h.until_date >= ?1 AND s.started_at < h.window_to AND s.ended_at > h.window_from ORDER BY h.created_at")
                .setParameter(1, LocalDate.now(HELSINKI)).setParameter(2, segmentIds).getResultList();
        Map<UUID, Held> byHold = new LinkedHashMap<>();
        Set<Long> seen = new HashSet<>();
        for (Object[] r : rows) {
            long segment = ((Number) r[4]).longValue();
            if (!seen.add(segment)) {
                continue;
            }
            UUID id = (UUID) r[0];
            byHold.computeIfAbsent(id, x -> new Held(id, (String) r[1], (String) r[2], toDate(r[3]), new ArrayList<>()))
                    .segmentIds().add(segment);
        }
        return List.copyOf(byHold.values());
    }

    /** Deletes the segments and requests their video's deletion in the recorder, which the next retention sweep sends (Art 17(1)). */
    private void delete(List<Long> ids, VideoDeletion.Reason reason) {
        videos.deleteAndRequest(ids, reason);
    }

    /**
     * Art 19: the distinct recipients the subject's footage was disclosed to, from the disclosure log,
     * for the erasure, restriction and rectification answers. Reached only through the footage
     * requests {@link CctvSubjectData#match} included: disclosures of their segments (as
     * {@link SubjectSegments#segmentIds} decides them) and disclosures made for the request itself. The
     * data subject, who received their own copy, is not a recipient to tell. A recipient is named with
     * its police case number, if any, so that the right investigation is told; in the order disclosed.
     * Callers read it before they delete anything.
     */
    public List<String> recipients(SubjectMatch match) {
        List<UUID> requestIds = match.requestIds();
        if (requestIds.isEmpty()) {
            return List.of();
        }
        List<Long> segmentIds = subjects.segmentIds(requestIds);
        return Disclosure.<Disclosure>list("SELECT DISTINCT d FROM Disclosure d LEFT JOIN d.segments s "
                        + "WHERE (s.segmentId IN ?1 OR d.footageRequestId IN ?2) AND d.recipientType <> ?3",
                        segmentIds.isEmpty() ? List.of(-1L) : segmentIds, requestIds, Disclosure.RecipientType.DATA_SUBJECT)
                .stream()
                .sorted(Comparator.comparing((Disclosure d) -> d.disclosedAt).thenComparing(d -> d.id))
                .map(d -> d.recipient + (d.policeCaseNumber == null ? "" : " (" + d.policeCaseNumber + ")"))
                .distinct().toList();
    }

    private static LocalDate toDate(Object o) {
        return o instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) o;
    }
}
