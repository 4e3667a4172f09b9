package fi.kuopas.stakeholder.rest;

import fi.kuopas.privacy.problem.ProblemException;
import fi.kuopas.privacy.security.Caller;
import fi.kuopas.privacy.security.Roles;
import fi.kuopas.privacy.subject.SubjectKeys;
import fi.kuopas.stakeholder.domain.Suppression;
import fi.kuopas.stakeholder.rest.StakeholderDtos.SuppressionRequest;
import fi.kuopas.stakeholder.rest.StakeholderDtos.SuppressionView;
import fi.kuopas.stakeholder.service.SuppressionService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Suppressions asked for directly (an "unsubscribe" reply). Only subject keys are stored. */
@Path("/api/v1/suppressions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Suppression list", description = "People who must not be mailed")
@RolesAllowed(Roles.STAKEHOLDER_RELATIONS)
public class SuppressionResource {

    private final SuppressionService suppressions;
    private final SubjectKeys keys;
    private final Caller actor;

    public SuppressionResource(SuppressionService suppressions, SubjectKeys keys, Caller actor) {
        this.suppressions = suppressions;
        this.keys = keys;
        this.actor = actor;
    }

    @POST
    @Transactional
    @Operation(operationId = "addSuppression", summary = "Suppress an email and/or phone from consent-based or all mailings")
    @APIResponse(responseCode = "201", description = "Suppressed", content = @Content(schema = @Schema(implementation = SuppressionView.class)))
    public Response suppress(@NotNull @Valid SuppressionRequest request) {
        List<String> subjectKeys = new ArrayList<>();
        if (request.email() != null && !request.email().isBlank()) {
            subjectKeys.add(keys.ofEmail(request.email()));
        }
        if (request.phone() != null && !request.phone().isBlank()) {
            subjectKeys.add(keys.ofPhone(request.phone()));
        }
        if (subjectKeys.isEmpty()) {
            throw ProblemException.badRequest("give an email or a phone number to suppress");
        }
        var applied = suppressions.suppress(subjectKeys, request.scope(), Suppression.Reason.REQUEST, null,
                "user:" + actor.name());
        return Response.status(201)
                .entity(new SuppressionView(applied.subjectKeys(), request.scope(), applied.membershipsRemoved())).build();
    }
}
