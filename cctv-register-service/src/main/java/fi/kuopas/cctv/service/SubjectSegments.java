package fi.kuopas.cctv.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;

/**
 * Which segments are a known subject's. Footage is filed by camera and time, not by person: a
 * segment becomes someone's only through their footage request, as a candidate while the
 * request is open and, once reviewed, where the reviewer found them in it.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class SubjectSegments {

    /** Rows of footage_request_segment c (with request r and subject s) that belong to the subject. */
    static final String OWNED = "FROM footage_request_segment c JOIN footage_request r ON r.id = c.request_id "
            + "JOIN footage_request_subject s ON s.request_id = r.id "
            + "WHERE (c.shows_subject IS TRUE OR (c.shows_subject IS NULL AND r.status = 'OPEN')) ";

    private final EntityManager em;

    public SubjectSegments(EntityManager em) {
        this.em = em;
    }

    /** Segment ids linked to the subject, including ones already deleted (the logs still name them). */
    @SuppressWarnings("unchecked")
    public List<Long> segmentIds(Collection<String> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        List<Number> ids = em.createNativeQuery("SELECT DISTINCT c.segment_id " + OWNED + "AND s.subject_key IN (?1)")
                .setParameter(1, keys).getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    /** Segments a reviewer confirmed the subject appears in: what erasure and objection act on. */
    @SuppressWarnings("unchecked")
    public List<Long> confirmedSegmentIds(Collection<String> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        List<Number> ids = em.createNativeQuery("SELECT DISTINCT c.segment_id FROM footage_request_segment c "
                + "JOIN footage_request_subject s ON s.request_id = c.request_id "
                + "WHERE c.shows_subject IS TRUE AND s.subject_key IN (?1)").setParameter(1, keys).getResultList();
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

    /** Whether a segment belongs to a subject who has restricted processing (Art 18). */
    public boolean restricted(Collection<Long> segmentIds) {
        if (segmentIds.isEmpty()) {
            return false;
        }
        return !em.createNativeQuery("SELECT 1 " + OWNED + "AND c.segment_id IN (?1) "
                + "AND s.subject_key IN (SELECT subject_key FROM subject_restriction) LIMIT 1")
                .setParameter(1, segmentIds).getResultList().isEmpty();
    }

    /** Of the subject's keys, those this register has seen in a footage request. */
    @SuppressWarnings("unchecked")
    public List<String> knownKeys(Collection<String> keys) {
        return em.createNativeQuery("SELECT DISTINCT subject_key FROM footage_request_subject WHERE subject_key IN (?1)")
                .setParameter(1, keys).getResultList();
    }
}
