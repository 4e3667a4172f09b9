package fi.kuopas.cctv.service;

import fi.kuopas.cctv.domain.AreaType;
import fi.kuopas.cctv.domain.Camera;
import fi.kuopas.cctv.domain.Site;
import fi.kuopas.cctv.rest.CctvDtos.CameraRequest;
import fi.kuopas.cctv.rest.CctvDtos.CameraUpdate;
import fi.kuopas.cctv.rest.CctvDtos.CameraView;
import fi.kuopas.cctv.rest.CctvDtos.CommonAreaBasis;
import fi.kuopas.cctv.rest.CctvDtos.SiteRequest;
import fi.kuopas.cctv.rest.CctvDtos.SiteView;
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

    public SiteView createSite(SiteRequest request) {
        if (Site.count("code", request.code()) > 0) {
            throw ProblemException.conflict("a site with code " + request.code() + " already exists");
        }
        Site s = new Site();
        s.code = request.code();
        s.name = request.name().strip();
        s.address = request.address().strip();
        s.createdAt = Instant.now();
        s.persist();
        return Views.site(s);
    }

    public List<SiteView> sites() {
        return Site.<Site>list("ORDER BY code").stream().map(Views::site).toList();
    }

    public SiteView site(UUID id) {
        return Views.site(findSite(id));
    }

    public CameraView createCamera(CameraRequest r) {
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
        return Views.camera(c);
    }

    /** Retention changes apply to segments ingested afterwards; existing expiry dates stay. */
    public CameraView updateCamera(UUID id, CameraUpdate u) {
        Camera c = findCamera(id);
        if (c.version != u.version()) {
            throw new ProblemException(409, "stale-version", "Concurrent modification",
                    "the camera was changed by someone else (version " + c.version + "); reload it and apply your change again");
        }
        apply(c, u.areaType(), u.location(), u.fieldOfView(), u.purpose(), u.signLocation(), u.dpiaReference(),
                u.filmsEmployees(), u.retentionDays(), u.commonAreaBasis());
        Camera.flush();
        return Views.camera(c);
    }

    public List<CameraView> cameras(UUID siteId) {
        List<Camera> list = siteId == null ? Camera.list("ORDER BY code") : Camera.list("siteId = ?1 ORDER BY code", siteId);
        return list.stream().map(Views::camera).toList();
    }

    public CameraView camera(UUID id) {
        return Views.camera(findCamera(id));
    }

    private void apply(Camera c, AreaType area, String location, String fieldOfView, String purpose, String sign,
            String dpia, boolean filmsEmployees, Integer retentionDays, CommonAreaBasis basis) {
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
