package fi.kuopas.personnel.rest;

import fi.kuopas.personnel.rest.EmployeeDtos.IdentityCodeLink;
import fi.kuopas.personnel.rest.RecruitmentDtos.ApplicantView;
import fi.kuopas.personnel.rest.RecruitmentDtos.ApplicationView;
import fi.kuopas.personnel.rest.RecruitmentDtos.AssessmentRequest;
import fi.kuopas.personnel.rest.RecruitmentDtos.AssessmentView;
import fi.kuopas.personnel.rest.RecruitmentDtos.ConsentRequest;
import fi.kuopas.personnel.rest.RecruitmentDtos.ConsentView;
import fi.kuopas.personnel.rest.RecruitmentDtos.CreditCheckRequest;
import fi.kuopas.personnel.rest.RecruitmentDtos.CreditCheckView;
import fi.kuopas.personnel.rest.RecruitmentDtos.Decision;
import fi.kuopas.personnel.rest.RecruitmentDtos.InterviewNotes;
import fi.kuopas.personnel.rest.RecruitmentDtos.ReferenceCheckRequest;
import fi.kuopas.personnel.rest.RecruitmentDtos.ReferenceCheckView;
import fi.kuopas.personnel.mapping.EmployeeMapping;
import fi.kuopas.personnel.mapping.RecruitmentMapping;
import fi.kuopas.personnel.service.ApplicationService;
import fi.kuopas.personnel.service.EvidenceService;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One application and what is added to it during recruitment. HR only. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Recruitment")
@RolesAllowed(Roles.HR)
public class ApplicationResource {

    private final ApplicationService applications;
    private final EvidenceService evidence;

    public ApplicationResource(ApplicationService applications, EvidenceService evidence) {
        this.applications = applications;
        this.evidence = evidence;
    }

    @GET
    @Path("/applications/{id}")
    @Operation(operationId = "getApplication", summary = "An application with its notes, consents and checks")
    public ApplicationView get(@PathParam("id") UUID id) {
        return RecruitmentMapping.application(applications.get(id));
    }

    @PUT
    @Path("/applications/{id}/interview-notes")
    @Operation(operationId = "putInterviewNotes", summary = "Replace the interview notes; 409 if the version is stale")
    public ApplicationView notes(@PathParam("id") UUID id, @NotNull @Valid InterviewNotes request) {
        return RecruitmentMapping.application(applications.notes(id, RecruitmentMapping.notes(request)));
    }

    @PUT
    @Path("/applications/{id}/decision")
    @Operation(operationId = "decideApplication", summary = "Record the selection decision and when the applicant was told")
    public ApplicationView decide(@PathParam("id") UUID id, @NotNull @Valid Decision request) {
        return RecruitmentMapping.application(applications.decide(id, RecruitmentMapping.decision(request)));
    }

    @PUT
    @Path("/applicants/{id}/identity-code")
    @Operation(operationId = "linkApplicantIdentityCode",
            summary = "Link the permanent identity code of an applicant who gave a temporary one (900-999)")
    public ApplicantView linkIdentityCode(@PathParam("id") UUID applicantId, @NotNull @Valid IdentityCodeLink request) {
        return RecruitmentMapping.applicant(applications.linkIdentityCode(applicantId, EmployeeMapping.link(request)));
    }

    @POST
    @Path("/applicants/{id}/consents")
    @Operation(operationId = "recordApplicantConsent", summary = "Record the applicant's consent to an assessment or reference check")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(schema = @Schema(implementation = ConsentView.class)))
    public Response recordConsent(@PathParam("id") UUID applicantId, @NotNull @Valid ConsentRequest request) {
        return Response.status(201).entity(RecruitmentMapping.consent(evidence.recordConsent(applicantId, RecruitmentMapping.consent(request)))).build();
    }

    @POST
    @Path("/applicants/{id}/consents/{consentId}/withdrawal")
    @Operation(operationId = "withdrawApplicantConsent", summary = "Withdraw a consent: no further data is collected under it")
    public ConsentView withdrawConsent(@PathParam("id") UUID applicantId, @PathParam("consentId") UUID consentId) {
        return RecruitmentMapping.consent(evidence.withdrawConsent(applicantId, consentId));
    }

    @POST
    @Path("/applications/{id}/assessments")
    @Operation(operationId = "addAssessment", summary = "Add an aptitude assessment result (needs the applicant's ASSESSMENT consent)")
    @APIResponse(responseCode = "201", description = "Added", content = @Content(schema = @Schema(implementation = AssessmentView.class)))
    public Response addAssessment(@PathParam("id") UUID applicationId, @NotNull @Valid AssessmentRequest request) {
        return Response.status(201).entity(RecruitmentMapping.assessment(evidence.addAssessment(applicationId, RecruitmentMapping.assessment(request)))).build();
    }

    @POST
    @Path("/applications/{id}/reference-checks")
    @Operation(operationId = "addReferenceCheck", summary = "Add a referee's statement (needs the applicant's REFERENCE_CHECK consent)")
    @APIResponse(responseCode = "201", description = "Added", content = @Content(schema = @Schema(implementation = ReferenceCheckView.class)))
    public Response addReferenceCheck(@PathParam("id") UUID applicationId, @NotNull @Valid ReferenceCheckRequest request) {
        return Response.status(201).entity(RecruitmentMapping.referenceCheck(evidence.addReferenceCheck(applicationId, RecruitmentMapping.referenceCheck(request)))).build();
    }

    @POST
    @Path("/applications/{id}/credit-checks")
    @Operation(operationId = "addCreditCheck", summary = "Add a credit-check summary (special-trust positions only)")
    @APIResponse(responseCode = "201", description = "Added", content = @Content(schema = @Schema(implementation = CreditCheckView.class)))
    public Response addCreditCheck(@PathParam("id") UUID applicationId, @NotNull @Valid CreditCheckRequest request) {
        return Response.status(201).entity(RecruitmentMapping.creditCheck(evidence.addCreditCheck(applicationId, RecruitmentMapping.creditCheck(request)))).build();
    }
}
