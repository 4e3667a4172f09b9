package fi.kuopas.customer.rest;

import fi.kuopas.customer.mapping.CustomerMapping;
import fi.kuopas.customer.rest.TenantServiceDtos.CollectionCaseRequest;
import fi.kuopas.customer.rest.TenantServiceDtos.CollectionCaseView;
import fi.kuopas.customer.service.CollectionService;
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

@Path("/api/v1/collection-cases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Debt collection", description = "Rent debts handed to collection agents, also abroad (a disclosure with its transfer mechanism)")
public class CollectionCaseResource {

    private final CollectionService collection;

    public CollectionCaseResource(CollectionService collection) {
        this.collection = collection;
    }

    @POST
    @RolesAllowed({Roles.LETTING_OFFICER, Roles.CUSTOMER_SERVICE})
    @Operation(operationId = "openCollectionCase",
            summary = "Hand a rent debt to a collection agent; logged as a disclosure; outside the EU/EEA name the transfer mechanism")
    @APIResponse(responseCode = "201", description = "Opened", content = @Content(schema = @Schema(implementation = CollectionCaseView.class)))
    public Response open(@NotNull @Valid CollectionCaseRequest r) {
        CollectionCaseView v = CustomerMapping.view(collection.open(CustomerMapping.collectionCase(r)));
        return Response.created(URI.create("/api/v1/collection-cases/" + v.id())).entity(v).build();
    }

    @POST
    @Path("/{id}/closure")
    @RolesAllowed({Roles.LETTING_OFFICER, Roles.CUSTOMER_SERVICE})
    @Operation(operationId = "closeCollectionCase", summary = "Close a case when the debt is paid; 409 if already closed")
    public CollectionCaseView close(@PathParam("id") UUID id) {
        return CustomerMapping.view(collection.close(id));
    }

    @GET
    @RolesAllowed({Roles.LETTING_OFFICER, Roles.CUSTOMER_SERVICE, Roles.DPO})
    @Operation(operationId = "listCollectionCases", summary = "Collection cases of one person (audited)")
    public List<CollectionCaseView> ofPerson(@QueryParam("personId") @NotNull UUID personId) {
        return collection.ofPerson(personId).stream().map(CustomerMapping::view).toList();
    }
}
