package fi.kuopas.gateway.service;

import fi.kuopas.gateway.documents.Texts;
import java.time.Instant;
import java.time.ZoneId;

/** The Art 12(3) notice telling the subject that the answer takes longer, and why (texts: the Msg bundle). */
public final class ExtensionNotice {

    private ExtensionNotice() {
    }

    public static String text(String lang, Instant receivedAt, Instant dueAt, int months, String reasonText, ZoneId zone) {
        Texts t = Texts.of(lang, zone);
        return t.msg().extension_text(t.date(receivedAt), months, sentence(reasonText), t.date(dueAt));
    }

    static String sentence(String reasonText) {
        String reason = reasonText == null ? "" : reasonText.strip();
        return reason.matches("(?s).*[.!?]$") ? reason : reason + ".";
    }
}
