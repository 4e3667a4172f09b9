package fi.kuopas.gateway.service;

import java.util.Map;

/** The texts every notice and report must carry (Arts 13–15, 21, 22, 77), in fi (legal original), sv and en. */
public record RightsText(String rights, String complaintAuthority, String automatedDecisions) {

    private static final Map<String, RightsText> TEXTS = Map.of(
            "fi", new RightsText(
                    "Sinulla on oikeus saada pääsy tietoihisi (15 art.), oikaista ne (16 art.), pyytää niiden poistamista "
                            + "(17 art.) tai käsittelyn rajoittamista (18 art.), siirtää tiedot järjestelmästä toiseen (20 art.), "
                            + "vastustaa oikeutettuun etuun tai suoramarkkinointiin perustuvaa käsittelyä (21 art.) sekä "
                            + "peruuttaa suostumuksesi milloin tahansa ilman, että se vaikuttaa aiemman käsittelyn lainmukaisuuteen.",
                    "Sinulla on oikeus tehdä valitus valvontaviranomaiselle: Tietosuojavaltuutetun toimisto, "
                            + "PL 800, 00531 Helsinki, tietosuoja@om.fi, www.tietosuoja.fi (77 art.).",
                    "Emme tee sinua koskevia päätöksiä pelkästään automaattisen käsittelyn perusteella, emmekä profiloi (22 art.)."),
            "sv", new RightsText(
                    "Du har rätt att få tillgång till dina uppgifter (art. 15), få dem rättade (art. 16), begära radering "
                            + "(art. 17) eller begränsning av behandlingen (art. 18), få dem överförda (art. 20), invända mot "
                            + "behandling som grundar sig på berättigat intresse eller direktmarknadsföring (art. 21) och när "
                            + "som helst återkalla ditt samtycke utan att det påverkar lagligheten av tidigare behandling.",
                    "Du har rätt att lämna in ett klagomål till tillsynsmyndigheten: Dataombudsmannens byrå, "
                            + "PB 800, 00531 Helsingfors, tietosuoja@om.fi, www.tietosuoja.fi (art. 77).",
                    "Vi fattar inga beslut om dig som enbart grundar sig på automatiserad behandling och profilerar inte (art. 22)."),
            "en", new RightsText(
                    "You have the right of access to your data (Art 15), to rectification (Art 16), to erasure (Art 17), "
                            + "to restriction of processing (Art 18), to data portability (Art 20), to object to processing "
                            + "based on legitimate interests or for direct marketing (Art 21), and to withdraw your consent "
                            + "at any time without affecting the lawfulness of earlier processing.",
                    "You have the right to lodge a complaint with the supervisory authority: Office of the Data Protection "
                            + "Ombudsman, P.O. Box 800, 00531 Helsinki, Finland, tietosuoja@om.fi, www.tietosuoja.fi (Art 77).",
                    "We make no decisions about you based solely on automated processing, and we do not profile you (Art 22)."));

    public static RightsText of(String lang) {
        return TEXTS.get(lang);
    }
}
