package fi.kuopas.gateway.audit;

import fi.kuopas.privacy.audit.AuditSeal;
import fi.kuopas.privacy.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The suite-wide view of the access logs: every service's verification and the witnessed seals. */
@Path("/api/v1/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit (suite)", description = "Every service's access log, checked against the seals the gateway witnessed")
@RolesAllowed(Roles.DPO)
public class AuditSuiteResource {

    private final SuiteAuditVerification verification;
    private final AuditWitness witness;

    public AuditSuiteResource(SuiteAuditVerification verification, AuditWitness witness) {
        this.verification = verification;
        this.witness = witness;
    }

    @GET
    @Path("/verification")
    @Operation(operationId = "verifySuiteAuditLogs",
            summary = "Verify every service's access log against its seals and the seals the gateway witnessed")
    public SuiteAuditVerification.Result verify() {
        return verification.verify();
    }

    @GET
    @Path("/seals")
    @Operation(operationId = "listWitnessedAuditSeals", summary = "Seals of one service as the gateway witnessed them, oldest first")
    public List<AuditSeal> seals(
            @QueryParam("service") @NotBlank(message = "name the service") @Pattern(regexp = "[a-z][a-z0-9-]{1,79}", message = "must be a service name") String service,
            @QueryParam("afterSeq") @DefaultValue("0") @Min(0) long afterSeq,
            @QueryParam("limit") @DefaultValue("500") @Min(1) @Max(5000) int limit) {
        return witness.seals(service, afterSeq, limit);
    }
}
