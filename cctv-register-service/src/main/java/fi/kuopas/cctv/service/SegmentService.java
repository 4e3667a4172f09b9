package fi.kuopas.cctv.service;

import fi.kuopas.cctv.domain.RecordingSegment;
import fi.kuopas.cctv.service.CctvCommands.Segment;
import fi.kuopas.privacy.audit.AuditAction;
import fi.kuopas.privacy.audit.AuditLog;
import fi.kuopas.privacy.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hibernate.Session;

/**
 * Segment metadata from the recorders. Ingestion is one multi-row INSERT per batch (arrays
 * unnested on the server) with ON CONFLICT on the natural key (camera, start), so a repeated
 * batch inserts nothing and the recorder can simply resend after a timeout.
 */
@ApplicationScoped
public class SegmentService {

    /** A recorder segment longer than this is a recorder fault, not a segment. */
    static final Duration MAX_SEGMENT = Duration.ofHours(24);

    private static final String INSERT = "INSERT INTO recording_segment (camera_id, started_at, ended_at, storage_ref, expires_at, ingested_at) "
            + "SELECT r.camera_id, r.started_at, r.ended_at, r.storage_ref, r.ended_at + make_interval(days => c.retention_days), now() "
            + "FROM unnest(?::text[]::uuid[], ?::text[]::timestamptz[], ?::text[]::timestamptz[], ?::text[]) AS r(camera_id, started_at, ended_at, storage_ref) "
            + "JOIN camera c ON c.id = r.camera_id "
            + "ON CONFLICT (camera_id, started_at) DO NOTHING";

    private final EntityManager em;
    private final AuditLog audit;
    private final CctvConfig config;

    public SegmentService(EntityManager em, AuditLog audit, CctvConfig config) {
        this.em = em;
        this.audit = audit;
        this.config = config;
    }

    /** A batch's counts: rows already present (same camera and start) are duplicates and left unchanged. */
    public record Ingested(int received, int inserted, int duplicates) {
    }

    @Transactional
    public Ingested ingest(List<Segment> rows) {
        if (rows.size() > config.maxIngestBatch()) {
            throw ProblemException.badRequest("a batch may hold at most " + config.maxIngestBatch() + " segments; split it");
        }
        Set<UUID> cameras = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            Segment r = rows.get(i);
            if (!r.to().isAfter(r.from())) {
                throw ProblemException.badRequest("segments[" + i + "]: 'to' must be after 'from'");
            }
            if (Duration.between(r.from(), r.to()).compareTo(MAX_SEGMENT) > 0) {
                throw ProblemException.badRequest("segments[" + i + "]: a segment may be at most 24 h long");
            }
            cameras.add(r.cameraId());
        }
        List<?> known = em.createQuery("SELECT c.id FROM Camera c WHERE c.id IN ?1").setParameter(1, cameras).getResultList();
        cameras.removeAll(known);
        if (!cameras.isEmpty()) {
            throw ProblemException.unprocessable("unknown-camera", "unknown camera id(s): "
                    + cameras.stream().map(UUID::toString).sorted().limit(10).toList() + "; nothing was stored");
        }
        int inserted = em.unwrap(Session.class).doReturningWork(connection -> insert(connection, rows));
        // Segments are about no identified person yet; the batch itself is the accountable act.
        audit.record(AuditAction.CREATE, null, "recording_segment_batch", null,
                "segment ingestion: " + rows.size() + " received, " + inserted + " new");
        return new Ingested(rows.size(), inserted, rows.size() - inserted);
    }

    private static int insert(Connection connection, List<Segment> rows) throws SQLException {
        int n = rows.size();
        // ISO-8601 instants as text: exact, and independent of the session's time zone and DST.
        String[] cameras = new String[n];
        String[] from = new String[n];
        String[] to = new String[n];
        String[] refs = new String[n];
        for (int i = 0; i < n; i++) {
            Segment r = rows.get(i);
            cameras[i] = r.cameraId().toString();
            from[i] = r.from().toString();
            to[i] = r.to().toString();
            refs[i] = r.storageRef();
        }
        List<Array> arrays = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(INSERT)) {
            for (String[] column : List.of(cameras, from, to, refs)) {
                arrays.add(connection.createArrayOf("text", column));
            }
            for (int i = 0; i < arrays.size(); i++) {
                ps.setArray(i + 1, arrays.get(i));
            }
            return ps.executeUpdate();
        } finally {
            for (Array a : arrays) {
                a.free();
            }
        }
    }

    @Transactional
    public List<RecordingSegment> search(UUID cameraId, Instant from, Instant to) {
        CameraService.findCamera(cameraId);
        Time.checkWindow(from, to, config.maxWindow(), "segment search");
        return RecordingSegment.list("cameraId = ?1 AND startedAt < ?3 AND endedAt > ?2 ORDER BY startedAt", cameraId, from, to);
    }

    @Transactional
    public RecordingSegment get(long id) {
        return find(id);
    }

    static RecordingSegment find(long id) {
        RecordingSegment s = RecordingSegment.findById(id);
        if (s == null) {
            throw ProblemException.notFound("segment " + id);
        }
        return s;
    }
}
