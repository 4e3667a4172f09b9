package fi.kuopas.gateway.rest;

import fi.kuopas.gateway.domain.CaseStatus;
import fi.kuopas.gateway.mapping.CaseMapping;
import fi.kuopas.gateway.rest.CaseDtos.CaseCreated;
import fi.kuopas.gateway.rest.CaseDtos.CaseSummary;
import fi.kuopas.gateway.rest.CaseDtos.OpenCaseRequest;
import fi.kuopas.gateway.service.CaseActions;
import fi.kuopas.gateway.service.CaseQueries;
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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Opening and listing data-subject request cases (stable contract, docs/architecture.md). */
@Path("/api/v1/data-subject-requests")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Data-subject requests", description = "Cases under GDPR Arts 15–21 across every register, with the Art 12(3) deadline")
@RolesAllowed(Roles.DPO)
public class CaseCollectionResource {

    private static final String EXAMPLE = """
            {"type": "ACCESS",
             "subject": {"personalIdentityCode": "131052-308T", "email": "demo.subject@example.fi",
                         "phone": "+358401234567", "name": "Matti Meikäläinen", "birthDate": "1952-10-13"},
             "verification": {"method": "STRONG_ELECTRONIC_IDENTIFICATION", "reference": "suomi.fi tx 7f3a-22c1"},
             "details": "Haluan tietää, mitä tietoja minusta on tallennettu."}""";

    private final CaseActions actions;
    private final CaseQueries queries;

    public CaseCollectionResource(CaseActions actions, CaseQueries queries) {
        this.actions = actions;
        this.queries = queries;
    }

    @POST
    @Operation(operationId = "openDataSubjectRequest", summary = "Open a case; every register is asked once identity is verified")
    @RequestBody(content = @Content(schema = @Schema(implementation = OpenCaseRequest.class),
            examples = @ExampleObject(name = "access", value = EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Opened; Location names the case",
            content = @Content(schema = @Schema(implementation = CaseCreated.class)))
    public Response open(@NotNull @Valid OpenCaseRequest request) {
        CaseCreated created = CaseMapping.created(actions.open(CaseMapping.open(request)));
        return Response.created(URI.create("/api/v1/data-subject-requests/" + created.id())).entity(created).build();
    }

    @GET
    @Operation(operationId = "listDataSubjectRequests", summary = "Cases by deadline: filter by status, overdue (not answered by the due date), due soon, answered, or follow-up")
    @APIResponse(responseCode = "200", description = "Cases, earliest deadline first",
            content = @Content(schema = @Schema(implementation = CaseSummary.class, type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY)))
    public List<CaseSummary> list(
            @Parameter(description = "Only cases in this status") @QueryParam("status") CaseStatus status,
            @Parameter(description = "true: only open cases past their deadline; false: only cases that are not") @QueryParam("overdue") Boolean overdue,
            @Parameter(description = "true: only unanswered cases due within kuopas.gateway.due-soon-days") @QueryParam("dueSoon") Boolean dueSoon,
            @Parameter(description = "true: only cases answered to the subject; false: only unanswered ones") @QueryParam("answered") Boolean answered,
            @Parameter(description = "true: only cases whose clock has been stopped for more than 14 days") @QueryParam("followUp") Boolean followUp,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(Paging.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        return CaseMapping.summaries(queries.list(status, overdue, dueSoon, answered, followUp, page, size));
    }
}
