package fi.kuopas.customer.rest;

import fi.kuopas.customer.mapping.CustomerMapping;
import fi.kuopas.customer.rest.CustomerDtos.CompellingGroundsRequest;
import fi.kuopas.customer.rest.CustomerDtos.CompellingGroundsView;
import fi.kuopas.customer.service.ObjectionService;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/persons/{id}/compelling-grounds")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Objections", description = "Compelling legitimate grounds that override an objection to legitimate-interest processing (GDPR Art 21(1))")
public class ObjectionResource {

    private final ObjectionService objections;

    public ObjectionResource(ObjectionService objections) {
        this.objections = objections;
    }

    @POST
    @RolesAllowed(Roles.DPO)
    @Operation(operationId = "recordCompellingGrounds",
            summary = "Record compelling legitimate grounds for a purpose (who, why, when); processing then continues despite an objection")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(schema = @Schema(implementation = CompellingGroundsView.class)))
    public Response record(@PathParam("id") UUID id, @NotNull @Valid CompellingGroundsRequest r) {
        return Response.status(201).entity(CustomerMapping.view(objections.recordGrounds(id, r.purpose(), r.grounds()))).build();
    }

    @GET
    @RolesAllowed(Roles.DPO)
    @Operation(operationId = "listCompellingGrounds", summary = "Compelling grounds recorded for a person (audited)")
    public List<CompellingGroundsView> list(@PathParam("id") UUID id) {
        return objections.groundsOf(id).stream().map(CustomerMapping::view).toList();
    }
}
