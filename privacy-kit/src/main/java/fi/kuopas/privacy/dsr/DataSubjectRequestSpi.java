package fi.kuopas.privacy.dsr;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The register DSR SPI (DESIGN.md): implemented by every register and consent-service, called by
 * the gateway through a REST client. Every call carries the DSR case id and is idempotent on it.
 */
@Path("/dsr/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "DSR SPI", description = "Data-subject request operations called by the gateway")
public interface DataSubjectRequestSpi {

    @POST
    @Path("/lookup")
    @Operation(operationId = "dsrLookup", summary = "Whether this register holds data on the subject")
    SubjectLookup lookup(@NotNull @Valid DsrCall call);

    @POST
    @Path("/access")
    @Operation(operationId = "dsrAccess", summary = "Art 15 access report: categories, purposes, bases, sources, recipients, retention, records, access log")
    AccessReport access(@NotNull @Valid DsrCall call);

    @POST
    @Path("/erasure")
    @Operation(operationId = "dsrErasure", summary = "Art 17 erasure; dryRun=true previews without changing anything")
    ErasureReport erase(@NotNull @Valid DsrCall call, @QueryParam("dryRun") @DefaultValue("true") boolean dryRun);

    @POST
    @Path("/restriction")
    @Operation(operationId = "dsrRestriction", summary = "Art 18 restriction: set or lift")
    DsrOutcome restrict(@NotNull @Valid RestrictionCall call);

    @POST
    @Path("/objection")
    @Operation(operationId = "dsrObjection", summary = "Art 21 objection")
    DsrOutcome object(@NotNull @Valid ObjectionCall call);

    @POST
    @Path("/rectification")
    @Operation(operationId = "dsrRectification", summary = "Art 16 rectification")
    DsrOutcome rectify(@NotNull @Valid RectificationCall call);

    @GET
    @Path("/description")
    @Operation(operationId = "dsrDescription", summary = "This register's description (notice and record of processing)")
    RegisterDescription describe(@QueryParam("lang") @DefaultValue("fi") String lang);
}
