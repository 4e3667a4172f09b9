package fi.kuopas.personnel.rest;

import fi.kuopas.personnel.rest.HealthDtos.AbsenceRequest;
import fi.kuopas.personnel.rest.HealthDtos.AbsenceView;
import fi.kuopas.personnel.mapping.EmployeeMapping;
import fi.kuopas.personnel.service.HealthService;
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

/**
 * The separate health store. HR and supervisors reach the endpoint only to be told why they may
 * not read it: the hr-health role is required (Act 759/2004 §5).
 */
@Path("/api/v1/health")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Health store", description = "Absences with health information, kept separately (Act 759/2004 §5)")
@RolesAllowed({Roles.HR_HEALTH, Roles.HR, Roles.SUPERVISOR})
public class HealthResource {

    private final HealthService health;

    public HealthResource(HealthService health) {
        this.health = health;
    }

    @POST
    @Path("/absences")
    @Operation(operationId = "recordAbsence", summary = "Record an absence with its health information (hr-health only)")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(schema = @Schema(implementation = AbsenceView.class)))
    public Response record(@NotNull @Valid AbsenceRequest request) {
        return Response.status(201).entity(EmployeeMapping.absence(health.record(EmployeeMapping.absence(request)))).build();
    }

    @GET
    @Path("/employees/{id}/absences")
    @Operation(operationId = "listAbsences", summary = "An employee's absences with health information (hr-health only)")
    public List<AbsenceView> absences(@PathParam("id") UUID employeeId) {
        return health.absences(employeeId).stream().map(EmployeeMapping::absence).toList();
    }
}
