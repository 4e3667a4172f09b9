package fi.kuopas.customer.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import fi.kuopas.customer.mapping.PmsMapping;
import fi.kuopas.customer.rest.PmsDtos.ImportJob;
import fi.kuopas.customer.service.PmsImportJobs;
import fi.kuopas.privacy.problem.ProblemException;
import fi.kuopas.privacy.security.Caller;
import fi.kuopas.privacy.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/pms/jobs")
@Tag(name = "Property-management integration")
public class PmsJobResource {

    static final String NDJSON = "application/x-ndjson";

    private final PmsImportJobs jobs;
    private final ObjectMapper json;
    private final Caller caller;

    public PmsJobResource(PmsImportJobs jobs, ObjectMapper json, Caller caller) {
        this.jobs = jobs;
        this.json = json;
        this.caller = caller;
    }

    @POST
    @Consumes({NDJSON, "text/csv"})
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PMS_INTEGRATION)
    @Operation(operationId = "submitResidentsImportJob", summary = "Import a whole file of residents in the background: "
            + "JSON lines (one PmsResident per line) or CSV with a header line; 202 with the job, whose progress and per-row "
            + "results can be fetched; resumes after a restart")
    @APIResponse(responseCode = "202", description = "The job, accepted; its Location is the job resource",
            headers = @Header(name = "Location", description = "The job resource", schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportJob.class)))
    public Response submit(InputStream body, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, @jakarta.ws.rs.core.Context UriInfo uri) {
        boolean csv = contentType != null && contentType.toLowerCase().startsWith("text/csv");
        ImportJob job = PmsMapping.job(jobs.submit(body, csv, caller.name()));
        return Response.accepted(job).location(uri.getAbsolutePathBuilder().path(job.id().toString()).build()).build();
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PMS_INTEGRATION)
    @Operation(operationId = "getResidentsImportJob", summary = "An import job's status, progress and counts")
    public ImportJob get(@PathParam("id") String id) {
        return PmsMapping.job(jobs.find(uuid(id)));
    }

    @GET
    @Path("/{id}/results")
    @Produces(NDJSON)
    @RolesAllowed(Roles.PMS_INTEGRATION)
    @Operation(operationId = "getResidentsImportJobResults",
            summary = "The job's per-row results so far, one PmsRowResult per line in file order (index: the data line, from 0)")
    public Response results(@PathParam("id") String id) {
        UUID job = uuid(id);
        jobs.find(job);
        StreamingOutput out = os -> {
            BufferedWriter w = new BufferedWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8));
            try {
                jobs.results(job, r -> {
                    try {
                        w.write(json.writeValueAsString(PmsMapping.rowResult(r)));
                        w.write('\n');
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            w.flush();
        };
        return Response.ok(out, NDJSON).header("Content-Disposition", "attachment; filename=\"pms-import-" + job + ".jsonl\"").build();
    }

    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("the job id must be a UUID");
        }
    }
}
