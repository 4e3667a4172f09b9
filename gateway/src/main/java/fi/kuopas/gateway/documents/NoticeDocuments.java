package fi.kuopas.gateway.documents;

import fi.kuopas.gateway.service.CaseQueries.NoticeFacts;
import fi.kuopas.gateway.service.ExtensionNotice;
import fi.kuopas.gateway.service.RefusalNotice;
import fi.kuopas.privacy.problem.ProblemException;
import java.time.ZoneId;
import java.util.List;

/** The extension and refusal notices of a case as documents (one template, the texts of the bundle). */
public final class NoticeDocuments {

    private NoticeDocuments() {
    }

    public static DocumentViews.Notice extension(NoticeFacts c, String language, ZoneId zone) {
        if (c.extensionMonths() == null) {
            throw ProblemException.conflict("the deadline of this case has not been extended");
        }
        Texts t = Texts.of(language, zone);
        return new DocumentViews.Notice(language, t.msg().extension_title(), about(c, t),
                ExtensionNotice.text(language, c.receivedAt(), c.dueAt(), c.extensionMonths(), c.extensionReason(), zone));
    }

    public static DocumentViews.Notice refusal(NoticeFacts c, String language, ZoneId zone) {
        if (c.refusalGround() == null) {
            throw ProblemException.conflict("this request has not been refused");
        }
        Texts t = Texts.of(language, zone);
        return new DocumentViews.Notice(language, t.msg().refusal_title(), about(c, t),
                RefusalNotice.text(language, c.receivedAt(), c.refusalGround(), c.refusalReason(), zone));
    }

    private static List<DocumentViews.Row> about(NoticeFacts c, Texts t) {
        return List.of(new DocumentViews.Row(t.msg().case_number(), c.id().toString()),
                new DocumentViews.Row(t.msg().received(), t.date(c.receivedAt())));
    }
}
