package fi.kuopas.gateway.rest;

import fi.kuopas.gateway.service.PrivacyNotice;
import fi.kuopas.gateway.service.PrivacyNotices;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The public privacy notice (Arts 13/14) assembled from every register, as JSON. */
@Path("/api/v1/privacy-notice")
@PermitAll
@Tag(name = "Privacy notice", description = "Public notice assembled from every register's description")
public class PrivacyNoticeResource {

    private final PrivacyNotices notices;

    public PrivacyNoticeResource(PrivacyNotices notices) {
        this.notices = notices;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @SecurityRequirements
    @Operation(operationId = "getPrivacyNotice", summary = "Every register's description in one notice (fi is the legal original)")
    @APIResponse(responseCode = "200", description = "The complete notice", content = @Content(schema = @Schema(implementation = PrivacyNotice.class)))
    @APIResponse(responseCode = "503", description = "A register's description cannot be fetched; the notice is not served incomplete",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public PrivacyNotice notice(
            @Parameter(description = "fi, sv or en", example = "fi") @QueryParam("lang") @DefaultValue("fi") String lang) {
        return notices.complete(lang);
    }

}
