package fi.kuopas.cctv.rest;

import fi.kuopas.cctv.domain.AreaType;
import fi.kuopas.cctv.domain.Disclosure;
import fi.kuopas.cctv.domain.FootageRequest;
import fi.kuopas.cctv.domain.LegalHold;
import fi.kuopas.cctv.mapping.VideoDeletionView;
import fi.kuopas.privacy.subject.SubjectIdentifiers;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response bodies of the CCTV register API. */
public final class CctvDtos {

    private static final String CODE = "[A-Z0-9][A-Z0-9-]{1,39}";
    private static final String CODE_MESSAGE = "must be 2-40 capital letters, digits or dashes";

    private CctvDtos() {
    }

    @Schema(name = "SiteRequest")
    public record SiteRequest(
            @NotBlank @Pattern(regexp = CODE, message = CODE_MESSAGE) @Schema(example = "AS-OY-KOIVUKUJA-3") String code,
            @NotBlank @Size(max = 200) @Schema(example = "As Oy Koivukuja 3") String name,
            @NotBlank @Size(max = 200) @Schema(example = "Koivukuja 3, 70100 Kuopio") String address) {
    }

    @Schema(name = "Site")
    public record SiteView(UUID id, String code, String name, String address, Instant createdAt, long version) {
    }

    @Schema(name = "CommonAreaBasis", description = "Required for a camera in a residential common area (entrance, stairwell, "
            + "lobby, storage rooms, parking garage, waste shelter, yard): the housing company's decision and how the residents were informed")
    public record CommonAreaBasis(
            @NotBlank @Size(max = 200) @Schema(description = "The housing company's decision (minutes and paragraph)",
                    example = "As Oy Koivukuja 3, hallituksen kokous 4/2026, 7 §") String decisionReference,
            @NotBlank @Size(max = 200) @Schema(description = "How and where the residents were informed",
                    example = "Asukastiedote 2026-09, ilmoitustaulu ja kirje 1.9.2026") String residentsInformedReference,
            @NotNull @PastOrPresent @Schema(description = "Date of the decision", example = "2026-08-20") LocalDate decidedOn) {
    }

    @Schema(name = "CameraRequest", description = "A new camera; refused in toilets, changing rooms and staff rooms (Act 759/2004 §16), "
            + "and in a residential common area without the housing company's decision and the residents informed")
    public record CameraRequest(
            @NotNull UUID siteId,
            @NotBlank @Pattern(regexp = CODE, message = CODE_MESSAGE) @Schema(example = "KOIVU-3-A-PORRAS") String code,
            @NotNull AreaType areaType,
            @NotBlank @Size(max = 200) @Schema(example = "A-portaan sisäänkäynti") String location,
            @NotBlank @Size(max = 500) @Schema(example = "Ulko-ovi ja tuulikaappi, ei asuntojen ovia") String fieldOfView,
            @NotBlank @Size(max = 60) @Schema(description = "Purpose code of the register description", example = "crime-prevention") String purpose,
            @NotBlank @Size(max = 200) @Schema(description = "Where the CCTV sign is", example = "A-portaan ulko-oven vieressä") String signLocation,
            @NotBlank @Size(max = 50) @Schema(description = "Reference to the data protection impact assessment", example = "DPIA-2026-07") String dpiaReference,
            @NotNull Boolean filmsEmployees,
            @Min(1) @Max(365) @Schema(description = "Default 14; at most 21, or 365 where employees are filmed", example = "14") Integer retentionDays,
            @Valid @Schema(description = "Required where the area type is a residential common area") CommonAreaBasis commonAreaBasis) {
    }

    @Schema(name = "CameraUpdate", description = "Changes a camera; send the version you read (409 if someone changed it since)")
    public record CameraUpdate(
            @NotNull AreaType areaType,
            @NotBlank @Size(max = 200) String location,
            @NotBlank @Size(max = 500) String fieldOfView,
            @NotBlank @Size(max = 60) String purpose,
            @NotBlank @Size(max = 200) String signLocation,
            @NotBlank @Size(max = 50) String dpiaReference,
            @NotNull Boolean filmsEmployees,
            @Min(1) @Max(365) Integer retentionDays,
            @Valid @Schema(description = "Required where the area type is a residential common area") CommonAreaBasis commonAreaBasis,
            @NotNull @Schema(example = "0") Long version) {
    }

