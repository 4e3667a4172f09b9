package fi.kuopas.stakeholder.rest;

import fi.kuopas.stakeholder.mapping.StakeholderMapping;
import fi.kuopas.privacy.security.Roles;
import fi.kuopas.privacy.web.Paging;
import fi.kuopas.stakeholder.domain.OrganisationRole;
import fi.kuopas.stakeholder.rest.StakeholderDtos.OrganisationRequest;
import fi.kuopas.stakeholder.rest.StakeholderDtos.OrganisationView;
import fi.kuopas.stakeholder.service.OrganisationService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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

@Path("/api/v1/organisations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Organisations", description = "Partner, contractor, municipality and other stakeholder organisations")
@RolesAllowed(Roles.STAKEHOLDER_RELATIONS)
public class OrganisationResource {

    private final OrganisationService organisations;

    public OrganisationResource(OrganisationService organisations) {
        this.organisations = organisations;
    }

    @POST
    @Operation(operationId = "createOrganisation", summary = "Add an organisation; the business ID's check digit is verified")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = OrganisationView.class)))
    public Response create(@NotNull @Valid OrganisationRequest request) {
        OrganisationView created = StakeholderMapping.of(organisations.create(StakeholderMapping.organisation(request)));
        return Response.created(URI.create("/api/v1/organisations/" + created.id())).entity(created).build();
    }

    @GET
    @Operation(operationId = "searchOrganisations", summary = "Search organisations by name, role or business ID")
    public List<OrganisationView> search(@QueryParam("q") String q, @QueryParam("role") OrganisationRole role,
            @QueryParam("businessId") String businessId,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(Paging.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        return organisations.search(q, role, businessId, page, size).stream().map(StakeholderMapping::of).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getOrganisation", summary = "One organisation")
    public OrganisationView get(@PathParam("id") UUID id) {
        return StakeholderMapping.of(organisations.get(id));
    }

    @PUT
    @Path("/{id}")
    @Operation(operationId = "updateOrganisation", summary = "Edit an organisation (optimistic locking: version or If-Match)")
    public OrganisationView update(@PathParam("id") UUID id, @NotNull @Valid OrganisationRequest request,
            @HeaderParam("If-Match") String ifMatch) {
        return StakeholderMapping.of(organisations.update(id, StakeholderMapping.organisation(request),
                Versions.expected(request.version(), ifMatch)));
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteOrganisation", summary = "Remove an organisation that has no contact persons")
    @APIResponse(responseCode = "204", description = "Removed")
    public void delete(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        organisations.delete(id, Versions.expected(null, ifMatch));
    }
}
