package fi.kuopas.cctv.service;

import fi.kuopas.cctv.domain.LegalHold;
import fi.kuopas.cctv.service.CctvCommands.HoldRelease;
import fi.kuopas.cctv.service.CctvCommands.NewHold;
import java.time.LocalDate;
import fi.kuopas.privacy.problem.ProblemException;
import fi.kuopas.privacy.security.Caller;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Legal holds for incidents and police requests. A hold covers the segments of its cameras that
 * overlap its time range; while it is active the retention sweep keeps them past their expiry.
 */
@ApplicationScoped
@Transactional
public class HoldService {

    /** An active hold covering segment s on day :today (used by the retention sweep). */
    static final String COVERS = "EXISTS (SELECT 1 FROM legal_hold h JOIN legal_hold_camera hc ON hc.hold_id = h.id "
            + "WHERE hc.camera_id = s.camera_id AND h.released_at IS NULL AND h.until_date >= :today "
            + "AND s.started_at < h.window_to AND s.ended_at > h.window_from)";

    private final CctvConfig config;
    private final Caller caller;
    private final EntityManager em;

    public HoldService(CctvConfig config, Caller caller, EntityManager em) {
        this.config = config;
        this.caller = caller;
        this.em = em;
    }

    /** A hold and whether it is active: not released and not past its last day. */
    public record HoldState(LegalHold hold, boolean active) {

        static HoldState of(LegalHold h, LocalDate today) {
            return new HoldState(h, h.releasedAt == null && !h.until.isBefore(today));
        }
    }

    public HoldState create(NewHold r) {
        Time.checkWindow(r.from(), r.to(), config.maxHoldWindow(), "legal hold");
        if (r.reason().isBlank()) {
            throw ProblemException.badRequest("a legal hold needs a reason");
        }
        if (r.kind() == LegalHold.Kind.POLICE_REQUEST && (r.policeCaseNumber() == null || r.policeCaseNumber().isBlank())) {
            throw ProblemException.badRequest("a police request needs the police case number");
        }
        if (r.until().isBefore(Time.today())) {
            throw ProblemException.badRequest("until must be today or later");
        }
        Set<UUID> unknown = new HashSet<>(r.cameraIds());
        unknown.removeAll(em.createQuery("SELECT c.id FROM Camera c WHERE c.id IN ?1", UUID.class)
                .setParameter(1, r.cameraIds()).getResultList());
        if (!unknown.isEmpty()) {
            throw ProblemException.unprocessable("unknown-camera", "unknown camera id(s): " + unknown.stream().sorted().toList());
        }
        LegalHold h = new LegalHold();
        h.kind = r.kind();
        h.cameraIds.addAll(r.cameraIds());
        h.windowFrom = r.from();
        h.windowTo = r.to();
        h.reason = r.reason().strip();
        h.owner = r.owner().strip();
        h.policeCaseNumber = r.policeCaseNumber();
        h.until = r.until();
        h.createdAt = Instant.now();
        h.createdBy = caller.name();
        h.persist();
        Log.infof("legal hold %s placed on %d camera(s)", h.id, h.cameraIds.size());
        return HoldState.of(h, Time.today());
    }

    public HoldState release(UUID id, HoldRelease r) {
        LegalHold h = find(id);
        if (h.version != r.version()) {
            throw new ProblemException(409, "stale-version", "Concurrent modification",
                    "the hold was changed by someone else (version " + h.version + "); reload it and try again");
        }
        if (h.releasedAt != null) {
            throw ProblemException.conflict("the hold was already released");
        }
        h.releasedAt = Instant.now();
        h.releasedBy = caller.name();
        h.releaseReason = r.reason().strip();
        LegalHold.flush();
        Log.infof("legal hold %s released; the next retention sweep may delete its expired segments", h.id);
        return HoldState.of(h, Time.today());
    }

    public List<HoldState> list(Boolean active) {
        List<LegalHold> holds = LegalHold.list("ORDER BY createdAt DESC");
        return holds.stream().map(h -> HoldState.of(h, Time.today()))
                .filter(v -> active == null || v.active() == active).toList();
    }

    public HoldState get(UUID id) {
        return HoldState.of(find(id), Time.today());
    }

    private static LegalHold find(UUID id) {
        LegalHold h = LegalHold.findById(id);
        if (h == null) {
            throw ProblemException.notFound("legal hold " + id);
        }
        return h;
    }
}
