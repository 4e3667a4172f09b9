package fi.kuopas.cctv.service;

import fi.kuopas.cctv.domain.AreaType;
import fi.kuopas.cctv.domain.Disclosure;
import fi.kuopas.cctv.domain.LegalHold;
import fi.kuopas.privacy.subject.SubjectIdentifiers;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * What the CCTV services are asked to do, in their own terms: the REST bodies are turned into these
 * by {@code mapping.CctvMapping}, so no service sees a transport type. Validation of shape (sizes,
 * patterns, required fields) happened on the bodies; the rules (prohibited places, retention,
 * windows, versions) are the services'.
 */
public final class CctvCommands {

    private CctvCommands() {
    }

    public record NewSite(String code, String name, String address) {
    }

    /** The housing company's decision for a camera in a residential common area, and how residents were informed. */
    public record CommonAreaDecision(String decisionReference, String residentsInformedReference, LocalDate decidedOn) {
    }

    public record NewCamera(UUID siteId, String code, AreaType areaType, String location, String fieldOfView, String purpose,
            String signLocation, String dpiaReference, Boolean filmsEmployees, Integer retentionDays,
            CommonAreaDecision commonAreaBasis) {
    }

    public record CameraChange(AreaType areaType, String location, String fieldOfView, String purpose, String signLocation,
            String dpiaReference, Boolean filmsEmployees, Integer retentionDays, CommonAreaDecision commonAreaBasis,
            Long version) {
    }

    /** One recorded stretch reported by a recorder; (cameraId, from) is its natural key. */
    public record Segment(UUID cameraId, Instant from, Instant to, String storageRef) {
    }

    public record NewHold(LegalHold.Kind kind, Set<UUID> cameraIds, Instant from, Instant to, String reason, String owner,
            LocalDate until, String policeCaseNumber) {
    }

    public record HoldRelease(String reason, Long version) {
    }

    public record NewDisclosure(Disclosure.RecipientType recipientType, String recipient, String policeCaseNumber,
            String basis, String reason, Set<Long> segmentIds) {
    }

    /** Art 15 request for footage by time and place. */
    public record NewFootageRequest(SubjectIdentifiers subject, UUID siteId, Instant from, Instant to, String placeDescription,
            String externalReference, UUID dsrCaseId) {
    }

    public record Review(Set<Long> segmentIds, String note, Long version) {
    }

    public record Release(Boolean othersMasked, String maskingNote, String delivery, Long version) {
    }
}
