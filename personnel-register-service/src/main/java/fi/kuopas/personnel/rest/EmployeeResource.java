package fi.kuopas.personnel.rest;

import fi.kuopas.personnel.rest.EmployeeDtos.ContractRequest;
import fi.kuopas.personnel.rest.EmployeeDtos.ContractView;
import fi.kuopas.personnel.rest.EmployeeDtos.CreateEmployee;
import fi.kuopas.personnel.rest.EmployeeDtos.EmployeeView;
import fi.kuopas.personnel.rest.EmployeeDtos.IdentityCodeLink;
import fi.kuopas.personnel.rest.EmployeeDtos.UpdateEmployee;
import fi.kuopas.personnel.rest.EmployeeDtos.WorkingTimeRequest;
import fi.kuopas.personnel.rest.EmployeeDtos.WorkingTimeView;
import fi.kuopas.personnel.mapping.EmployeeMapping;
import fi.kuopas.personnel.service.EmployeeService;
import fi.kuopas.personnel.service.EmploymentService;
import fi.kuopas.privacy.security.Roles;
import fi.kuopas.privacy.web.Paging;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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

/**
 * Employees, contracts and working time. HR sees everyone; a supervisor sees only their direct
 * reports and never health, identity-code or pay data. An employee outside the caller's team
 * answers 404, the same as an id that does not exist.
 */
@Path("/api/v1/employees")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Employees", description = "Employee data, employment contracts, working-time and leave summaries")
public class EmployeeResource {

    private final EmployeeService employees;
    private final EmploymentService employment;

    public EmployeeResource(EmployeeService employees, EmploymentService employment) {
        this.employees = employees;
        this.employment = employment;
    }

    @POST
    @RolesAllowed(Roles.HR)
    @Operation(operationId = "createEmployee", summary = "Add an employee; data from elsewhere than the employee must name its source")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = EmployeeView.class)))
    @APIResponse(responseCode = "422", ref = "BadRequest", description = "Source missing, consent given as basis, unknown supervisor")
    public Response create(@NotNull @Valid CreateEmployee request) {
        EmployeeView created = EmployeeMapping.employee(employees.create(EmployeeMapping.employee(request)));
        return Response.created(URI.create("/api/v1/employees/" + created.id())).entity(created).build();
    }

    @GET
    @RolesAllowed({Roles.HR, Roles.SUPERVISOR})
    @Operation(operationId = "listEmployees", summary = "HR: all employees; supervisor: own direct reports")
    public List<EmployeeView> list(@QueryParam("team") @Size(max = 100) String team,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(Paging.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        return employees.list(team, page, size).stream().map(EmployeeMapping::employee).toList();
    }

    @POST
    @Path("/search")
    @RolesAllowed(Roles.HR)
    @Operation(operationId = "searchEmployees", summary = "Find an employee by personal identity code (empty list if none)")
    public List<EmployeeView> search(@NotNull @Valid EmployeeDtos.Search request) {
        return employees.search(request.personalIdentityCode()).stream().map(EmployeeMapping::employee).toList();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.HR, Roles.SUPERVISOR})
    @Operation(operationId = "getEmployee", summary = "One employee, as far as the caller's role allows")
    public EmployeeView get(@PathParam("id") UUID id) {
        return EmployeeMapping.employee(employees.get(id));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.HR)
    @Operation(operationId = "updateEmployee", summary = "Replace the editable fields; 409 if the version is stale")
    public EmployeeView update(@PathParam("id") UUID id, @NotNull @Valid UpdateEmployee request) {
        return EmployeeMapping.employee(employees.update(id, EmployeeMapping.change(request)));
    }

    @PUT
    @Path("/{id}/identity-code")
    @RolesAllowed(Roles.HR)
    @Operation(operationId = "linkEmployeeIdentityCode",
            summary = "Link the permanent identity code of an employee recorded with a temporary one (900-999); "
                    + "the temporary code stays an alias the employee is still found by")
    public EmployeeView linkIdentityCode(@PathParam("id") UUID id, @NotNull @Valid IdentityCodeLink request) {
        return EmployeeMapping.employee(employees.linkIdentityCode(id, EmployeeMapping.link(request)));
    }

    @POST
    @Path("/{id}/contracts")
    @RolesAllowed(Roles.HR)
    @Operation(operationId = "addEmploymentContract", summary = "Record an employment contract; the end may not be before the start")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = ContractView.class)))
    public Response addContract(@PathParam("id") UUID id, @NotNull @Valid ContractRequest request) {
        return Response.status(201).entity(EmployeeMapping.contract(employment.addContract(id, EmployeeMapping.contract(request)))).build();
    }

    @GET
    @Path("/{id}/contracts")
    @RolesAllowed({Roles.HR, Roles.SUPERVISOR})
    @Operation(operationId = "listEmploymentContracts", summary = "The employee's contracts")
    public List<ContractView> contracts(@PathParam("id") UUID id) {
        return employment.contracts(id).stream().map(EmployeeMapping::contract).toList();
    }

    @PUT
    @Path("/{id}/working-time/{period}")
    @RolesAllowed(Roles.HR)
    @Operation(operationId = "putWorkingTime", summary = "Record or replace one month's working-time and leave summary")
    public WorkingTimeView putWorkingTime(@PathParam("id") UUID id, @PathParam("period") String period,
            @NotNull @Valid WorkingTimeRequest request) {
        return EmployeeMapping.workingTime(employment.putWorkingTime(id, period, EmployeeMapping.workingTime(request)));
    }

    @GET
    @Path("/{id}/working-time")
    @RolesAllowed({Roles.HR, Roles.SUPERVISOR})
    @Operation(operationId = "listWorkingTime", summary = "Monthly working-time and leave summaries (no absence reasons)")
    public List<WorkingTimeView> workingTime(@PathParam("id") UUID id) {
        return employment.workingTime(id).stream().map(EmployeeMapping::workingTime).toList();
    }
}
