package fi.kuopas.cctv.rest;

import fi.kuopas.cctv.domain.VideoDeletion;
import fi.kuopas.cctv.rest.CctvDtos.SweepView;
import fi.kuopas.cctv.rest.CctvDtos.VideoDeletionView;
import fi.kuopas.cctv.service.RetentionSweep;
import fi.kuopas.cctv.service.VideoDeletions;
import fi.kuopas.privacy.security.Caller;
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

@Path("/api/v1/retention")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Retention", description = "Deleting expired segments that no hold, open request or restriction keeps, and their video")
public class RetentionResource {

    private final RetentionSweep sweep;
    private final VideoDeletions videos;
    private final Caller caller;

    public RetentionResource(RetentionSweep sweep, VideoDeletions videos, Caller caller) {
        this.sweep = sweep;
        this.videos = videos;
        this.caller = caller;
    }

    @POST
    @Path("/sweeps")
    @RolesAllowed({Roles.SECURITY_OFFICER, Roles.DPO})
    @Operation(operationId = "runRetentionSweep", summary = "Run the sweep now; dryRun=true (default) only counts ('deleted' = would delete)")
    public SweepView run(@QueryParam("dryRun") @DefaultValue("true") boolean dryRun) {
        return sweep.run(dryRun, caller.name());
    }

    @GET
    @Path("/sweeps")
    @RolesAllowed({Roles.SECURITY_OFFICER, Roles.DPO})
    @Operation(operationId = "listRetentionSweeps", summary = "Past sweeps with their counts, newest first")
    public List<SweepView> runs(@QueryParam("page") @DefaultValue("0") @Min(0) @Max(Paging.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        return sweep.runs(page, size);
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
