package fi.kuopas.gateway.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import fi.kuopas.gateway.config.GatewayConfig;
import fi.kuopas.gateway.documents.CaseDocuments;
import fi.kuopas.gateway.documents.Documents;
import fi.kuopas.gateway.mapping.CaseMapping;
import fi.kuopas.gateway.rest.CaseDtos.AnswerRequest;
import fi.kuopas.gateway.rest.CaseDtos.CancellationRequest;
import fi.kuopas.gateway.rest.CaseDtos.IdentityDoubt;
import fi.kuopas.gateway.rest.CaseDtos.LiftNoticeRequest;
import fi.kuopas.gateway.rest.CaseDtos.RecipientNotificationRequest;
import fi.kuopas.gateway.rest.CaseDtos.RefusalDecision;
import fi.kuopas.gateway.rest.CaseDtos.RefusalRequest;
import fi.kuopas.gateway.rest.CaseDtos.ReportView;
import fi.kuopas.gateway.rest.CaseDtos.CaseView;
import fi.kuopas.gateway.rest.CaseDtos.ErasurePreviewView;
import fi.kuopas.gateway.rest.CaseDtos.ExtensionDecision;
import fi.kuopas.gateway.rest.CaseDtos.ExtensionRequest;
import fi.kuopas.gateway.rest.CaseDtos.MatchConfirmation;
import fi.kuopas.gateway.rest.CaseDtos.MatchDismissal;
import fi.kuopas.gateway.rest.CaseDtos.VerificationRequest;
import fi.kuopas.gateway.service.CaseActions;
import fi.kuopas.gateway.service.CaseQueries;
import fi.kuopas.gateway.service.CaseReportAssembler;
import fi.kuopas.gateway.service.PortabilityPackage;
import fi.kuopas.gateway.service.PrivacyNotices;
import fi.kuopas.privacy.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One case: its status per register, its result, and the DPO's decisions on it. */
@Path("/api/v1/data-subject-requests/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Data-subject requests")
@RolesAllowed(Roles.DPO)
public class CaseResource {

    private static final String INCOMPLETE = "Not complete: the problem lists the pending registers in pendingRegisters";

    private final CaseActions actions;
    private final CaseQueries queries;
    private final CaseReportAssembler reports;
    private final CaseDocuments documents;
    private final PrivacyNotices notices;
    private final ObjectMapper mapper;
    private final GatewayConfig config;

    public CaseResource(CaseActions actions, CaseQueries queries, CaseReportAssembler reports, CaseDocuments documents,
            PrivacyNotices notices, ObjectMapper mapper, GatewayConfig config) {
        this.config = config;
        this.actions = actions;
        this.queries = queries;
        this.reports = reports;
        this.documents = documents;
        this.notices = notices;
        this.mapper = mapper;
    }

    @GET
    @Operation(operationId = "getDataSubjectRequest", summary = "The case with its status overall and per register, and its history")
    @APIResponse(responseCode = "200", description = "The case", content = @Content(schema = @Schema(implementation = CaseView.class)))
    public CaseView get(@PathParam("id") UUID id) {
        return CaseMapping.view(queries.view(id));
    }

