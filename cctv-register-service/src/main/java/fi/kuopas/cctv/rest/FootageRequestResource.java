package fi.kuopas.cctv.rest;

import fi.kuopas.cctv.domain.FootageRequest;
import fi.kuopas.cctv.rest.CctvDtos.FootageRequestCreate;
import fi.kuopas.cctv.rest.CctvDtos.FootageRequestView;
import fi.kuopas.cctv.rest.CctvDtos.ReleaseRequest;
import fi.kuopas.cctv.rest.CctvDtos.ReviewRequest;
import fi.kuopas.cctv.mapping.CctvMapping;
import fi.kuopas.cctv.service.FootageRequestService;
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
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/footage-requests")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Footage requests", description = "Art 15 access to footage by time and place: candidates, review, masking, release")
public class FootageRequestResource {

    private final FootageRequestService requests;

    public FootageRequestResource(FootageRequestService requests) {
        this.requests = requests;
    }

    @POST
    @RolesAllowed({Roles.SECURITY_OFFICER, Roles.DPO})
    @Operation(operationId = "createFootageRequest", summary = "Receive a request: candidates are the site's segments in the window (at most 24 h)")
    @APIResponse(responseCode = "201", description = "Received", content = @Content(schema = @Schema(implementation = FootageRequestView.class)))
    @APIResponse(responseCode = "200", description = "A repeat of an earlier externalReference; the first request")
    public Response create(@NotNull @Valid FootageRequestCreate request) {
        FootageRequestService.Created c = requests.create(CctvMapping.footageRequest(request));
        FootageRequestView view = CctvMapping.footageRequest(c.request());
        if (!c.isNew()) {
            return Response.ok(view).build();
        }
        return Response.created(URI.create("/api/v1/footage-requests/" + view.id())).entity(view).build();
    }

    @POST
    @Path("/{id}/review")
    @RolesAllowed(Roles.SECURITY_OFFICER)
    @Operation(operationId = "reviewFootageRequest", summary = "Record which candidates show the subject (each look is logged as a view)")
    @APIResponse(responseCode = "422", ref = "BadRequest", description = "A segment that is not a candidate")
    public FootageRequestView review(@PathParam("id") UUID id, @NotNull @Valid ReviewRequest request) {
        return CctvMapping.footageRequest(requests.review(id, CctvMapping.review(request)));
    }

    @POST
    @Path("/{id}/release")
    @RolesAllowed(Roles.SECURITY_OFFICER)
    @Operation(operationId = "releaseFootage", summary = "Record that others were masked and release the copy (logged as a disclosure)")
    @APIResponse(responseCode = "422", ref = "BadRequest", description = "Other people not masked")
    public FootageRequestView release(@PathParam("id") UUID id, @NotNull @Valid ReleaseRequest request) {
        return CctvMapping.footageRequest(requests.release(id, CctvMapping.release(request)));
    }

    @GET
    @RolesAllowed({Roles.SECURITY_OFFICER, Roles.DPO})
    @Operation(operationId = "listFootageRequests", summary = "Footage requests, newest first")
    public List<FootageRequestView> list(@QueryParam("status") FootageRequest.Status status,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(Paging.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        return requests.list(status, page, size).stream().map(CctvMapping::footageRequest).toList();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.SECURITY_OFFICER, Roles.DPO})
    @Operation(operationId = "getFootageRequest", summary = "One request with its candidates and steps")
    public FootageRequestView get(@PathParam("id") UUID id) {
        return CctvMapping.footageRequest(requests.get(id));
    }
}
