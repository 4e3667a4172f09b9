package fi.kuopas.customer.rest;

import fi.kuopas.customer.service.RetentionService;
import fi.kuopas.privacy.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/retention/runs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Retention", description = "Retention engine: counts per rule; dry run by default")
public class RetentionResource {

    private final RetentionService retention;

    public RetentionResource(RetentionService retention) {
        this.retention = retention;
    }

    @POST
    @RolesAllowed(Roles.DPO)
    @Operation(operationId = "runRetention", summary = "Run the retention rules now; dryRun=true (default) only counts")
    public List<RetentionService.RuleResult> run(@QueryParam("dryRun") @DefaultValue("true")
            @Pattern(regexp = "(?i)true|false", message = "must be true or false") String dryRun) {
        // Strict: a boolean parameter would read any typo ("yes", "1") as false and run for real.
        return retention.run(Boolean.parseBoolean(dryRun));
    }
}