    @GET
    @Path("/report")
    @Operation(operationId = "getDataSubjectRequestReport", summary = "The result once every register has answered")
    @APIResponse(responseCode = "200", description = "The report", content = @Content(schema = @Schema(implementation = ReportView.class)))
    @APIResponse(responseCode = "409", description = INCOMPLETE,
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = IncompleteProblem.class)))
    public ReportView report(@PathParam("id") UUID id,
            @Parameter(description = "Language of the fixed texts: fi, sv or en", example = "fi")
            @QueryParam("lang") @DefaultValue("fi") String lang) {
        String language = PrivacyNotices.language(lang);
        return CaseMapping.report(reports.report(id, language, notices.descriptions(language)));
    }

    @GET
    @Path("/report/document")
    @Produces({MediaType.TEXT_HTML, "application/pdf"})
    @Operation(operationId = "getDataSubjectRequestReportDocument",
            summary = "The result as a document for the subject in fi, sv or en: a page (text/html) or PDF (Accept: application/pdf)")
    @APIResponse(responseCode = "200", description = "The report as a document", content = {
            @Content(mediaType = MediaType.TEXT_HTML), @Content(mediaType = "application/pdf")})
    @APIResponse(responseCode = "409", description = INCOMPLETE,
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = IncompleteProblem.class)))
    public Response reportDocument(@PathParam("id") UUID id,
            @Parameter(description = "Language of the document: fi, sv or en", example = "fi") @QueryParam("lang") @DefaultValue("fi") String lang,
            @Context Request request) {
        return documents.report(id, PrivacyNotices.language(lang), Documents.wantsPdf(request));
    }

    @GET
    @Path("/extension/document")
    @Produces({MediaType.TEXT_HTML, "application/pdf"})
    @Operation(operationId = "getExtensionNoticeDocument", summary = "Art 12(3): the extension notice for the subject as a page or PDF")
    @APIResponse(responseCode = "200", description = "The notice", content = {
            @Content(mediaType = MediaType.TEXT_HTML), @Content(mediaType = "application/pdf")})
    @APIResponse(responseCode = "409", description = "The deadline has not been extended")
    public Response extensionDocument(@PathParam("id") UUID id,
            @Parameter(description = "fi, sv or en", example = "fi") @QueryParam("lang") @DefaultValue("fi") String lang,
            @Context Request request) {
        return documents.extension(id, PrivacyNotices.language(lang), Documents.wantsPdf(request));
    }

    @GET
    @Path("/refusal/document")
    @Produces({MediaType.TEXT_HTML, "application/pdf"})
    @Operation(operationId = "getRefusalNoticeDocument", summary = "Art 12(4): the refusal notice for the subject as a page or PDF")
    @APIResponse(responseCode = "200", description = "The notice", content = {
            @Content(mediaType = MediaType.TEXT_HTML), @Content(mediaType = "application/pdf")})
    @APIResponse(responseCode = "409", description = "The request has not been refused")
    public Response refusalDocument(@PathParam("id") UUID id,
            @Parameter(description = "fi, sv or en", example = "fi") @QueryParam("lang") @DefaultValue("fi") String lang,
            @Context Request request) {
        return documents.refusal(id, PrivacyNotices.language(lang), Documents.wantsPdf(request));
    }

    /** The page used to be served here for Accept: text/html; kept as a redirect for one version. */
    @GET
    @Path("/report")
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response reportPageMoved(@PathParam("id") UUID id, @QueryParam("lang") @DefaultValue("fi") String lang) {
        String language = PrivacyNotices.language(lang);
        return Response.seeOther(UriBuilder.fromPath("/api/v1/data-subject-requests/{id}/report/document")
                .queryParam("lang", language).build(id)).build();
    }

    @GET
    @Path("/portability-package")
    @Produces("application/zip")
    @Operation(operationId = "getPortabilityPackage", summary = "Art 20: the subject's portable data as JSON and CSV in one ZIP, with README")
    @APIResponse(responseCode = "200", description = "ZIP with data.json (schema " + PortabilityPackage.SCHEMA_PATH
            + "), data.csv (columns " + PortabilityPackage.CSV_COLUMNS_PATH + ") and README.txt",
            content = @Content(mediaType = "application/zip", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "409", description = "Not a PORTABILITY case, or not complete",
            content = @Content(mediaType = "application/problem+json"))
    public Response portabilityPackage(@PathParam("id") UUID id) {
        byte[] zip = PortabilityPackage.zip(id, reports.portability(id), mapper);
        return Response.ok(zip, "application/zip")
                .header("Content-Disposition", "attachment; filename=\"portability-" + id + ".zip\"")
                .header("Cache-Control", "no-store").build();
    }

    @GET
    @Path("/erasure-preview")
    @Operation(operationId = "getErasurePreview", summary = "What each register would erase and keep (dry run); nothing erased yet")
    @APIResponse(responseCode = "200", description = "The preview",
            content = @Content(schema = @Schema(implementation = ErasurePreviewView.class)))
    @APIResponse(responseCode = "409", description = INCOMPLETE,
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = IncompleteProblem.class)))
    public ErasurePreviewView erasurePreview(@PathParam("id") UUID id) {
        return CaseMapping.erasurePreview(reports.erasurePreview(id));
    }

    @POST
    @Path("/answer")
    @Operation(operationId = "answerDataSubjectRequest", summary = "Record that and how the subject was answered (Art 12(1)); stops the case counting as overdue")
    @APIResponse(responseCode = "200", description = "Recorded", content = @Content(schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "409", description = "Already answered, or not completed or refused yet",
            content = @Content(mediaType = "application/problem+json"))
    public CaseView answer(@PathParam("id") UUID id, @NotNull @Valid AnswerRequest request) {
        actions.answer(id, CaseMapping.answer(request));
        return CaseMapping.view(queries.view(id));
    }

    @POST
    @Path("/refusal")
    @Operation(operationId = "refuseDataSubjectRequest", summary = "Refuse with a ground and reasons (Art 12(4), 12(5), 11(2)); returns the notice for the subject")
    @APIResponse(responseCode = "200", description = "Refused; the notice to send (then record the answer)",
            content = @Content(schema = @Schema(implementation = RefusalDecision.class)))
    @APIResponse(responseCode = "409", description = "The case is closed, or identity is verified and the ground is IDENTITY_NOT_ESTABLISHED",
            content = @Content(mediaType = "application/problem+json"))
    public RefusalDecision refuse(@PathParam("id") UUID id, @NotNull @Valid RefusalRequest request) {
        return CaseMapping.refusalDecision(actions.refuse(id, CaseMapping.refusal(request)), config.zone());
    }

    @POST
    @Path("/identity-doubt")
    @Operation(operationId = "recordIdentityDoubt", summary = "Art 12(6): record a reasonable doubt about identity and the request for information sent; the clock stops")
    @APIResponse(responseCode = "200", description = "Recorded; the clock is stopped", content = @Content(schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "409", description = "Identity already verified, or the clock already stopped",
            content = @Content(mediaType = "application/problem+json"))
    public CaseView doubt(@PathParam("id") UUID id, @NotNull @Valid IdentityDoubt request) {
        actions.doubt(id, CaseMapping.doubt(request));
        return CaseMapping.view(queries.view(id));
    }

    @POST
    @Path("/lift-notice")
    @Operation(operationId = "recordRestrictionLiftNotice", summary = "Art 18(3): record that the subject was told before the restriction is lifted; the registers then lift it")
    @APIResponse(responseCode = "200", description = "Recorded; the registers are asked", content = @Content(schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "409", description = "The case does not lift a restriction, or the notice is already recorded",
            content = @Content(mediaType = "application/problem+json"))
    public CaseView liftNotice(@PathParam("id") UUID id, @NotNull @Valid LiftNoticeRequest request) {
        actions.recordLiftNotice(id, CaseMapping.liftNotice(request));
        return CaseMapping.view(queries.view(id));
    }

    @POST
    @Path("/recipient-notifications/{notificationId}")
    @Operation(operationId = "recordRecipientNotification", summary = "Art 19: a recipient was told of the change, or why that is not needed")
    @APIResponse(responseCode = "200", description = "Recorded", content = @Content(schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "409", description = "Already decided", content = @Content(mediaType = "application/problem+json"))
    public CaseView recipientNotification(@PathParam("id") UUID id, @PathParam("notificationId") UUID notificationId,
            @NotNull @Valid RecipientNotificationRequest request) {
        actions.decideRecipient(id, notificationId, CaseMapping.recipientDecision(request));
        return CaseMapping.view(queries.view(id));
    }

    @POST
    @Path("/erasure-approval")
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "approveErasure", summary = "Four-eyes: a second DPO (not the one who opened the case) approves executing the previewed erasure")
    @APIResponse(responseCode = "200", description = "Approved; the erasure can now be executed",
            content = @Content(schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "409", description = "Not previewed yet, already approved, or the approver opened the case",
            content = @Content(mediaType = "application/problem+json"))
    public CaseView approveErasure(@PathParam("id") UUID id) {
        actions.approveErasure(id);
        return CaseMapping.view(queries.view(id));
    }

    @POST
    @Path("/possible-matches/{matchId}/confirmation")
    @Operation(operationId = "confirmPossibleMatch", summary = "Record how the subject proved the identifier that matched; every register is asked again")
    @APIResponse(responseCode = "200", description = "Confirmed; a new round of register calls started",
            content = @Content(schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "409", description = "Already decided, the case is closed, or the match was on name and birth date alone",
            content = @Content(mediaType = "application/problem+json"))
    public CaseView confirmMatch(@PathParam("id") UUID id, @PathParam("matchId") UUID matchId,
            @NotNull @Valid MatchConfirmation request) {
        actions.confirmMatch(id, matchId, CaseMapping.proof(request));
        return CaseMapping.view(queries.view(id));
    }

    @POST
    @Path("/possible-matches/{matchId}/dismissal")
    @Operation(operationId = "dismissPossibleMatch", summary = "Record that a possible match is not the subject's, with the reason")
    @APIResponse(responseCode = "200", description = "Dismissed", content = @Content(schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "409", description = "Already decided or the case is closed",
            content = @Content(mediaType = "application/problem+json"))
    public CaseView dismissMatch(@PathParam("id") UUID id, @PathParam("matchId") UUID matchId,
            @NotNull @Valid MatchDismissal request) {
        actions.dismissMatch(id, matchId, request.reason());
        return CaseMapping.view(queries.view(id));
    }

    @POST
    @Path("/erasure-execution")
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "executeErasure", summary = "After the preview and a second DPO's approval, have every register erase for real")
    @APIResponse(responseCode = "409", description = "Not previewed, possible matches undecided, or not approved by a second DPO",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "202", description = "Erasure started; the case completes when every register has answered",
            content = @Content(schema = @Schema(implementation = CaseView.class)))
    public Response executeErasure(@PathParam("id") UUID id) {
        actions.executeErasure(id);
        return Response.accepted(CaseMapping.view(queries.view(id))).build();
    }

    @POST
    @Path("/verification")
    @Operation(operationId = "recordIdentityVerification", summary = "Record how identity was verified; the deadline clock resumes and registers are asked")
    @APIResponse(responseCode = "200", description = "Recorded", content = @Content(schema = @Schema(implementation = CaseView.class)))
    public CaseView verify(@PathParam("id") UUID id, @NotNull @Valid VerificationRequest request) {
        actions.verify(id, CaseMapping.verification(request));
        return CaseMapping.view(queries.view(id));
    }

    @POST
    @Path("/extension")
    @Operation(operationId = "extendDataSubjectRequest", summary = "Extend the deadline once by up to two months, with reasons (Art 12(3))")
    @APIResponse(responseCode = "200", description = "Extended; the notice to send to the subject",
            content = @Content(schema = @Schema(implementation = ExtensionDecision.class)))
    public ExtensionDecision extend(@PathParam("id") UUID id, @NotNull @Valid ExtensionRequest request) {
        return CaseMapping.extensionDecision(actions.extend(id, CaseMapping.extension(request)), config.zone());
    }

    @POST
    @Path("/cancellation")
    @Operation(operationId = "cancelDataSubjectRequest", summary = "Cancel the case (e.g. withdrawn by the subject); pending register calls stop")
    @APIResponse(responseCode = "200", description = "Cancelled", content = @Content(schema = @Schema(implementation = CaseView.class)))
    public CaseView cancel(@PathParam("id") UUID id, @NotNull @Valid CancellationRequest request) {
        actions.cancel(id, request.reason());
        return CaseMapping.view(queries.view(id));
    }
}
