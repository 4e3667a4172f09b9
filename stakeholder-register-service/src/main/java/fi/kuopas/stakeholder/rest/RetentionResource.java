package fi.kuopas.stakeholder.rest;

import fi.kuopas.privacy.security.Caller;
import fi.kuopas.privacy.security.Roles;
import fi.kuopas.stakeholder.domain.RetentionRun;
import fi.kuopas.stakeholder.service.RetentionService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The data protection officer previews (dry run) or starts a retention run and reads the run log. */
@Path("/api/v1/retention/runs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Retention", description = "Deletion of contact persons after the retention period")
@RolesAllowed(Roles.DPO)
public class RetentionResource {

    private final RetentionService retention;
    private final Caller actor;

    public RetentionResource(RetentionService retention, Caller actor) {
        this.retention = retention;
        this.actor = actor;
    }

    @Schema(name = "RetentionRun", description = "Counts only, never the deleted data")
    public record RunView(UUID id, Instant ranAt, boolean dryRun, String rule, Instant cutoff, int contactPersons,
            int interactions, int memberships, String startedBy) {
        static RunView of(RetentionRun r) {
            return new RunView(r.id, r.ranAt, r.dryRun, r.rule, r.cutoff, r.contactPersons, r.interactions,
                    r.memberships, r.startedBy);
        }
    }

    @POST
    @Operation(operationId = "runRetention", summary = "Run retention now; dryRun=true (default) only counts what would be deleted")
    public RunView run(@QueryParam("dryRun") @DefaultValue("true") boolean dryRun) {
        return RunView.of(retention.run(dryRun, actor.name()));
    }

    @GET
    @Operation(operationId = "listRetentionRuns", summary = "The retention-run log, newest first")
    public List<RunView> history(@QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        return retention.history(size).stream().map(RunView::of).toList();
    }
}
