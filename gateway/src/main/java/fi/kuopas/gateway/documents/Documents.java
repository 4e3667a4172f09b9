package fi.kuopas.gateway.documents;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Variant;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Renders the documents for a subject from their Qute templates, as a page or, from the same
 * template, as a PDF with DejaVu Sans embedded (so å, ä and ö print on any reader).
 */
@ApplicationScoped
public class Documents {

    public static final MediaType PDF = new MediaType("application", "pdf");
    /** Pages: no scripts, no outside resources; inline styles only. */
    public static final String PAGE_POLICY = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'";

    private final Template report;
    private final Template notice;

    public Documents(@Location("documents/report.html") Template report, @Location("documents/notice.html") Template notice) {
        this.report = report;
        this.notice = notice;
    }

    public String report(DocumentViews.Report view, boolean pdf) {
        return render(report.data("r", view), view.lang(), pdf);
    }

    public String notice(DocumentViews.Notice view, boolean pdf) {
        return render(notice.data("n", view), view.lang(), pdf);
    }

    private static String render(TemplateInstance instance, String lang, boolean pdf) {
        return instance.data("pdf", pdf).data("langs", List.of("fi", "sv", "en"))
                .setAttribute("locale", java.util.Locale.forLanguageTag(lang)).render();
    }

    /** HTML (the default) or PDF, whichever the client's Accept prefers. */
    public static boolean wantsPdf(Request request) {
        Variant chosen = request.selectVariant(Variant.mediaTypes(MediaType.TEXT_HTML_TYPE, PDF).build());
        return chosen != null && PDF.isCompatible(chosen.getMediaType());
    }

    public static Response page(String html, String lang, int status) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(html)
                .header("Content-Language", lang).header("Content-Security-Policy", PAGE_POLICY)
                .header("X-Content-Type-Options", "nosniff").build();
    }

    public static Response pdf(byte[] pdf, String lang, String fileName) {
        return Response.ok(pdf, PDF).header("Content-Language", lang)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .header("X-Content-Type-Options", "nosniff").build();
    }

    /** The PDF of a page rendered with {@code pdf = true}. */
    public byte[] toPdf(String xhtml) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(() -> font("DejaVuSans.ttf"), "DejaVu Sans", 400, BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(() -> font("DejaVuSans-Bold.ttf"), "DejaVu Sans", 700, BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream font(String file) {
        return Documents.class.getResourceAsStream("/fonts/" + file);
    }
}
