package fi.kuopas.cctv.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Which segments are a known subject's. Footage is filed by camera and time, not by person: a
 * segment becomes someone's only through their footage request, as a candidate while the
 * request is open and, once reviewed, where the reviewer found them in it. A data-subject request
 * reaches segments only through the footage requests SubjectMatcher included, never by a key.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class SubjectSegments {

    /** Whether row c of footage_request_segment (of request r) is the subject's: confirmed, or a candidate of an open request. */
    static final String SHOWS_SUBJECT = "(c.shows_subject IS TRUE OR (c.shows_subject IS NULL AND r.status = 'OPEN')) ";

    /** Rows of footage_request_segment c (with request r and subject s) that belong to the subject. */
    static final String OWNED = "FROM footage_request_segment c JOIN footage_request r ON r.id = c.request_id "
            + "JOIN footage_request_subject s ON s.request_id = r.id WHERE " + SHOWS_SUBJECT;

    private final EntityManager em;

    public SubjectSegments(EntityManager em) {
        this.em = em;
    }

    /**
     * Segment ids linked to the given footage requests (the subject's, as SubjectMatcher decided
     * them), including ones already deleted (the logs still name them).
     */
    @SuppressWarnings("unchecked")
    public List<Long> segmentIds(Collection<UUID> requestIds) {
        if (requestIds.isEmpty()) {
            return List.of();
        }
        List<Number> ids = em.createNativeQuery("SELECT DISTINCT c.segment_id FROM footage_request_segment c "
                + "JOIN footage_request r ON r.id = c.request_id WHERE " + SHOWS_SUBJECT + "AND r.id IN (?1)")
                .setParameter(1, requestIds).getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    /** Segments of the given footage requests a reviewer confirmed the subject appears in: what erasure and objection act on. */
    @SuppressWarnings("unchecked")
    public List<Long> confirmedSegmentIds(Collection<UUID> requestIds) {
        if (requestIds.isEmpty()) {
            return List.of();
        }
        List<Number> ids = em.createNativeQuery("SELECT DISTINCT c.segment_id FROM footage_request_segment c "
                + "WHERE c.shows_subject IS TRUE AND c.request_id IN (?1)").setParameter(1, requestIds).getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    /** Subject keys that a segment belongs to, for the audit trail of a view or disclosure. */
    @SuppressWarnings("unchecked")
    public List<String> keysOf(Collection<Long> segmentIds) {
        if (segmentIds.isEmpty()) {
            return List.of();
        }
        return em.createNativeQuery("SELECT DISTINCT s.subject_key " + OWNED + "AND c.segment_id IN (?1)")
                .setParameter(1, segmentIds).getResultList();
    }

    /**
     * The kit restriction keys (Art 18) of the footage requests these segments are the subject's in:
     * what {@code RestrictionGuard} checks before a view or a disclosure.
     */
    @SuppressWarnings("unchecked")
    public List<String> restrictionKeys(Collection<Long> segmentIds) {
        if (segmentIds.isEmpty()) {
            return List.of();
        }
        List<UUID> requests = em.createNativeQuery("SELECT DISTINCT r.id FROM footage_request_segment c "
                + "JOIN footage_request r ON r.id = c.request_id WHERE " + SHOWS_SUBJECT + "AND c.segment_id IN (?1)", UUID.class)
                .setParameter(1, segmentIds).getResultList();
        return requests.stream().map(FootageRequestRestrictions::key).toList();
    }
}
