package fi.kuopas.gateway.documents;

import fi.kuopas.gateway.config.GatewayConfig;
import fi.kuopas.gateway.service.CaseQueries;
import fi.kuopas.gateway.service.CaseReport;
import fi.kuopas.gateway.service.CaseReportAssembler;
import fi.kuopas.gateway.service.PrivacyNotices;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.util.UUID;

/**
 * A case's documents for the subject — the access report, the extension notice, the refusal
 * notice — as a page or a PDF in fi, sv or en, the same for the API and the console.
 */
@ApplicationScoped
public class CaseDocuments {

    private final CaseReportAssembler reports;
    private final CaseQueries queries;
    private final PrivacyNotices notices;
    private final Documents documents;
    private final GatewayConfig config;

    public CaseDocuments(CaseReportAssembler reports, CaseQueries queries, PrivacyNotices notices, Documents documents,
            GatewayConfig config) {
        this.reports = reports;
        this.queries = queries;
        this.notices = notices;
        this.documents = documents;
        this.config = config;
    }

    /** The result once every register has answered (409 before), with every text of the registers in the language. */
    public Response report(UUID id, String language, boolean pdf) {
        CaseReport report = reports.report(id, language, notices.descriptions(language));
        DocumentViews.Report view = new ReportDocument(Texts.of(language, config.zone()), notices.descriptions(language),
                notices.descriptions("en")).view(report);
        return respond(documents.report(view, pdf), language, pdf, "report-" + id);
    }

    /** Art 12(3): the extension notice (409 when the deadline was not extended). */
    public Response extension(UUID id, String language, boolean pdf) {
        return respond(documents.notice(NoticeDocuments.extension(queries.noticeFacts(id), language, config.zone()), pdf), language, pdf,
                "extension-" + id);
    }

    /** Art 12(4): the refusal notice (409 when the request was not refused). */
    public Response refusal(UUID id, String language, boolean pdf) {
        return respond(documents.notice(NoticeDocuments.refusal(queries.noticeFacts(id), language, config.zone()), pdf), language, pdf,
                "refusal-" + id);
    }

    private Response respond(String html, String language, boolean pdf, String name) {
        return pdf ? Documents.pdf(documents.toPdf(html), language, name + "-" + language + ".pdf") : Documents.page(html, language, 200);
    }
}
