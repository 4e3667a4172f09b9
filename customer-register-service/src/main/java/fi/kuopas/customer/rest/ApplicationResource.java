package fi.kuopas.customer.rest;

import fi.kuopas.customer.mapping.CustomerMapping;
import fi.kuopas.customer.rest.CustomerDtos.ApplicationRequest;
import fi.kuopas.customer.rest.CustomerDtos.ApplicationView;
import fi.kuopas.customer.rest.CustomerDtos.DecisionRequest;
import fi.kuopas.customer.rest.CustomerDtos.DecisionView;
import fi.kuopas.customer.rest.CustomerDtos.RenewalRequest;
import fi.kuopas.customer.service.ApplicationService;
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

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Applications and tenant selection", description = "Housing and key applications; human tenant-selection decisions")
public class ApplicationResource {

    private final ApplicationService applications;

    public ApplicationResource(ApplicationService applications) {
        this.applications = applications;
    }

    @POST
    @Path("/housing-applications")
    @RolesAllowed({Roles.CUSTOMER_SERVICE, Roles.LETTING_OFFICER})
    @Operation(operationId = "createHousingApplication", summary = "Receive a housing or key application (valid 3 months)")
    @APIResponse(responseCode = "201", description = "Received", content = @Content(schema = @Schema(implementation = ApplicationView.class)))
    public Response apply(@NotNull @Valid ApplicationRequest r) {
        ApplicationView v = CustomerMapping.view(applications.apply(r.personId(), r.kind(), r.householdSize(), r.desiredArea(),
                r.desiredRooms()));
        return Response.created(URI.create("/api/v1/housing-applications/" + v.id())).entity(v).build();
    }

    @GET
    @Path("/housing-applications")
    @RolesAllowed({Roles.CUSTOMER_SERVICE, Roles.LETTING_OFFICER, Roles.DPO})
    @Operation(operationId = "listHousingApplications", summary = "Applications of one person")
    public List<ApplicationView> ofPerson(@QueryParam("personId") @NotNull UUID personId) {
        return applications.ofPerson(personId).stream().map(CustomerMapping::view).toList();
    }

    @POST
    @Path("/housing-applications/{id}/renewal")
    @RolesAllowed({Roles.CUSTOMER_SERVICE, Roles.LETTING_OFFICER})
    @Operation(operationId = "renewHousingApplication", summary = "Renew for another 3 months; 409 on a stale version")
    public ApplicationView renew(@PathParam("id") UUID id, @NotNull @Valid RenewalRequest r) {
        return CustomerMapping.view(applications.renew(id, r.version()));
    }

    @POST
    @Path("/tenant-selection-decisions")
    @RolesAllowed(Roles.LETTING_OFFICER)
    @Operation(operationId = "recordTenantSelectionDecision",
            summary = "Record a decision by the calling letting officer with rationale and inputs (no automated decisions)")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(schema = @Schema(implementation = DecisionView.class)))
    public Response decide(@NotNull @Valid DecisionRequest r) {
        return Response.status(201).entity(CustomerMapping.view(applications.decide(r.applicationId(), r.apartmentRef(), r.outcome(),
                r.rationale(), r.inputsUsed()))).build();
    }
}
