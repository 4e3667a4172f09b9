package fi.kuopas.customer.rest;

import fi.kuopas.customer.mapping.CustomerMapping;
import fi.kuopas.customer.rest.TenantServiceDtos.SurveyResponseRequest;
import fi.kuopas.customer.rest.TenantServiceDtos.SurveyResponseView;
import fi.kuopas.customer.service.SurveyService;
import fi.kuopas.privacy.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
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

@Path("/api/v1/survey-responses")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Surveys", description = "Customer-satisfaction and other survey responses (legitimate interest; objection stops them)")
public class SurveyResource {

    private final SurveyService surveys;

    public SurveyResource(SurveyService surveys) {
        this.surveys = surveys;
    }

    @POST
    @RolesAllowed(Roles.CUSTOMER_SERVICE)
    @Operation(operationId = "recordSurveyResponse", summary = "Store a survey response; 409 if the person has objected to surveys (Art 21)")
    @APIResponse(responseCode = "201", description = "Stored", content = @Content(schema = @Schema(implementation = SurveyResponseView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict", description = "Objection to surveys in force, or processing restricted")
    public Response record(@NotNull @Valid SurveyResponseRequest r) {
        SurveyResponseView v = CustomerMapping.view(surveys.record(CustomerMapping.surveyAnswer(r)));
        return Response.created(URI.create("/api/v1/survey-responses/" + v.id())).entity(v).build();
    }

    @GET
    @RolesAllowed({Roles.CUSTOMER_SERVICE, Roles.DPO})
    @Operation(operationId = "listSurveyResponses", summary = "Survey responses of one person (audited)")
    public List<SurveyResponseView> ofPerson(@QueryParam("personId") @NotNull UUID personId) {
        return surveys.ofPerson(personId).stream().map(CustomerMapping::view).toList();
    }
}
