package fi.kuopas.cctv.rest;

import fi.kuopas.cctv.rest.CctvDtos.HoldRelease;
import fi.kuopas.cctv.rest.CctvDtos.HoldRequest;
import fi.kuopas.cctv.rest.CctvDtos.HoldView;
import fi.kuopas.cctv.mapping.CctvMapping;
import fi.kuopas.cctv.service.HoldService;
import fi.kuopas.privacy.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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

@Path("/api/v1/legal-holds")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Legal holds", description = "Keeping segments past expiry for an incident or a police request")
public class HoldResource {

    private final HoldService holds;

    public HoldResource(HoldService holds) {
        this.holds = holds;
    }

    @POST
    @RolesAllowed(Roles.SECURITY_OFFICER)
    @Operation(operationId = "placeLegalHold", summary = "Hold the segments of some cameras in a time range; reason and owner required")
    @APIResponse(responseCode = "201", description = "Placed", content = @Content(schema = @Schema(implementation = HoldView.class)))
    @APIResponse(responseCode = "422", ref = "BadRequest", description = "Unknown camera")
    public Response place(@NotNull @Valid HoldRequest request) {
        HoldView h = CctvMapping.hold(holds.create(CctvMapping.hold(request)));
        return Response.created(URI.create("/api/v1/legal-holds/" + h.id())).entity(h).build();
    }

    @POST
    @Path("/{id}/release")
    @RolesAllowed(Roles.SECURITY_OFFICER)
    @Operation(operationId = "releaseLegalHold", summary = "Release a hold; the next retention sweep deletes what it kept past expiry")
    public HoldView release(@PathParam("id") UUID id, @NotNull @Valid HoldRelease request) {
        return CctvMapping.hold(holds.release(id, CctvMapping.release(request)));
    }

    @GET
    @RolesAllowed({Roles.SECURITY_OFFICER, Roles.DPO})
    @Operation(operationId = "listLegalHolds", summary = "Holds, newest first; active=true for the ones in force")
    public List<HoldView> list(@QueryParam("active") Boolean active) {
        return holds.list(active).stream().map(CctvMapping::hold).toList();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.SECURITY_OFFICER, Roles.DPO})
    @Operation(operationId = "getLegalHold", summary = "One hold")
    public HoldView get(@PathParam("id") UUID id) {
        return CctvMapping.hold(holds.get(id));
    }
}
