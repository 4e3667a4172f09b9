package fi.kuopas.gateway.service;

import fi.kuopas.gateway.domain.RefusalGround;
import fi.kuopas.gateway.rest.CaseDtos.SubjectNotice;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The notice of a refusal (Art 12(4)): that the request is not acted on, why, and the subject's
 * right to complain to the Data Protection Ombudsman and to seek a judicial remedy.
 */
final class RefusalNotice {

    private static final DateTimeFormatter FI = DateTimeFormatter.ofPattern("d.M.yyyy");
    private static final DateTimeFormatter EN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private RefusalNotice() {
    }

    static SubjectNotice of(Instant receivedAt, RefusalGround ground, String reasonText, ZoneId zone) {
        String reason = reasonText.matches("(?s).*[.!?]$") ? reasonText : reasonText + ".";
        String receivedFi = FI.format(receivedAt.atZone(zone));
        String fi = "Olemme vastaanottaneet " + receivedFi + " tietosuojaa koskevan pyyntösi. Emme voi toteuttaa pyyntöä, "
                + switch (ground) {
                    case MANIFESTLY_UNFOUNDED -> "koska se on ilmeisen perusteeton (EU:n tietosuoja-asetuksen 12 artiklan 5 kohta).";
                    case EXCESSIVE -> "koska se on kohtuuton erityisesti toistuvuutensa vuoksi (EU:n tietosuoja-asetuksen 12 artiklan 5 kohta).";
                    case IDENTITY_NOT_ESTABLISHED -> "koska henkilöllisyyttäsi ei voitu varmistaa (EU:n tietosuoja-asetuksen 11 artiklan 2 kohta ja 12 artiklan 2 kohta).";
                }
                + " Perustelut: " + reason + " Sinulla on oikeus tehdä valitus tietosuojavaltuutetun toimistolle "
                + "(tietosuoja.fi) ja hakea muutosta tuomioistuimelta (EU:n tietosuoja-asetuksen 77–79 artikla).";
        String sv = "Vi tog emot din begäran om dataskydd " + receivedFi + ". Vi kan inte tillmötesgå begäran, "
                + switch (ground) {
                    case MANIFESTLY_UNFOUNDED -> "eftersom den är uppenbart ogrundad (artikel 12.5 i EU:s dataskyddsförordning).";
                    case EXCESSIVE -> "eftersom den är orimlig, särskilt på grund av sin repetitiva karaktär (artikel 12.5 i EU:s dataskyddsförordning).";
                    case IDENTITY_NOT_ESTABLISHED -> "eftersom din identitet inte kunde fastställas (artiklarna 11.2 och 12.2 i EU:s dataskyddsförordning).";
                }
                + " Motivering: " + reason + " Du har rätt att lämna in ett klagomål till dataombudsmannens byrå "
                + "(tietosuoja.fi) och att söka ändring vid domstol (artiklarna 77–79 i EU:s dataskyddsförordning).";
        String en = "We received your data protection request on " + EN.format(receivedAt.atZone(zone)) + ". We cannot act on it "
                + switch (ground) {
                    case MANIFESTLY_UNFOUNDED -> "because it is manifestly unfounded (Article 12(5) of the GDPR).";
                    case EXCESSIVE -> "because it is excessive, in particular because of its repetitive character (Article 12(5) of the GDPR).";
                    case IDENTITY_NOT_ESTABLISHED -> "because your identity could not be established (Articles 11(2) and 12(2) of the GDPR).";
                }
                + " Reasons: " + reason + " You have the right to lodge a complaint with the Office of the Data Protection "
                + "Ombudsman (tietosuoja.fi) and to seek a judicial remedy (Articles 77–79 of the GDPR).";
        return new SubjectNotice(fi, sv, en);
    }
}
