package fi.kuopas.privacy.retention;

import fi.kuopas.privacy.problem.ProblemException;
import fi.kuopas.privacy.security.Caller;
import fi.kuopas.privacy.security.Roles;
import fi.kuopas.privacy.web.Paging;
import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.inject.Instance;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The one retention API of every register (docs/architecture.md, "Retention and restriction (kit)"):
 * the run log, one run, and a run now (a dry run only counts). Allowed to the data protection
 * officer and to the register's own administrator role ({@code kuopas.retention.role}). Present
 * only in a service built with {@code kuopas.retention.enabled=true} (a register with rules); a
 * service so built without any {@link RetentionRule} answers 404.
 *
 * <p>A run now takes {@code {"dryRun": true|false}} and answers 201 with the run. The registers'
 * older form of the same path, {@code ?dryRun=true|false} without a body, still works and answers
 * 200 as it did, in the register's old shape ({@link LegacyRetentionAnswer}); without either a run
 * is a dry run. A body wins over the query parameter.
 */
@Path(RetentionRunResource.PATH)
@IfBuildProperty(name = "kuopas.retention.enabled", stringValue = "true")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Retention", description = "Deletion of personal data past its retention period, with a dry run (docs/domain-rules.md)")
@RolesAllowed({Roles.DPO, RetentionRunResource.REGISTER_ROLE})
public class RetentionRunResource {

    public static final String PATH = "/api/v1/retention/runs";
    /** The register's administrator role that may run retention besides the DPO. */
    public static final String REGISTER_ROLE = "${kuopas.retention.role:dpo}";

    private final RetentionRunner runner;
    private final RetentionRuns runs;
    private final Instance<RetentionRule> rules;
    private final Caller caller;
    private final Instance<LegacyRetentionAnswer> legacy;

    public RetentionRunResource(RetentionRunner runner, RetentionRuns runs, Instance<RetentionRule> rules, Caller caller,
            Instance<LegacyRetentionAnswer> legacy) {
        this.runner = runner;
        this.runs = runs;
        this.rules = rules;
        this.caller = caller;
        this.legacy = legacy;
    }

    @Schema(name = "RetentionRunRequest")
    public record RunRequest(@NotNull(message = "must be true or false") Boolean dryRun) {
    }

    @GET
    @RolesAllowed({Roles.DPO, RetentionRunResource.REGISTER_ROLE, Roles.DSR_GATEWAY}) // the gateway's retention overview reads it
    @Operation(operationId = "listKitRetentionRuns", summary = "The retention-run log with counts per rule, newest first")
    public List<RetentionRun> list(@QueryParam("page") @DefaultValue("0") @Min(0) @Max(Paging.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        requireRules();
        Paging.record(page, size, runs.count());
        return runs.page(page, size);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.DPO, RetentionRunResource.REGISTER_ROLE, Roles.DSR_GATEWAY})
    @Operation(operationId = "getKitRetentionRun", summary = "One retention run with its counts per rule")
    public RetentionRun get(@PathParam("id") UUID id) {
        requireRules();
        return runs.find(id).orElseThrow(() -> ProblemException.notFound("retention run"));
    }

    @POST
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    @Operation(operationId = "runKitRetention",
            summary = "Run every retention rule now; with dryRun true only count what would be deleted",
            description = "Send {\"dryRun\": true|false}: the answer is 201 with the run and its Location. The deprecated "
                    + "form ?dryRun=true|false without a body (a register's API before the kit) answers 200 in that "
                    + "register's old shape; with neither the run is a dry run. A body wins over the query parameter.")
    @RequestBody(required = false, content = @Content(schema = @Schema(implementation = RunRequest.class)))
    @APIResponse(responseCode = "201", description = "The run, with how many records each rule affected and held",
            content = @Content(schema = @Schema(implementation = RetentionRun.class)))
    @APIResponse(responseCode = "200", description = "Deprecated query form (?dryRun=, no body): the run in the register's "
            + "old shape")
    @APIResponse(responseCode = "400", description = "dryRun missing from a body, or not true or false")
    public Response run(@Parameter(deprecated = true, description = "Deprecated: send the body {\"dryRun\": …} instead",
                    schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("dryRun") String dryRun,
            @Valid RunRequest request) {
        if (request != null) {
            RetentionRun run = runNow(request.dryRun());
            return Response.created(URI.create(PATH + "/" + run.id())).entity(run).build();
        }
        RetentionRun run = runNow(dryRun == null || parse(dryRun));
        Object answer = legacy.isResolvable() ? legacy.get().of(run) : run;
        return Response.ok(answer).location(URI.create(PATH + "/" + run.id())).build();
    }

    /** Strict: a lenient boolean would read any typo ("yes", "1") as false and run for real. */
    private static boolean parse(String dryRun) {
        if (dryRun.equalsIgnoreCase("true") || dryRun.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(dryRun);
        }
        throw ProblemException.badRequest("dryRun must be true or false");
    }

    /** A run now by the caller; the registers' deprecated paths delegate here. */
    public RetentionRun runNow(boolean dryRun) {
        requireRules();
        return runner.run(dryRun, caller.name());
    }

    /** One page of the log; the registers' deprecated paths delegate here. */
    public List<RetentionRun> page(int page, int size) {
        return list(page, size);
    }

    private void requireRules() {
        if (rules.isUnsatisfied()) {
            throw ProblemException.notFound("a retention rule of this service");
        }
    }
}
