package fi.kuopas.cctv.rest;

import fi.kuopas.cctv.rest.CctvDtos.DisclosureRequest;
import fi.kuopas.cctv.rest.CctvDtos.DisclosureView;
import fi.kuopas.cctv.mapping.CctvMapping;
import fi.kuopas.cctv.service.DisclosureService;
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

@Path("/api/v1/disclosures")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Disclosures", description = "Exports of footage: recipient, police case number, basis, segments")
public class DisclosureResource {

    private final DisclosureService disclosures;

    public DisclosureResource(DisclosureService disclosures) {
        this.disclosures = disclosures;
    }

    @POST
    @RolesAllowed(Roles.SECURITY_OFFICER)
    @Operation(operationId = "recordDisclosure", summary = "Record an export of segments to a recipient")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(schema = @Schema(implementation = DisclosureView.class)))
    @APIResponse(responseCode = "422", ref = "BadRequest", description = "Unknown or deleted segment")
    public Response disclose(@NotNull @Valid DisclosureRequest request) {
        DisclosureView d = CctvMapping.disclosure(disclosures.disclose(CctvMapping.disclosure(request)));
        return Response.created(URI.create("/api/v1/disclosures/" + d.id())).entity(d).build();
    }

    @GET
    @RolesAllowed({Roles.SECURITY_OFFICER, Roles.DPO})
    @Operation(operationId = "listDisclosures", summary = "The disclosure log, newest first")
    public List<DisclosureView> list(@QueryParam("page") @DefaultValue("0") @Min(0) @Max(Paging.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        return disclosures.list(page, size).stream().map(CctvMapping::disclosure).toList();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.SECURITY_OFFICER, Roles.DPO})
    @Operation(operationId = "getDisclosure", summary = "One disclosure")
    public DisclosureView get(@PathParam("id") UUID id) {
        return CctvMapping.disclosure(disclosures.get(id));
    }
}
