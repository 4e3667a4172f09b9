package fi.kuopas.gateway.rest;

import fi.kuopas.gateway.html.NoticePage;
import fi.kuopas.gateway.service.PrivacyNotices;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The public privacy notice as a web page; every text escaped. */
@Path("/privacy")
@PermitAll
@Tag(name = "Privacy notice")
public class PrivacyPageResource {

    private final PrivacyNotices notices;

    public PrivacyPageResource(PrivacyNotices notices) {
        this.notices = notices;
    }

    @GET

    @Produces(MediaType.TEXT_HTML)
    @SecurityRequirements
    @Operation(operationId = "getPrivacyPage", summary = "The privacy notice as a web page; 503 and a visible warning if a register is unavailable")
    @APIResponse(responseCode = "200", description = "The page", content = @Content(mediaType = MediaType.TEXT_HTML))
    @APIResponse(responseCode = "503", description = "A register's description is missing; the page says which",
            content = @Content(mediaType = MediaType.TEXT_HTML))
    public Response page(@Parameter(description = "fi, sv or en", example = "fi") @QueryParam("lang") @DefaultValue("fi") String lang) {
        PrivacyNotices.Assembly a = notices.assemble(lang);
        return Pages.html(NoticePage.render(a.notice(), a.unavailable()), a.notice().language(), a.complete() ? 200 : 503);
    }
}
