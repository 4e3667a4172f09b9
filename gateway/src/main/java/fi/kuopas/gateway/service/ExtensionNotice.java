package fi.kuopas.gateway.service;

import fi.kuopas.gateway.rest.CaseDtos.SubjectNotice;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** The Art 12(3) notice telling the subject that the answer takes longer, and why. */
final class ExtensionNotice {

    private static final DateTimeFormatter FI = DateTimeFormatter.ofPattern("d.M.yyyy");
    private static final DateTimeFormatter EN = DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.ENGLISH);

    private ExtensionNotice() {
    }

    static SubjectNotice of(Instant receivedAt, Instant dueAt, int months, String reasonText, ZoneId zone) {
        String reason = reasonText.matches("(?s).*[.!?]$") ? reasonText : reasonText + ".";
        String receivedFi = FI.format(receivedAt.atZone(zone));
        String dueFi = FI.format(dueAt.atZone(zone));
        String fi = "Olemme vastaanottaneet " + receivedFi + " tietosuojaa koskevan pyyntösi. Pyynnön käsittely vaatii "
                + "tavallista enemmän aikaa, joten jatkamme vastausaikaa EU:n tietosuoja-asetuksen 12 artiklan 3 kohdan nojalla "
                + months + " kuukaudella. Syy: " + reason + " Vastaamme viimeistään " + dueFi + ". Sinulla on oikeus tehdä "
                + "valitus tietosuojavaltuutetun toimistolle (tietosuoja.fi).";
        String sv = "Vi tog emot din begäran om dataskydd " + receivedFi + ". Behandlingen kräver mer tid än vanligt, så vi "
                + "förlänger svarstiden med " + months + " månad(er) enligt artikel 12.3 i EU:s dataskyddsförordning. "
                + "Orsak: " + reason + " Vi svarar senast " + dueFi + ". Du har rätt att lämna in ett klagomål till "
                + "dataombudsmannens byrå (tietosuoja.fi).";
        String en = "We received your data protection request on " + EN.format(receivedAt.atZone(zone)) + ". Handling it "
                + "needs more time than usual, so we extend the time limit by " + months + " month(s) under Article 12(3) "
                + "of the GDPR. Reason: " + reason + " We will answer by " + EN.format(dueAt.atZone(zone)) + " at the latest. "
                + "You have the right to lodge a complaint with the Office of the Data Protection Ombudsman (tietosuoja.fi).";
        return new SubjectNotice(fi, sv, en);
    }
}
