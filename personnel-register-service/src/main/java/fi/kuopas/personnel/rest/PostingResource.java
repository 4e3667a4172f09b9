package fi.kuopas.personnel.rest;

import fi.kuopas.personnel.rest.RecruitmentDtos.ApplicationRequest;
import fi.kuopas.personnel.rest.RecruitmentDtos.ApplicationView;
import fi.kuopas.personnel.rest.RecruitmentDtos.Closure;
import fi.kuopas.personnel.rest.RecruitmentDtos.PostingRequest;
import fi.kuopas.personnel.rest.RecruitmentDtos.PostingView;
import fi.kuopas.personnel.mapping.RecruitmentMapping;
import fi.kuopas.personnel.service.ApplicationService;
import fi.kuopas.personnel.service.PostingService;
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
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/job-postings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Recruitment", description = "Job postings, applications, consents, assessments, reference and credit checks")
public class PostingResource {

    private final PostingService postings;
    private final ApplicationService applications;

    public PostingResource(PostingService postings, ApplicationService applications) {
        this.postings = postings;
        this.applications = applications;
    }

    @POST
    @RolesAllowed(Roles.HR)
    @Operation(operationId = "createJobPosting", summary = "Open a job posting; idempotent on externalRef")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = PostingView.class)))
    @APIResponse(responseCode = "200", description = "A posting with this externalRef already exists",
            content = @Content(schema = @Schema(implementation = PostingView.class)))
    public Response create(@NotNull @Valid PostingRequest request) {
        PostingService.Created c = postings.create(RecruitmentMapping.posting(request));
        PostingView posting = RecruitmentMapping.posting(c.posting());
        return Response.status(c.created() ? 201 : 200).location(URI.create("/api/v1/job-postings/" + posting.id()))
                .entity(posting).build();
    }

    @GET
    @RolesAllowed({Roles.HR, Roles.SUPERVISOR})
    @Operation(operationId = "listJobPostings", summary = "All job postings, newest closing date first")
    public List<PostingView> list() {
        return postings.list().stream().map(RecruitmentMapping::posting).toList();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.HR, Roles.SUPERVISOR})
    @Operation(operationId = "getJobPosting", summary = "One job posting")
    public PostingView get(@PathParam("id") UUID id) {
        return RecruitmentMapping.posting(postings.get(id));
    }

    @POST
    @Path("/{id}/closure")
    @RolesAllowed(Roles.HR)
    @Operation(operationId = "closeJobPosting", summary = "Close a posting: it accepts no more applications")
    public PostingView close(@PathParam("id") UUID id, @NotNull @Valid Closure request) {
        return RecruitmentMapping.posting(postings.close(id, request.version()));
    }

    @POST
    @Path("/{id}/applications")
    @RolesAllowed(Roles.HR)
    @Operation(operationId = "receiveApplication", summary = "Receive an application; refused if the posting is closed")
    @APIResponse(responseCode = "201", description = "Received", content = @Content(schema = @Schema(implementation = ApplicationView.class)))
    public Response apply(@PathParam("id") UUID id, @NotNull @Valid ApplicationRequest request) {
        ApplicationView a = RecruitmentMapping.application(applications.apply(id, RecruitmentMapping.application(request)).application());
        return Response.created(URI.create("/api/v1/applications/" + a.id())).entity(a).build();
    }

    @GET
    @Path("/{id}/applications")
    @RolesAllowed(Roles.HR)
    @Operation(operationId = "listApplications", summary = "Applications to a posting (summaries)")
    public List<ApplicationView> applications(@PathParam("id") UUID id) {
        return applications.byPosting(id).stream().map(RecruitmentMapping::application).toList();
    }
}
