package fi.kuopas.gateway.rest;

import fi.kuopas.gateway.documents.DocumentViews.LanguageLink;
import fi.kuopas.gateway.documents.Documents;
import fi.kuopas.gateway.documents.Texts;
import fi.kuopas.gateway.service.PrivacyNotices;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The public privacy notice as a web page (template documents/privacy.html; every text escaped). */
@Path("/privacy")
@PermitAll
@Tag(name = "Privacy notice")
public class PrivacyPageResource {

    private final PrivacyNotices notices;
    private final Template page;

    public PrivacyPageResource(PrivacyNotices notices, @Location("documents/privacy.html") Template page) {
        this.notices = notices;
        this.page = page;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @SecurityRequirements
    @Operation(operationId = "getPrivacyPage", summary = "The privacy notice as a web page in fi, sv or en (lang, else Accept-Language, else fi); "
            + "503 and a visible warning if a register is unavailable")
    @APIResponse(responseCode = "200", description = "The page", content = @Content(mediaType = MediaType.TEXT_HTML))
    @APIResponse(responseCode = "503", description = "A register's description is missing; the page says which",
            content = @Content(mediaType = MediaType.TEXT_HTML))
    public Response page(@Parameter(description = "fi, sv or en; without it the browser's Accept-Language decides", example = "fi")
            @QueryParam("lang") String lang, @HeaderParam("Accept-Language") String acceptLanguage) {
        String language = lang == null || lang.isBlank() ? fromAcceptLanguage(acceptLanguage) : lang;
        PrivacyNotices.Assembly a = notices.assemble(language);
        String code = a.notice().language();
        String html = page.data("n", a.notice()).data("unavailable", a.unavailable())
                .data("title", Texts.msg(code).notice_title()).data("links", LanguageLink.all(code))
                .data("pdf", false).setAttribute("locale", Locale.forLanguageTag(code)).render();
        return Response.fromResponse(Documents.page(html, code, a.complete() ? 200 : 503)).header("Vary", "Accept-Language").build();
    }

    /** The first of fi, sv, en the browser accepts (by weight), else fi, the legal original. */
    static String fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return "fi";
        }
        try {
            return Locale.LanguageRange.parse(header).stream()
                    .map(r -> r.getRange().toLowerCase(Locale.ROOT))
                    .map(r -> r.contains("-") ? r.substring(0, r.indexOf('-')) : r)
                    .filter(Texts.LANGUAGES::contains).findFirst().orElse("fi");
        } catch (IllegalArgumentException e) {
            return "fi";
        }
    }
}
