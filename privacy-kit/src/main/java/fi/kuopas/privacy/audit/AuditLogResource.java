package fi.kuopas.privacy.audit;

import fi.kuopas.privacy.security.Roles;
import fi.kuopas.privacy.web.Paging;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The data protection officer's view of this service's access log and its integrity check. */
@Path("/api/v1/audit-log")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit log", description = "Tamper-evident access log of personal data (docs/domain-rules.md)")
@RolesAllowed(Roles.DPO)
public class AuditLogResource {

    private final AuditVerifier verifier;

    public AuditLogResource(AuditVerifier verifier) {
        this.verifier = verifier;
    }

    @Schema(name = "AuditLogEntry")
    public record Line(long id, Instant occurredAt, String actor, String actorRoles, String subjectKey,
            String action, String recordType, String recordId, String purpose, String hash) {
        static Line of(AuditEntry e) {
            return new Line(e.id, e.occurredAt, e.actor, e.actorRoles, e.subjectKey, e.action, e.recordType,
                    e.recordId, e.purpose, e.hash);
        }
    }

    @GET
    @Transactional
    @Operation(operationId = "listAuditLog", summary = "List access-log entries, newest first, optionally for one subject key")
    public List<Line> list(
            @QueryParam("subjectKey") @Pattern(regexp = "[a-z]+_[0-9a-f]{64}", message = "must be a subject key") String subjectKey,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(Paging.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        var query = subjectKey == null
                ? AuditEntry.<AuditEntry>find("ORDER BY id DESC")
                : AuditEntry.<AuditEntry>find("subjectKey = ?1 ORDER BY id DESC", subjectKey);
        return Paging.<AuditEntry>list(query, page, size).stream().map(Line::of).toList();
    }

    @GET
    @Path("/verification")
    @RolesAllowed({Roles.DPO, Roles.DSR_GATEWAY}) // the gateway watches every log and opens a breach candidate on a failure
    @Operation(operationId = "verifyAuditLog", summary = "Recompute the hash chain and report the first broken row")
    public AuditVerifier.Result verify() {
        return verifier.verify();
    }
}
