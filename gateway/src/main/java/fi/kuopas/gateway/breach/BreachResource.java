package fi.kuopas.gateway.breach;

import fi.kuopas.gateway.breach.BreachDtos.AuthorityNotification;
import fi.kuopas.gateway.breach.BreachDtos.BreachAssessment;
import fi.kuopas.gateway.breach.BreachDtos.BreachRequest;
import fi.kuopas.gateway.breach.BreachDtos.BreachView;
import fi.kuopas.gateway.breach.BreachDtos.SubjectCommunication;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The breach register (GDPR Art 33(5), 33, 34). Role dpo. */
@Path("/api/v1/breaches")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Breach register", description = "Personal-data breaches, the 72-hour notification clock and the Art 34 decision")
@RolesAllowed(Roles.DPO)
public class BreachResource {

    private static final String CONFLICT = "Already decided, or a dismissed candidate";

    private final BreachRegister breaches;

    public BreachResource(BreachRegister breaches) {
        this.breaches = breaches;
    }

    @POST
    @Operation(operationId = "recordBreach", summary = "Record a breach; the 72-hour clock runs from awareAt")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(schema = @Schema(implementation = BreachView.class)))
    public Response record(@NotNull @Valid BreachRequest request) {
        BreachView b = breaches.record(request);
        return Response.created(URI.create("/api/v1/breaches/" + b.id())).entity(b).build();
    }

    @GET
    @Operation(operationId = "listBreaches", summary = "The breach register, newest awareness first")
    @APIResponse(responseCode = "200", description = "Breaches",
            content = @Content(schema = @Schema(implementation = BreachView.class, type = SchemaType.ARRAY)))
    public List<BreachView> list(@QueryParam("status") Breach.Status status,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(Paging.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        return breaches.list(status, page, size);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getBreach", summary = "One breach with its history")
    @APIResponse(responseCode = "200", description = "The breach", content = @Content(schema = @Schema(implementation = BreachView.class)))
    public BreachView get(@PathParam("id") UUID id) {
        return breaches.get(id);
    }

    @POST
    @Path("/{id}/assessment")
    @Operation(operationId = "assessBreachCandidate", summary = "Confirm a candidate as a breach or dismiss it, with reasons")
    @APIResponse(responseCode = "200", description = "Assessed", content = @Content(schema = @Schema(implementation = BreachView.class)))
    @APIResponse(responseCode = "409", description = "Not a candidate", content = @Content(mediaType = "application/problem+json"))
    public BreachView assess(@PathParam("id") UUID id, @NotNull @Valid BreachAssessment request) {
        return breaches.assess(id, request);
    }

    @POST
    @Path("/{id}/authority-notification")
    @Operation(operationId = "recordBreachAuthorityDecision", summary = "Art 33: notified to the Data Protection Ombudsman, or the reasoned decision not to")
    @APIResponse(responseCode = "200", description = "Recorded", content = @Content(schema = @Schema(implementation = BreachView.class)))
    @APIResponse(responseCode = "409", description = CONFLICT, content = @Content(mediaType = "application/problem+json"))
    public BreachView authority(@PathParam("id") UUID id, @NotNull @Valid AuthorityNotification request) {
        return breaches.authority(id, request);
    }

    @POST
    @Path("/{id}/subject-communication")
    @Operation(operationId = "recordBreachSubjectDecision", summary = "Art 34: the subjects were told, or why that is not required")
    @APIResponse(responseCode = "200", description = "Recorded", content = @Content(schema = @Schema(implementation = BreachView.class)))
    @APIResponse(responseCode = "409", description = CONFLICT, content = @Content(mediaType = "application/problem+json"))
    public BreachView subjects(@PathParam("id") UUID id, @NotNull @Valid SubjectCommunication request) {
        return breaches.subjects(id, request);
    }
}
