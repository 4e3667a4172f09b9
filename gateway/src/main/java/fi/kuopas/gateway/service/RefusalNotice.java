package fi.kuopas.gateway.service;

import fi.kuopas.gateway.documents.Texts;
import fi.kuopas.gateway.domain.RefusalGround;
import java.time.Instant;
import java.time.ZoneId;

/** The notice of a refusal with its ground and the subject's remedies (Art 12(4)); texts: the Msg bundle. */
public final class RefusalNotice {

    private RefusalNotice() {
    }

    public static String text(String lang, Instant receivedAt, RefusalGround ground, String reasonText, ZoneId zone) {
        Texts t = Texts.of(lang, zone);
        return t.msg().refusal_text(t.date(receivedAt), t.text("ground_" + ground.name()), ExtensionNotice.sentence(reasonText));
    }
}
