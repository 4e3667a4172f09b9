package fi.kuopas.cctv.rest;

import fi.kuopas.cctv.rest.CctvDtos.IngestResult;
import fi.kuopas.cctv.rest.CctvDtos.SegmentBatch;
import fi.kuopas.cctv.rest.CctvDtos.SegmentView;
import fi.kuopas.cctv.rest.CctvDtos.ViewLogView;
import fi.kuopas.cctv.rest.CctvDtos.ViewRequest;
import fi.kuopas.cctv.rest.CctvDtos.ViewedSegment;
import fi.kuopas.cctv.mapping.CctvMapping;
import fi.kuopas.cctv.service.SegmentService;
import fi.kuopas.cctv.service.ViewService;
import fi.kuopas.privacy.security.Roles;
import fi.kuopas.privacy.web.Paging;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Recording segments: bulk ingestion from recorders, search by camera and time, and logged views. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Recordings", description = "Segment metadata, its ingestion, and the view log")
public class SegmentResource {

    private final SegmentService segments;
    private final ViewService views;

    public SegmentResource(SegmentService segments, ViewService views) {
        this.segments = segments;
        this.views = views;
    }

    @POST
    @Path("/segments/batches")
    @RolesAllowed(Roles.SECURITY_OFFICER)
    @Operation(operationId = "ingestSegments", summary = "Bulk, idempotent ingestion of segment metadata; (camera, from) is the natural key")
    @APIResponse(responseCode = "422", ref = "BadRequest", description = "Unknown camera; nothing is stored")
    public IngestResult ingest(@NotNull @Valid SegmentBatch batch) {
        return CctvMapping.ingested(segments.ingest(CctvMapping.segments(batch.segments())));
    }

    @GET
    @Path("/segments")
    @RolesAllowed({Roles.SECURITY_OFFICER, Roles.DPO})
    @Operation(operationId = "searchSegments", summary = "Segments of one camera overlapping a window of at most 24 h (metadata only)")
    public List<SegmentView> search(@QueryParam("cameraId") @NotNull UUID cameraId, @QueryParam("from") @NotNull Instant from,
            @QueryParam("to") @NotNull Instant to) {
        return segments.search(cameraId, from, to).stream().map(CctvMapping::segment).toList();
    }

    @GET
    @Path("/segments/{id}")
    @RolesAllowed({Roles.SECURITY_OFFICER, Roles.DPO})
    @Operation(operationId = "getSegment", summary = "One segment's metadata")
    public SegmentView get(@PathParam("id") long id) {
        return CctvMapping.segment(segments.get(id));
    }

    @POST
    @Path("/segments/{id}/views")
    @RolesAllowed(Roles.SECURITY_OFFICER)
    @Operation(operationId = "viewSegment", summary = "View a segment: logged with its reason; returns the storage reference")
    @APIResponse(responseCode = "409", ref = "Conflict", description = "Processing of the segment is restricted (Art 18)")
    public ViewedSegment view(@PathParam("id") long id, @NotNull @Valid ViewRequest request) {
        return CctvMapping.viewed(views.view(id, request.reason(), request.footageRequestId()));
    }

    @GET
    @Path("/views")
    @RolesAllowed({Roles.SECURITY_OFFICER, Roles.DPO})
    @Operation(operationId = "listViews", summary = "The view log, newest first; filter by segment or footage request")
    public List<ViewLogView> viewLog(@QueryParam("segmentId") Long segmentId, @QueryParam("footageRequestId") UUID footageRequestId,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(Paging.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        return views.list(segmentId, footageRequestId, page, size).stream().map(CctvMapping::view).toList();
    }
}
