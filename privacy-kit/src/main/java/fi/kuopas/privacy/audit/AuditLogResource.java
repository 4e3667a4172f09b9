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
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
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
    private final AuditProofs proofs;
    private final AuditKeys keys;

    public AuditLogResource(AuditVerifier verifier, AuditProofs proofs, AuditKeys keys) {
        this.verifier = verifier;
        this.proofs = proofs;
        this.keys = keys;
    }

    @Schema(name = "AuditLogEntry")
    public record Line(long id, Instant occurredAt, String actor, String actorRoles, String subjectKey,
            String action, String recordType, String recordId, String purpose, String hash) {
        static Line of(AuditEntry e) {
            return new Line(e.id, e.occurredAt, e.actor, e.actorRoles, e.subjectKey, e.action, e.recordType,
                    e.recordId, e.purpose, AuditMerkle.leafHash(e));
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
    @Operation(operationId = "verifyAuditLog", summary = "Check every seal and sealed entry; report the first broken one and the newest seal")
    public AuditVerifier.Result verify() {
        return verifier.verify();
    }

    @GET
    @Path("/seals")
    @Transactional
    @RolesAllowed({Roles.DPO, Roles.DSR_GATEWAY}) // the gateway compares them with the seals it witnessed
    @Operation(operationId = "listAuditSeals", summary = "Signed tree heads of this service's access log, oldest first")
    public List<AuditSeal> seals(
            @QueryParam("afterSeq") @DefaultValue("0") @Min(0) long afterSeq,
            @QueryParam("limit") @DefaultValue("500") @Min(1) @Max(5000) int limit) {
        return verifier.seals(afterSeq, limit);
    }

    @GET
    @Path("/keys")
    @RolesAllowed({Roles.DPO, Roles.DSR_GATEWAY})
    @Operation(operationId = "listAuditKeys", summary = "Public Ed25519 keys (base64 X.509) that sign this service's seals, by key id")
    public Map<String, String> keys() {
        return keys.publicKeys();
    }

    @GET
    @Path("/{id}/proof")
    @Transactional
    @Operation(operationId = "getAuditInclusionProof",
            summary = "An entry with its Merkle audit path and signed seal, verifiable offline with the public key (docs/audit.md)")
    public AuditProofs.Proof proof(@PathParam("id") @Min(1) long id) {
        return proofs.proof(id);
    }
}