    @Schema(name = "Camera")
    public record CameraView(UUID id, UUID siteId, String code, AreaType areaType, String location, String fieldOfView,
            String purpose, String signLocation, String dpiaReference, boolean filmsEmployees, int retentionDays,
            CommonAreaBasis commonAreaBasis, Instant createdAt, long version) {
    }

    @Schema(name = "SegmentRow", description = "One recorded stretch reported by a recorder; (cameraId, from) is its natural key")
    public record SegmentRow(
            @NotNull UUID cameraId,
            @NotNull @Schema(example = "2026-11-20T08:00:00Z") Instant from,
            @NotNull @Schema(example = "2026-11-20T08:15:00Z") Instant to,
            @NotBlank @Size(max = 300) @Schema(example = "nvr-koivukuja/2026/11/20/cam1-0800.mkv") String storageRef) {
    }

    @Schema(name = "SegmentBatch")
    public record SegmentBatch(@NotEmpty List<@NotNull @Valid SegmentRow> segments) {
    }

    @Schema(name = "IngestResult", description = "Rows already present (same camera and start) are counted as duplicates and left unchanged")
    public record IngestResult(int received, int inserted, int duplicates) {
    }

    @Schema(name = "Segment", description = "Segment metadata; the storage reference is given only through a logged view")
    public record SegmentView(long id, UUID cameraId, Instant from, Instant to, Instant expiresAt) {
    }

    @Schema(name = "ViewRequest")
    public record ViewRequest(
            @NotBlank @Size(max = 1000) @Schema(description = "Why the segment is viewed (required, logged)",
                    example = "Ilkivalta B-portaassa 19.11. yöllä, vahinkoilmoitus 2026-118") String reason,
            @Schema(description = "The footage request this view serves, if any") UUID footageRequestId) {
    }

    @Schema(name = "SegmentViewed")
    public record ViewedSegment(UUID viewId, SegmentView segment, String storageRef, Instant viewedAt) {
    }

    @Schema(name = "ViewLogEntry")
    public record ViewLogView(UUID id, long segmentId, UUID cameraId, Instant segmentFrom, Instant segmentTo,
            String viewedBy, String viewerRoles, Instant viewedAt, String reason, UUID footageRequestId) {
    }

    @Schema(name = "LegalHoldRequest")
    public record HoldRequest(
            @NotNull LegalHold.Kind kind,
            @NotEmpty Set<@NotNull UUID> cameraIds,
            @NotNull Instant from,
            @NotNull Instant to,
            @NotBlank @Size(max = 2000) @Schema(example = "Polkupyörävarkaus pyöräkellarissa, rikosilmoitus tehty") String reason,
            @NotBlank @Size(max = 200) @Schema(description = "Who answers for the hold", example = "Turvallisuuspäällikkö Teemu Turva") String owner,
            @NotNull @Schema(description = "The hold ends at the latest on this day", example = "2027-05-31") LocalDate until,
            @Size(max = 50) @Schema(description = "Required for a police request", example = "5500/R/12345/26") String policeCaseNumber) {
    }

    @Schema(name = "LegalHoldRelease")
    public record HoldRelease(
            @NotBlank @Size(max = 2000) @Schema(example = "Esitutkinta päättynyt") String reason,
            @NotNull Long version) {
    }

    @Schema(name = "LegalHold")
    public record HoldView(UUID id, LegalHold.Kind kind, Set<UUID> cameraIds, Instant from, Instant to, String reason,
            String owner, String policeCaseNumber, LocalDate until, boolean active, Instant createdAt, String createdBy,
            Instant releasedAt, String releasedBy, String releaseReason, long version) {
    }

