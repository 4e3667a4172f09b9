package fi.kuopas.cctv.service;

import fi.kuopas.cctv.domain.AreaType;
import fi.kuopas.cctv.domain.Camera;
import fi.kuopas.cctv.domain.Site;
import fi.kuopas.cctv.service.CctvCommands.CameraChange;
import fi.kuopas.cctv.service.CctvCommands.CommonAreaDecision;
import fi.kuopas.cctv.service.CctvCommands.NewCamera;
import fi.kuopas.cctv.service.CctvCommands.NewSite;
import fi.kuopas.privacy.dsr.RegisterDescriptions;
import fi.kuopas.privacy.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Sites and cameras. A camera must have a sign and a DPIA, a purpose of the register
 * description, and a retention the law allows; it may never watch a toilet, changing room or
 * staff room (Act 759/2004 §16); in a residents' common area it needs the housing company's
 * decision and the residents informed.
 */
@ApplicationScoped
@Transactional
public class CameraService {

    /**
     * The §16 places in Finnish, Swedish and English, also inside compounds ("henkilökunnan
     * taukotila", "pukuhuoneen ovi"): a description naming one is refused even if the area type
     * was chosen differently.
     */
    private static final Pattern PROHIBITED_WORDS = Pattern.compile(
            "(?iu)(\\bwc\\b|toilet|toalett|käymälä|vessa|pukuhuone|changing room|locker room|omklädningsrum"
                    + "|taukotila|taukohuone|sosiaalitila|staff room|break room|personalrum|pausrum)");

    private final CctvConfig config;
    private final Set<String> purposeCodes;

    public CameraService(CctvConfig config, RegisterDescriptions descriptions) {
        this.config = config;
        this.purposeCodes = descriptions.get("fi").purposes().stream().map(p -> p.code()).collect(Collectors.toSet());
    }

    public Site createSite(NewSite request) {
        if (Site.count("code", request.code()) > 0) {
            throw ProblemException.conflict("a site with code " + request.code() + " already exists");
        }
        Site s = new Site();
        s.code = request.code();
        s.name = request.name().strip();
        s.address = request.address().strip();
        s.createdAt = Instant.now();
        s.persist();
        return s;
    }

    public List<Site> sites() {
        return Site.list("ORDER BY code");
    }

    public Site site(UUID id) {
        return findSite(id);
    }

    public Camera createCamera(NewCamera r) {
        findSite(r.siteId());
        if (Camera.count("code", r.code()) > 0) {
            throw ProblemException.conflict("a camera with code " + r.code() + " already exists");
        }
        Camera c = new Camera();
        c.siteId = r.siteId();
        c.code = r.code();
        c.createdAt = Instant.now();
        apply(c, r.areaType(), r.location(), r.fieldOfView(), r.purpose(), r.signLocation(), r.dpiaReference(),
                r.filmsEmployees(), r.retentionDays(), r.commonAreaBasis());
        c.persist();
        return c;
    }

    /** Retention changes apply to segments ingested afterwards; existing expiry dates stay. */
    public Camera updateCamera(UUID id, CameraChange u) {
        Camera c = findCamera(id);
        if (c.version != u.version()) {
            throw new ProblemException(409, "stale-version", "Concurrent modification",
                    "the camera was changed by someone else (version " + c.version + "); reload it and apply your change again");
        }
        apply(c, u.areaType(), u.location(), u.fieldOfView(), u.purpose(), u.signLocation(), u.dpiaReference(),
                u.filmsEmployees(), u.retentionDays(), u.commonAreaBasis());
        Camera.flush();
        return c;
    }

    public List<Camera> cameras(UUID siteId) {
        return siteId == null ? Camera.list("ORDER BY code") : Camera.list("siteId = ?1 ORDER BY code", siteId);
    }

    public Camera camera(UUID id) {
        return findCamera(id);
    }

    private void apply(Camera c, AreaType area, String location, String fieldOfView, String purpose, String sign,
            String dpia, boolean filmsEmployees, Integer retentionDays, CommonAreaDecision basis) {
        if (area.prohibited() || PROHIBITED_WORDS.matcher(location).find() || PROHIBITED_WORDS.matcher(fieldOfView).find()) {
            throw ProblemException.unprocessable("prohibited-location",
                    "cameras are not allowed in toilets, changing rooms, staff rooms, saunas, washrooms or apartments "
                            + "(Act 759/2004 §16; privacy of residents)");
        }
        // A residents' common area is protected by domestic peace (Criminal Code 39/1889 ch. 24 §11) and is the housing
        // company's to decide on (Housing Companies Act 1599/2009): its decision and the residents' information are on record
        // before the camera is (GDPR Art 5(2), Art 13).
        if (area.residentialCommonArea() && basis == null) {
            throw ProblemException.unprocessable("common-area-basis-required",
                    "a camera in a residential common area (" + area + ") needs commonAreaBasis: the housing company's decision "
                            + "(decisionReference, decidedOn) and how the residents were informed (residentsInformedReference)");
        }
        if (!purposeCodes.contains(purpose)) {
            throw ProblemException.unprocessable("unknown-purpose",
                    "purpose must be one of the register description's purposes: " + String.join(", ", purposeCodes.stream().sorted().toList()));
        }
        int days = retentionDays == null ? config.retention().defaultDays() : retentionDays;
        int max = filmsEmployees ? config.retention().maxDaysEmployees() : config.retention().maxDays();
        if (days > max) {
            throw ProblemException.unprocessable("retention-too-long", filmsEmployees
                    ? "retention may be at most " + max + " days where employees are filmed (Act 759/2004 §17)"
                    : "retention may be at most " + max + " days; longer only where employees are filmed (Act 759/2004 §17)");
        }
        c.areaType = area;
        c.location = location.strip();
        c.fieldOfView = fieldOfView.strip();
        c.purpose = purpose;
        c.signLocation = sign.strip();
        c.dpiaReference = dpia.strip();
        c.filmsEmployees = filmsEmployees;
        c.retentionDays = days;
        c.commonAreaBasis = basis == null ? null
                : new fi.kuopas.cctv.domain.CommonAreaBasis(basis.decisionReference().strip(),
                        basis.residentsInformedReference().strip(), basis.decidedOn());
    }

    static Site findSite(UUID id) {
        Site s = Site.findById(id);
        if (s == null) {
            throw ProblemException.notFound("site " + id);
        }
        return s;
    }

    static Camera findCamera(UUID id) {
        Camera c = Camera.findById(id);
        if (c == null) {
            throw ProblemException.notFound("camera " + id);
        }
        return c;
    }
}
