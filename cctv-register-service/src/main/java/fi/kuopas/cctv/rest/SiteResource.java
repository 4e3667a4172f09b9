package fi.kuopas.cctv.rest;

import fi.kuopas.cctv.rest.CctvDtos.CameraRequest;
import fi.kuopas.cctv.rest.CctvDtos.CameraUpdate;
import fi.kuopas.cctv.rest.CctvDtos.CameraView;
import fi.kuopas.cctv.rest.CctvDtos.SiteRequest;
import fi.kuopas.cctv.rest.CctvDtos.SiteView;
import fi.kuopas.cctv.mapping.CctvMapping;
import fi.kuopas.cctv.service.CameraService;
import fi.kuopas.privacy.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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

/** Sites and their cameras: the camera list behind the register description and the signs. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Sites and cameras", description = "Monitored properties and their cameras (location, purpose, sign, DPIA, retention)")
public class SiteResource {

    private final CameraService cameras;

    public SiteResource(CameraService cameras) {
        this.cameras = cameras;
    }

    @POST
    @Path("/sites")
    @RolesAllowed(Roles.SECURITY_OFFICER)
    @Operation(operationId = "createSite", summary = "Add a monitored site; its code is unique")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = SiteView.class)))
    public Response createSite(@NotNull @Valid SiteRequest request) {
        SiteView s = CctvMapping.site(cameras.createSite(CctvMapping.site(request)));
        return Response.created(URI.create("/api/v1/sites/" + s.id())).entity(s).build();
    }

    @GET
    @Path("/sites")
    @RolesAllowed({Roles.SECURITY_OFFICER, Roles.DPO})
    @Operation(operationId = "listSites", summary = "All monitored sites")
    public List<SiteView> sites() {
        return cameras.sites().stream().map(CctvMapping::site).toList();
    }

    @GET
    @Path("/sites/{id}")
    @RolesAllowed({Roles.SECURITY_OFFICER, Roles.DPO})
    @Operation(operationId = "getSite", summary = "One site")
    public SiteView site(@PathParam("id") UUID id) {
        return CctvMapping.site(cameras.site(id));
    }

    @POST
    @Path("/cameras")
    @RolesAllowed(Roles.SECURITY_OFFICER)
    @Operation(operationId = "createCamera", summary = "Add a camera; refused in toilets, changing rooms and staff rooms (Act 759/2004 §16), "
            + "and in a residential common area without commonAreaBasis")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = CameraView.class)))
    @APIResponse(responseCode = "422", ref = "BadRequest", description = "Prohibited place, common area without a basis, unknown purpose or retention too long")
    public Response createCamera(@NotNull @Valid CameraRequest request) {
        CameraView c = CctvMapping.camera(cameras.createCamera(CctvMapping.camera(request)));
        return Response.created(URI.create("/api/v1/cameras/" + c.id())).entity(c).build();
    }

    @PUT
    @Path("/cameras/{id}")
    @RolesAllowed(Roles.SECURITY_OFFICER)
    @Operation(operationId = "updateCamera", summary = "Change a camera; send the version you read (409 if stale)")
    @APIResponse(responseCode = "422", ref = "BadRequest", description = "Prohibited place, common area without a basis, unknown purpose or retention too long")
    public CameraView updateCamera(@PathParam("id") UUID id, @NotNull @Valid CameraUpdate update) {
        return CctvMapping.camera(cameras.updateCamera(id, CctvMapping.change(update)));
    }

    @GET
    @Path("/cameras")
    @RolesAllowed({Roles.SECURITY_OFFICER, Roles.DPO})
    @Operation(operationId = "listCameras", summary = "Cameras, optionally of one site")
    public List<CameraView> cameraList(@QueryParam("siteId") UUID siteId) {
        return cameras.cameras(siteId).stream().map(CctvMapping::camera).toList();
    }

    @GET
    @Path("/cameras/{id}")
    @RolesAllowed({Roles.SECURITY_OFFICER, Roles.DPO})
    @Operation(operationId = "getCamera", summary = "One camera")
    public CameraView camera(@PathParam("id") UUID id) {
        return CctvMapping.camera(cameras.camera(id));
    }
}