    @Schema(name = "DisclosureRequest")
    public record DisclosureRequest(
            @NotNull Disclosure.RecipientType recipientType,
            @NotBlank @Size(max = 200) @Schema(example = "Itä-Suomen poliisilaitos") String recipient,
            @Size(max = 50) @Schema(description = "Required when the recipient is the police", example = "5500/R/12345/26") String policeCaseNumber,
            @NotBlank @Size(max = 500) @Schema(example = "Esitutkintalaki 805/2011 7:8; GDPR 6(1)(c)") String basis,
            @Size(max = 1000) String reason,
            @NotEmpty Set<@NotNull Long> segmentIds) {
    }

    @Schema(name = "Disclosure")
    public record DisclosureView(UUID id, Disclosure.RecipientType recipientType, String recipient, String policeCaseNumber,
            String basis, String reason, String disclosedBy, Instant disclosedAt, UUID footageRequestId,
            List<SegmentRef> segments) {
    }

    @Schema(name = "SegmentRef", description = "A segment as a log remembers it, also after the segment is deleted")
    public record SegmentRef(long segmentId, UUID cameraId, Instant from, Instant to) {
    }

    @Schema(name = "FootageRequestCreate", description = "Art 15 request for footage by time and place")
    public record FootageRequestCreate(
            @NotNull @Valid @Schema(description = "How to reach the subject: email or phone is enough") SubjectIdentifiers subject,
            @NotNull UUID siteId,
            @NotNull @Schema(example = "2026-11-20T07:30:00Z") Instant from,
            @NotNull @Schema(example = "2026-11-20T08:30:00Z") Instant to,
            @Size(max = 500) @Schema(example = "B-portaan ovella, sininen takki") String placeDescription,
            @Size(max = 100) @Schema(description = "Idempotency key: a repeat with the same reference returns the first request") String externalReference,
            UUID dsrCaseId) {
    }

    @Schema(name = "FootageReview")
    public record ReviewRequest(
            @NotNull @Schema(description = "Candidate segments in which the subject appears; empty if none") Set<@NotNull Long> segmentIds,
            @Size(max = 1000) String note,
            @NotNull Long version) {
    }

    @Schema(name = "FootageRelease")
    public record ReleaseRequest(
            @NotNull @Schema(description = "Other people were masked (Art 15(4)); release is refused otherwise") Boolean othersMasked,
            @NotBlank @Size(max = 1000) @Schema(example = "Kaksi muuta henkilöä sumennettu") String maskingNote,
            @Size(max = 200) @Schema(example = "Salattu latauslinkki sähköpostiin") String delivery,
            @NotNull Long version) {
    }

    @Schema(name = "FootageRequest")
    public record FootageRequestView(UUID id, UUID siteId, Instant from, Instant to, String placeDescription,
            String externalReference, UUID dsrCaseId, FootageRequest.Status status, int subjectKeyCount,
            Instant receivedAt, String receivedBy, Boolean othersMasked, String maskingNote, Instant releasedAt,
            List<CandidateView> candidates, List<StepView> steps, long version) {
    }

    @Schema(name = "FootageCandidate")
    public record CandidateView(long segmentId, UUID cameraId, Instant from, Instant to, Boolean showsSubject) {
    }

    @Schema(name = "FootageRequestStep")
    public record StepView(String step, Instant at, String actor, String note) {
    }

    @Schema(name = "RetentionSweep", description = "Counts of one sweep. videoDeletions*: the recorders' answers to deleting the "
            + "deleted segments' video (new ones and earlier unconfirmed ones retried)")
    public record SweepView(UUID id, boolean dryRun, Instant startedAt, Instant finishedAt, long expired, long deleted,
            long held, long keptForRequests,
            @Schema(description = "Video deletions the recorders confirmed in this run") long videoDeletionsConfirmed,
            @Schema(description = "Earlier unconfirmed video deletions sent again (on a dry run: outstanding, would be sent)") long videoDeletionsRetried,
            @Schema(description = "Video deletions of this run the recorders did not confirm; the next sweep retries them") long videoDeletionsUnconfirmed,
            @Schema(description = "Only in the answer of the run itself: the unconfirmed ones (at most 100; all of them through "
                    + "GET /api/v1/retention/video-deletions)") List<VideoDeletionView> unconfirmedVideoDeletions,
            String triggeredBy) {
    }
}
