package fi.kuopas.gateway.retention;

import fi.kuopas.privacy.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The suite-wide view of retention: every register's latest run with its counts per rule. */
@Path("/api/v1/retention/runs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Retention (suite)", description = "Every register's retention runs, as the registers report them")
@RolesAllowed(Roles.DPO)
public class RetentionOverviewResource {

    private static final String EXAMPLE = """
            {"checkedAt": "2026-11-27T04:00:00Z",
             "registers": [
               {"register": "customer", "status": "ok", "runId": "3f1c2a9e-8d0b-4c51-9a43-0c5e1b7d2f60",
                "startedAt": "2026-11-27T01:30:00Z", "finishedAt": "2026-11-27T01:30:02Z", "dryRun": false,
                "rules": [{"rule": "housing-applications", "legalReference": "GDPR Art 5(1)(e)", "affected": 12, "held": 1}]},
               {"register": "personnel", "status": "none", "rules": []},
               {"register": "cctv", "status": "unreachable", "problem": "no answer within 15000 ms", "rules": []}]}""";

    private final RetentionOverview overview;

    public RetentionOverviewResource(RetentionOverview overview) {
        this.overview = overview;
    }

    @GET
    @Path("/latest")
    @Operation(operationId = "listLatestRetentionRuns",
            summary = "The latest retention run of every register with its counts per rule; registers asked in parallel")
    @APIResponse(responseCode = "200", description = "One row per register: its latest run, none yet, or unreachable",
            content = @Content(schema = @Schema(implementation = RetentionOverview.Result.class),
                    examples = @ExampleObject(name = "overview", value = EXAMPLE)))
    public RetentionOverview.Result latest() {
        return overview.latest();
    }
}
