package fi.kuopas.privacy.dsr;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import fi.kuopas.privacy.grant.CaseGrant;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The register DSR SPI (docs/architecture.md): implemented by every register and consent-service, called by
 * the gateway through a REST client. Every call carries the DSR case id, is idempotent on it, and
 * must present the gateway's signed {@link CaseGrant} for exactly that register, operation, case
 * and subject keys (a 403 otherwise, whatever the bearer token's roles).
 */
@Path("/dsr/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "DSR SPI", description = "Data-subject request operations called by the gateway")
public interface DataSubjectRequestSpi {

    String GRANT = "The gateway's case grant (compact JWS, ES256) for this register, operation, case and subject keys";

    @POST
    @Path("/lookup")
    @Operation(operationId = "dsrLookup", summary = "Whether this register holds data on the subject")
    SubjectLookup lookup(@HeaderParam(CaseGrant.HEADER) @Parameter(description = GRANT) String grant, @NotNull @Valid DsrCall call);

    @POST
    @Path("/access")
    @Operation(operationId = "dsrAccess", summary = "Art 15 access report: categories, purposes, bases, sources, recipients, retention, records, access log")
    AccessReport access(@HeaderParam(CaseGrant.HEADER) @Parameter(description = GRANT) String grant, @NotNull @Valid DsrCall call);

    @POST
    @Path("/erasure")
    @Operation(operationId = "dsrErasure", summary = "Art 17 erasure; dryRun=true previews without changing anything")
    ErasureReport erase(@HeaderParam(CaseGrant.HEADER) @Parameter(description = GRANT) String grant, @NotNull @Valid DsrCall call, @QueryParam("dryRun") @DefaultValue("true") boolean dryRun);

    @POST
    @Path("/restriction")
    @Operation(operationId = "dsrRestriction", summary = "Art 18 restriction: set or lift")
    DsrOutcome restrict(@HeaderParam(CaseGrant.HEADER) @Parameter(description = GRANT) String grant, @NotNull @Valid RestrictionCall call);

    @POST
    @Path("/objection")
    @Operation(operationId = "dsrObjection", summary = "Art 21 objection")
    DsrOutcome object(@HeaderParam(CaseGrant.HEADER) @Parameter(description = GRANT) String grant, @NotNull @Valid ObjectionCall call);

    @POST
    @Path("/rectification")
    @Operation(operationId = "dsrRectification", summary = "Art 16 rectification")
    DsrOutcome rectify(@HeaderParam(CaseGrant.HEADER) @Parameter(description = GRANT) String grant, @NotNull @Valid RectificationCall call);

    @GET
    @Path("/description")
    @Operation(operationId = "dsrDescription", summary = "This register's description (notice and record of processing)")
    RegisterDescription describe(@QueryParam("lang") @DefaultValue("fi") String lang);
}
