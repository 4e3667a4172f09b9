package fi.kuopas.gateway.service;

import fi.kuopas.gateway.documents.Texts;
import fi.kuopas.gateway.domain.RefusalGround;
import fi.kuopas.gateway.rest.CaseDtos.SubjectNotice;
import java.time.Instant;
import java.time.ZoneId;

/** The notice of a refusal with its ground and the subject's remedies (Art 12(4)); texts: the Msg bundle. */
public final class RefusalNotice {

    private RefusalNotice() {
    }

    static SubjectNotice of(Instant receivedAt, RefusalGround ground, String reasonText, ZoneId zone) {
        return new SubjectNotice(text("fi", receivedAt, ground, reasonText, zone), text("sv", receivedAt, ground, reasonText, zone),
                text("en", receivedAt, ground, reasonText, zone));
    }

    public static String text(String lang, Instant receivedAt, RefusalGround ground, String reasonText, ZoneId zone) {
        Texts t = Texts.of(lang, zone);
        return t.msg().refusal_text(t.date(receivedAt), t.text("ground_" + ground.name()), ExtensionNotice.sentence(reasonText));
    }
}
