package fi.kuopas.personnel.retention;

import fi.kuopas.privacy.retention.RetentionRun;
import fi.kuopas.privacy.retention.RetentionRunResource;
import fi.kuopas.privacy.security.Roles;
import fi.kuopas.privacy.web.Paging;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The register's former retention path, kept as an alias of the kit's /api/v1/retention/runs. */
@Path("/api/v1/retention-runs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Retention")
@RolesAllowed({Roles.DPO, Roles.HR})
public class RetentionResource {

    private final RetentionRunResource kit;

    public RetentionResource(RetentionRunResource kit) {
        this.kit = kit;
    }

    @POST
    @Operation(operationId = "runRetention", deprecated = true,
            summary = "Deprecated alias of POST /api/v1/retention/runs; dryRun=true (default) only counts")
    public RetentionRun run(@QueryParam("dryRun") @DefaultValue("true") boolean dryRun) {
        return kit.runNow(dryRun);
    }

    @GET
    @Operation(operationId = "listRetentionRuns", deprecated = true,
            summary = "Deprecated alias of GET /api/v1/retention/runs")
    public List<RetentionRun> list(@QueryParam("page") @DefaultValue("0") @Min(0) @Max(Paging.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        return kit.page(page, size);
    }
}
