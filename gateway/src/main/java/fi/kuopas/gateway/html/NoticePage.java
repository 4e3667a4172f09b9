package fi.kuopas.gateway.html;

import fi.kuopas.gateway.service.PrivacyNotice;
import fi.kuopas.privacy.dsr.RegisterDescription;
import java.util.List;
import java.util.Map;

/** The public privacy notice page, with the classic rekisteriseloste headings (docs/domain-rules.md). */
public final class NoticePage {

    private static final List<String> KEYS = List.of("title", "unavailable", "controller", "businessId", "contact", "dpo",
            "version", "subjects", "purposes", "basis", "interest", "requirement", "categories", "fields", "special",
            "sources", "recipients", "role", "country", "transfers", "mechanism", "safeguard", "retention", "period",
            "trigger", "legal", "security", "automated", "rights", "complaint", "yes", "no");

    private static final Map<String, List<String>> TEXTS = Map.of(
            "fi", List.of("Tietosuojaseloste", "Seuraavien rekisterien kuvaus ei ole juuri nyt saatavilla, joten tämä seloste "
                    + "on puutteellinen. Yritä myöhemmin uudelleen:", "Rekisterinpitäjä", "Y-tunnus", "Yhteyshenkilö",
                    "Tietosuojavastaava", "Versio", "Rekisteröityjen ryhmät", "Käsittelyn tarkoitukset ja oikeusperusteet",
                    "Oikeusperuste", "Oikeutettu etu", "Lakisääteinen tai sopimukseen perustuva vaatimus", "Tietosisältö",
                    "Tiedot", "Erityinen tietoryhmä", "Säännönmukaiset tietolähteet", "Tietojen luovutukset", "Rooli",
                    "Maa", "Siirrot EU:n tai ETA:n ulkopuolelle", "Siirtoperuste", "Suojatoimet", "Säilytysajat", "Aika",
                    "Alkaa", "Säännös", "Suojauksen periaatteet", "Automaattinen päätöksenteko", "Rekisteröidyn oikeudet",
                    "Valitusoikeus", "kyllä", "ei"),
            "sv", List.of("Dataskyddsbeskrivning", "Beskrivningen av följande register är inte tillgänglig just nu, så denna "
                    + "beskrivning är ofullständig. Försök igen senare:", "Personuppgiftsansvarig", "FO-nummer",
                    "Kontaktperson", "Dataskyddsombud", "Version", "Kategorier av registrerade",
                    "Ändamål och rättslig grund", "Rättslig grund", "Berättigat intresse",
                    "Lagstadgat eller avtalsenligt krav", "Uppgiftsinnehåll", "Uppgifter", "Särskild kategori",
                    "Regelbundna uppgiftskällor", "Utlämnande av uppgifter", "Roll", "Land",
                    "Överföringar utanför EU eller EES", "Överföringsmekanism", "Skyddsåtgärder", "Lagringstider", "Tid",
                    "Börjar", "Bestämmelse", "Principer för skydd", "Automatiserat beslutsfattande",
                    "Den registrerades rättigheter", "Rätt att klaga", "ja", "nej"),
            "en", List.of("Privacy notice", "The description of the following registers is not available right now, so this "
                    + "notice is incomplete. Please try again later:", "Controller", "Business ID", "Contact person",
                    "Data protection officer", "Version", "Categories of data subjects", "Purposes and legal bases",
                    "Legal basis", "Legitimate interest", "Statutory or contractual requirement", "Data content", "Fields",
                    "Special category", "Regular sources", "Disclosures", "Role", "Country",
                    "Transfers outside the EU or EEA", "Mechanism", "Safeguards", "Retention", "Period", "Starts",
                    "Legal reference", "Security principles", "Automated decision-making", "Your rights",
                    "Right to complain", "yes", "no"));

    private NoticePage() {
    }

    public static String render(PrivacyNotice n, List<String> unavailable) {
        List<String> t = TEXTS.get(n.language());
        Map<String, String> l = new java.util.HashMap<>();
        for (int i = 0; i < KEYS.size(); i++) {
            l.put(KEYS.get(i), t.get(i));
        }
        Html h = Html.page(n.language(), l.get("title"));
        if (!unavailable.isEmpty()) {
            h.openClass("div", "warning").element("p", l.get("unavailable")).open("ul");
            unavailable.forEach(u -> h.element("li", u));
            h.close("ul").close("div");
        }
        if (n.controller() != null) {
            RegisterDescription.Controller c = n.controller();
            h.element("h2", l.get("controller")).element("p", c.name()).field(l.get("businessId"), c.businessId())
                    .element("p", c.address()).element("p", String.join(", ", nonBlank(c.email(), c.phone())));
        }
        h.field(l.get("dpo"), n.dpoContact());
        n.registers().forEach(r -> register(h, r, l));
        h.element("h2", l.get("automated")).element("p", n.automatedDecisionMaking())
                .element("h2", l.get("rights")).element("p", n.rights())
                .element("h2", l.get("complaint")).element("p", n.complaintAuthority());
        return h.finish();
    }

    private static void register(Html h, RegisterDescription r, Map<String, String> l) {
        h.element("h2", r.name()).openClass("p", "muted").text(l.get("version") + " " + (r.version() == null ? "" : r.version()))
                .close("p").field(l.get("contact"), r.contactPerson()).field(l.get("subjects"), r.subjectCategories());
        h.element("h3", l.get("purposes")).table(List.of(l.get("purposes"), l.get("basis"), l.get("interest"), l.get("requirement")),
                list(r.purposes()).stream().<List<?>>map(p -> List.of(s(p.text()), s(p.legalBasis()),
                        s(p.legitimateInterest()), s(p.requirement()))).toList());
        h.element("h3", l.get("categories")).table(List.of(l.get("categories"), l.get("fields"), l.get("special"), l.get("sources")),
                list(r.dataCategories()).stream().<List<?>>map(c -> List.of(s(c.name()), String.join(", ", list(c.fields())),
                        c.specialCategory() ? l.get("yes") : l.get("no"), String.join(", ", list(c.sources())))).toList());
        h.field(l.get("sources"), list(r.sources()).stream().map(RegisterDescription.Source::name).toList());
        h.element("h3", l.get("recipients")).table(List.of(l.get("recipients"), l.get("role"), l.get("country"), l.get("purposes")),
                list(r.recipients()).stream().<List<?>>map(x -> List.of(s(x.name()), s(x.role()), s(x.country()),
                        s(x.purpose()))).toList());
        h.element("h3", l.get("transfers")).table(List.of(l.get("recipients"), l.get("country"), l.get("mechanism"),
                l.get("safeguard")), list(r.transfers()).stream().<List<?>>map(x -> List.of(s(x.recipient()), s(x.country()),
                s(x.mechanism()), s(x.safeguardReference()))).toList());
        h.element("h3", l.get("retention")).table(List.of(l.get("categories"), l.get("period"), l.get("trigger"), l.get("legal")),
                list(r.retention()).stream().<List<?>>map(x -> List.of(s(x.category()), s(x.period()), s(x.trigger()),
                        s(x.legalReference()))).toList());
        h.field(l.get("security"), r.securitySummary()).field(l.get("automated"), r.automatedDecisionMaking());
    }

    private static List<String> nonBlank(String... values) {
        return java.util.Arrays.stream(values).filter(v -> v != null && !v.isBlank()).toList();
    }

    private static String s(String v) {
        return v == null ? "" : v;
    }

    private static <T> List<T> list(List<T> l) {
        return l == null ? List.of() : l;
    }
}
