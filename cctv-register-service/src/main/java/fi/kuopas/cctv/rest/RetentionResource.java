package fi.kuopas.cctv.rest;

import fi.kuopas.cctv.domain.VideoDeletion;
import fi.kuopas.cctv.mapping.CctvMapping;
import fi.kuopas.cctv.mapping.VideoDeletionView;
import fi.kuopas.cctv.rest.CctvDtos.SweepView;
import fi.kuopas.cctv.service.RetentionSweep;
import fi.kuopas.cctv.service.VideoDeletions;
import fi.kuopas.privacy.retention.RetentionRun;
import fi.kuopas.privacy.retention.RetentionRunResource;
import fi.kuopas.privacy.retention.RetentionRuns;
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
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The register's former retention paths. A sweep is a run of the kit's retention
 * ({@code /api/v1/retention/runs}, {@link RetentionSweep}'s two rules): {@code /sweeps} is a
 * deprecated alias that delegates to it and answers in the old shape. The video deletions'
 * listing stays here.
 */
@Path("/api/v1/retention")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Retention", description = "Deleting expired segments that no hold, open request or restriction keeps, and their video")
public class RetentionResource {

    private final RetentionRunResource kit;
    private final RetentionRuns runs;
    private final RetentionSweep sweep;
    private final VideoDeletions videos;

    public RetentionResource(RetentionRunResource kit, RetentionRuns runs, RetentionSweep sweep, VideoDeletions videos) {
        this.kit = kit;
        this.runs = runs;
        this.sweep = sweep;
        this.videos = videos;
    }

    @POST
    @Path("/sweeps")
    @RolesAllowed({Roles.SECURITY_OFFICER, Roles.DPO})
    @Operation(operationId = "runRetentionSweep", deprecated = true,
            summary = "Deprecated alias of POST /api/v1/retention/runs; dryRun=true (default) only counts ('deleted' = would delete)")
    public SweepView run(@QueryParam("dryRun") @DefaultValue("true") boolean dryRun) {
        RetentionRun run = kit.runNow(dryRun);
        return CctvMapping.sweep(run, sweep.counts(List.of(run.id())).get(run.id()), sweep.unconfirmed(run));
    }

    @GET
    @Path("/sweeps")
    @RolesAllowed({Roles.SECURITY_OFFICER, Roles.DPO})
    @Operation(operationId = "listRetentionSweeps", deprecated = true,
            summary = "Deprecated alias of GET /api/v1/retention/runs: past runs with the sweep's counts, newest first")
    public List<SweepView> runs(@QueryParam("page") @DefaultValue("0") @Min(0) @Max(Paging.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        List<RetentionRun> found = runs.page(page, size);
        Paging.record(page, size, runs.count());
        Map<UUID, RetentionSweep.Counts> counts = sweep.counts(found.stream().map(RetentionRun::id).toList());
        return found.stream().map(r -> CctvMapping.sweep(r, counts.get(r.id()), null)).toList();
    }

    @GET
    @Path("/video-deletions")
    @RolesAllowed({Roles.SECURITY_OFFICER, Roles.DPO})
    @Operation(operationId = "listVideoDeletions", summary = "Deletions of deleted segments' video in the recorders, newest first; "
            + "without status the outstanding ones (not confirmed by the recorder; every sweep retries them)")
    public List<VideoDeletionView> videoDeletions(@QueryParam("status") VideoDeletion.Status status,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(Paging.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        return videos.list(status, page, size);
    }
}
