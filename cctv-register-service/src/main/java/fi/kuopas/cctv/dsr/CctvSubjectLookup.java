package fi.kuopas.cctv.dsr;

import fi.kuopas.privacy.dsr.SubjectRegisterParts;
import fi.kuopas.cctv.domain.Disclosure;
import fi.kuopas.cctv.domain.FootageRequest;
import fi.kuopas.cctv.service.SubjectSegments;
import fi.kuopas.privacy.dsr.PossibleMatch;
import fi.kuopas.privacy.dsr.SubjectLookup;
import fi.kuopas.privacy.dsr.SubjectMatcher;
import fi.kuopas.privacy.dsr.SubjectRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Finds a subject's records in the CCTV register: the footage requests that are theirs (decided by
 * {@link SubjectMatcher}), and reached only through those, the segments showing them, the legal
 * holds keeping those segments and the recipients their footage was disclosed to.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class CctvSubjectLookup implements SubjectRegisterParts.Lookup {

    static final String REGISTER = "cctv";
    static final String RECORD_KIND = "footage request";
    static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    private final SubjectSegments subjects;
    private final EntityManager em;

    public CctvSubjectLookup(SubjectSegments subjects, EntityManager em) {
        this.subjects = subjects;
        this.em = em;
    }

    /**
     * The footage requests that are the subject's, the ones only unproved identifiers matched, every
     * key of the included requests (what their access log is filed under), and of those the keys the
     * subject proved (what this register files its own lines about the subject under).
     */
    public record SubjectMatch(List<FootageRequest> requests, List<PossibleMatch> possibleMatches, Set<String> includedKeys,
            Set<String> provenKeys) {

        public boolean found() {
            return !requests.isEmpty();
        }

        public List<UUID> requestIds() {
            return requests.stream().map(r -> r.id).toList();
        }
    }

    /** A hold keeping some of the subject's segments. */
    record Held(UUID holdId, String kind, String reason, LocalDate until, List<Long> segmentIds) {
    }

    /**
     * The subject's footage requests, decided by {@link SubjectMatcher}: the one place every SPI
     * operation of this register gets them from. Candidates are the footage requests filed under
     * any of the call's keys; each request is one group, included only through a verified key.
     * Segments, views, disclosures and objections are reached only through the included requests.
     */
    public SubjectMatch match(SubjectRef subject) {
        Set<String> all = subject.all();
        List<FootageRequest> found = all.isEmpty() ? List.of() : FootageRequest.list(
                "SELECT DISTINCT r FROM FootageRequest r JOIN r.subjectKeys k WHERE k IN ?1 ORDER BY r.receivedAt, r.id", all);
        List<SubjectMatcher.Candidate<FootageRequest>> candidates = found.stream()
                .map(r -> new SubjectMatcher.Candidate<>(r, r.id, r.subjectKeys, RECORD_KIND, hint(r)))
                .toList();
        SubjectMatcher.Result<FootageRequest> result = SubjectMatcher.match(REGISTER, subject, candidates);
        Set<String> proven = new LinkedHashSet<>(result.includedKeys());
        proven.retainAll(subject.verified());
        return new SubjectMatch(result.included(), result.possibleMatches(), result.includedKeys(), proven);
    }

    /** A masked hint for a possible match: the month the request was received, nothing about the person. */
    static String hint(FootageRequest r) {
        return "request of " + YearMonth.from(r.receivedAt.atZone(HELSINKI));
    }

    @Override
    public SubjectLookup lookup(SubjectRef subject) {
        SubjectMatch match = match(subject);
        List<String> categories = new ArrayList<>();
        if (match.found()) {
            categories.add("Footage requests");
            categories.add("View and disclosure log");
        }
        if (!subjects.segmentIds(match.requestIds()).isEmpty()) {
            categories.add("Camera recordings");
        }
        return new SubjectLookup(REGISTER, match.found(), match.requests().size(), categories)
                .withPossibleMatches(match.possibleMatches());
    }

    /** The segments a reviewer confirmed show the subject, in the included requests, that still exist. */
    List<Long> confirmedSegments(SubjectMatch match) {
        List<Long> ids = subjects.confirmedSegmentIds(match.requestIds());
        if (ids.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Number> found = em.createNativeQuery("SELECT id FROM recording_segment WHERE id IN (?1)").setParameter(1, ids).getResultList();
        return found.stream().map(Number::longValue).toList();
    }

    /** The legal holds in force that cover these segments, each with the segments it keeps. */
    List<Held> held(List<Long> segmentIds) {
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

    /**
     * Art 19: the distinct recipients the subject's footage was disclosed to, from the disclosure log,
     * for the erasure, restriction and rectification answers. Reached only through the footage
     * requests {@link #match} included: disclosures of their segments (as
     * {@link SubjectSegments#segmentIds} decides them) and disclosures made for the request itself. The
     * data subject, who received their own copy, is not a recipient to tell. A recipient is named with
     * its police case number, if any, so that the right investigation is told; in the order disclosed.
     * Callers read it before they delete anything.
     */
    List<String> recipients(SubjectMatch match) {
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
