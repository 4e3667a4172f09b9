package fi.kuopas.customer.rest;

import fi.kuopas.customer.mapping.CustomerMapping;
import fi.kuopas.customer.rest.TenantServiceDtos.FaultReportRequest;
import fi.kuopas.customer.rest.TenantServiceDtos.FaultReportView;
import fi.kuopas.customer.rest.TenantServiceDtos.FaultStatusRequest;
import fi.kuopas.customer.service.FaultReportService;
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

@Path("/api/v1/fault-reports")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Fault reports and maintenance", description = "Residents' fault reports, entry permissions and the hand-over to the maintenance partner")
public class FaultReportResource {

    private final FaultReportService faults;

    public FaultReportResource(FaultReportService faults) {
        this.faults = faults;
    }

    @POST
    @RolesAllowed(Roles.CUSTOMER_SERVICE)
    @Operation(operationId = "createFaultReport", summary = "Record a resident's fault report with their entry permission")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(schema = @Schema(implementation = FaultReportView.class)))
    public Response report(@NotNull @Valid FaultReportRequest r) {
        FaultReportView v = CustomerMapping.view(faults.report(CustomerMapping.faultReport(r)), FaultReportService.today());
        return Response.created(URI.create("/api/v1/fault-reports/" + v.id())).entity(v).build();
    }

    @PUT
    @Path("/{id}/status")
    @RolesAllowed(Roles.CUSTOMER_SERVICE)
    @Operation(operationId = "changeFaultReportStatus",
            summary = "Move the task on; IN_PROGRESS hands it to the maintenance partner (logged as a disclosure); 409 on a stale version")
    public FaultReportView changeStatus(@PathParam("id") UUID id, @NotNull @Valid FaultStatusRequest r) {
        return CustomerMapping.view(faults.changeStatus(id, CustomerMapping.faultStatus(r)), FaultReportService.today());
    }

    @GET
    @RolesAllowed({Roles.CUSTOMER_SERVICE, Roles.DPO})
    @Operation(operationId = "listFaultReports", summary = "Fault reports of one person (audited)")
    public List<FaultReportView> ofPerson(@QueryParam("personId") @NotNull UUID personId) {
        return faults.ofPerson(personId).stream().map(f -> CustomerMapping.view(f, FaultReportService.today())).toList();
    }
}
