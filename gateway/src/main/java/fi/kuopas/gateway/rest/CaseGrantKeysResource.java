package fi.kuopas.gateway.rest;

import fi.kuopas.gateway.grant.CaseGrantSigner;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The public key(s) the registers verify case grants with (RFC 7517 JWKS). Public: it holds no secret. */
@Path("/.well-known/jwks.json")
@Tag(name = "Case grants")
@PermitAll
public class CaseGrantKeysResource {

    private final CaseGrantSigner signer;

    public CaseGrantKeysResource(CaseGrantSigner signer) {
        this.signer = signer;
    }

    @GET
    @Produces("application/jwk-set+json")
    @Operation(operationId = "getCaseGrantKeys", summary = "JWKS of the gateway's case-grant signing keys, fetched by every register")
    @APIResponse(responseCode = "200", description = "The key set", content = @Content(mediaType = "application/jwk-set+json"))
    public Response keys() {
        return Response.ok(signer.jwks()).header("Cache-Control", "public, max-age=300").build();
    }
}
