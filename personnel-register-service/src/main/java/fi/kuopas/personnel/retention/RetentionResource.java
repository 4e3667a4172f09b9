package fi.kuopas.personnel.retention;

import fi.kuopas.personnel.domain.RetentionRun;
import fi.kuopas.privacy.security.Caller;
import fi.kuopas.privacy.security.Roles;
import fi.kuopas.privacy.web.Paging;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
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

@Path("/api/v1/retention-runs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Retention", description = "Deletion of personnel data past its retention period, with a dry run")
public class RetentionResource {

    private final RetentionService retention;
    private final Caller caller;

    public RetentionResource(RetentionService retention, Caller caller) {
        this.retention = retention;
        this.caller = caller;
    }

    @Schema(name = "RetentionRun")
    public record RunView(UUID id, Instant startedAt, boolean dryRun, String triggeredBy, List<ItemView> items) {
        static RunView of(RetentionRun r) {
            return new RunView(r.id, r.startedAt, r.dryRun, r.triggeredBy,
                    r.items.stream().map(i -> new ItemView(i.rule, i.legalReference, i.affected)).toList());
        }
    }

    @Schema(name = "RetentionRunItem")
    public record ItemView(String rule, String legalReference, int affected) {
    }

    @POST
    @RolesAllowed({Roles.DPO, Roles.HR})
    @Operation(operationId = "runRetention", summary = "Run the retention rules now; dryRun=true (default) only counts")
    public RunView run(@QueryParam("dryRun") @DefaultValue("true") boolean dryRun) {
        return RunView.of(retention.run(dryRun, caller.name()));
    }

    @GET
    @Transactional
    @RolesAllowed({Roles.DPO, Roles.HR})
    @Operation(operationId = "listRetentionRuns", summary = "The retention-run log, newest first")
    public List<RunView> list(@QueryParam("page") @DefaultValue("0") @Min(0) @Max(Paging.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        return Paging.<RetentionRun>list(RetentionRun.find("ORDER BY startedAt DESC"), page, size).stream()
                .map(RunView::of).toList();
    }
}
