package fi.kuopas.consent.rest;

import fi.kuopas.consent.domain.Objection;
import fi.kuopas.consent.service.ObjectionService;
import fi.kuopas.privacy.security.Roles;
import fi.kuopas.privacy.subject.SubjectIdentifiers;
import fi.kuopas.privacy.subject.SubjectKeys;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/objections")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Objections", description = "Art 21 objections to direct marketing and legitimate-interest processing")
public class ObjectionResource {

    private final ObjectionService objections;
    private final SubjectKeys keys;

    public ObjectionResource(ObjectionService objections, SubjectKeys keys) {
        this.objections = objections;
        this.keys = keys;
    }

    @Schema(name = "ObjectionRequest")
    public record ObjectionRequest(
            @NotNull @Valid SubjectIdentifiers subject,
            @NotNull Objection.Scope scope,
            @Size(max = 60) @Schema(description = "Purpose code; optional for direct marketing (then all of it)", example = "customer-surveys") String purpose,
            @Schema(description = "STOP or COMPELLING_GROUNDS for legitimate interest; ignored for direct marketing") Objection.Decision decision,
            @Size(max = 2000) @Schema(description = "The subject's grounds") String grounds,
            @Size(max = 2000) @Schema(description = "Required for COMPELLING_GROUNDS") String decisionReason) {
    }

    @Schema(name = "ObjectionView")
    public record ObjectionView(UUID id, String subjectKey, String purpose, String scope, String decision, Instant recordedAt) {
    }

    @POST
    @Transactional
    @RolesAllowed({Roles.CUSTOMER_SERVICE, Roles.STAKEHOLDER_RELATIONS, Roles.DPO})
    @Operation(operationId = "recordObjection", summary = "Record an objection and its decision; direct marketing is suppressed for good")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(schema = @Schema(implementation = ObjectionView.class)))
    public Response record(@NotNull @Valid ObjectionRequest request) {
        Objection o = objections.record(request.subject().primaryKey(keys), request.scope(), request.purpose(),
                request.decision(), request.grounds(), request.decisionReason(), null);
        return Response.status(201).entity(new ObjectionView(o.id, o.subjectKey, o.purposeCode, o.scope.name(),
                o.decision.name(), o.recordedAt)).build();
    }
}
