package fi.kuopas.consent.rest;

import fi.kuopas.consent.mapping.ConsentMapping;
import fi.kuopas.consent.rest.ConsentDtos.GrantRequest;
import fi.kuopas.consent.rest.ConsentDtos.RecordView;
import fi.kuopas.consent.rest.ConsentDtos.RefuseRequest;
import fi.kuopas.consent.rest.ConsentDtos.StateView;
import fi.kuopas.consent.rest.ConsentDtos.SubjectQuery;
import fi.kuopas.consent.rest.ConsentDtos.WithdrawRequest;
import fi.kuopas.consent.service.ConsentService;
import fi.kuopas.consent.service.SubjectResolver;
import fi.kuopas.privacy.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PathParam;
import java.net.URI;
import java.util.UUID;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Consents (Art 7). Subjects are named in request bodies, never in URLs, so identity codes do
 * not end up in access logs of proxies.
 */
@Path("/api/v1/consents")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Consents", description = "Grant, withdraw, refuse and read consents with their evidence")
public class ConsentResource {

    private final ConsentService consents;
    private final SubjectResolver subjects;

    public ConsentResource(ConsentService consents, SubjectResolver subjects) {
        this.consents = consents;
        this.subjects = subjects;
    }

    @POST
    @RolesAllowed({Roles.CUSTOMER_SERVICE, Roles.STAKEHOLDER_RELATIONS, Roles.CONSENT_COLLECTOR, Roles.DPO})
    @Operation(operationId = "grantConsent", summary = "Record a consent with its evidence; idempotent on requestId")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(schema = @Schema(implementation = RecordView.class)))
    @APIResponse(responseCode = "200", description = "A repeat of an earlier requestId; the first answer",
            content = @Content(schema = @Schema(implementation = RecordView.class)))
    @APIResponse(responseCode = "422", ref = "BadRequest", description = "Unknown purpose or notice version, guardian missing")
    public Response grant(@NotNull @Valid GrantRequest request) {
        ConsentService.Outcome outcome = consents.grant(ConsentMapping.grant(request));
        return Response.status(outcome.created() ? 201 : 200)
                .location(URI.create("/api/v1/consents/" + outcome.record().id))
                .entity(ConsentMapping.record(outcome.record())).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.CUSTOMER_SERVICE, Roles.STAKEHOLDER_RELATIONS, Roles.DPO})
    @Operation(operationId = "getConsentRecord", summary = "One grant or withdrawal with its evidence (audited)")
    public RecordView get(@PathParam("id") UUID id) {
        return ConsentMapping.record(consents.record(id));
    }

    @POST
    @Path("/withdrawals")
    @RolesAllowed({Roles.CUSTOMER_SERVICE, Roles.STAKEHOLDER_RELATIONS, Roles.CONSENT_COLLECTOR, Roles.DPO})
    @Operation(operationId = "withdrawConsent", summary = "Withdraw a consent: one call, as easy as granting (Art 7(3))")
    @APIResponse(responseCode = "201", description = "Withdrawn",
            content = @Content(schema = @Schema(implementation = RecordView.class)))
    @APIResponse(responseCode = "200", description = "A repeat of an earlier requestId",
            content = @Content(schema = @Schema(implementation = RecordView.class)))
    public Response withdraw(@NotNull @Valid WithdrawRequest request) {
        ConsentService.Outcome outcome = consents.withdraw(ConsentMapping.withdraw(request));
        return Response.status(outcome.created() ? 201 : 200).entity(ConsentMapping.record(outcome.record())).build();
    }

    @POST
    @Path("/refusals")
    @RolesAllowed({Roles.CUSTOMER_SERVICE, Roles.STAKEHOLDER_RELATIONS, Roles.CONSENT_COLLECTOR, Roles.DPO})
    @Operation(operationId = "refuseConsent",
            summary = "Record a refusal (e.g. rejected cookies) with its evidence and the notice shown; idempotent on requestId")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(schema = @Schema(implementation = RecordView.class)))
    @APIResponse(responseCode = "200", description = "A repeat of an earlier requestId",
            content = @Content(schema = @Schema(implementation = RecordView.class)))
    public Response refuse(@NotNull @Valid RefuseRequest request) {
        ConsentService.Outcome outcome = consents.refuse(ConsentMapping.refuse(request));
        return Response.status(outcome.created() ? 201 : 200)
                .location(URI.create("/api/v1/consents/" + outcome.record().id))
                .entity(ConsentMapping.record(outcome.record())).build();
    }

    @POST
    @Path("/state")
    @RolesAllowed({Roles.CUSTOMER_SERVICE, Roles.STAKEHOLDER_RELATIONS, Roles.CONSENT_COLLECTOR, Roles.DPO})
    @Operation(operationId = "getConsentState", summary = "Current consent per purpose for a subject or device")
    public List<StateView> state(@NotNull @Valid SubjectQuery query) {
        Instant now = Instant.now();
        return consents.currentState(subjects.keysOf(query.subject(), query.deviceId())).stream()
                .map(s -> ConsentMapping.state(s, now)).toList();
    }

    @POST
    @Path("/history")
    @RolesAllowed({Roles.CUSTOMER_SERVICE, Roles.STAKEHOLDER_RELATIONS, Roles.DPO})
    @Operation(operationId = "getConsentHistory", summary = "Full append-only consent history with evidence")
    public List<RecordView> history(@NotNull @Valid SubjectQuery query) {
        return consents.history(subjects.keysOf(query.subject(), query.deviceId())).stream()
                .map(ConsentMapping::record).toList();
    }
}
