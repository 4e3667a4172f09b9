package fi.kuopas.gateway.html;

import fi.kuopas.gateway.service.CaseReport;
import fi.kuopas.privacy.dsr.AccessReport;
import fi.kuopas.privacy.dsr.DsrOutcome;
import fi.kuopas.privacy.dsr.ErasureReport;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The human-readable result of a case for the subject, in Finnish or English. */
public final class ReportPage {

    private static final Map<String, Map<String, String>> LABELS = Map.of(
            "fi", Map.ofEntries(
                    Map.entry("title", "Vastaus tietosuojapyyntöösi"), Map.entry("case", "Asianumero"),
                    Map.entry("type", "Pyyntö"), Map.entry("received", "Vastaanotettu"),
                    Map.entry("completed", "Valmistunut"), Map.entry("subject", "Rekisteröity"),
                    Map.entry("found", "Tietoja sinusta"), Map.entry("yes", "kyllä"), Map.entry("no", "ei"),
                    Map.entry("purpose", "Käyttötarkoitus"), Map.entry("basis", "Oikeusperuste"),
                    Map.entry("sources", "Tietolähteet"), Map.entry("recipients", "Vastaanottajat"),
                    Map.entry("retention", "Säilytysaika"), Map.entry("records", "Tiedot"),
                    Map.entry("field", "Tieto"), Map.entry("value", "Arvo"),
                    Map.entry("accessLog", "Tietojesi käsittelyloki"), Map.entry("at", "Aika"),
                    Map.entry("roles", "Käyttäjän rooli"), Map.entry("action", "Toimenpide"),
                    Map.entry("recordType", "Tietue"), Map.entry("erased", "Poistettu"),
                    Map.entry("kept", "Säilytetty lakisääteisen velvoitteen vuoksi"), Map.entry("category", "Tietoryhmä"),
                    Map.entry("count", "Määrä"), Map.entry("reason", "Syy"), Map.entry("legal", "Säännös"),
                    Map.entry("until", "Säilytetään asti"), Map.entry("applied", "Toteutettu"),
                    Map.entry("refused", "Ei toteutettu"), Map.entry("notify", "Ilmoitetaan vastaanottajille"),
                    Map.entry("rights", "Oikeutesi"), Map.entry("complaint", "Valitusoikeus"),
                    Map.entry("automated", "Automaattinen päätöksenteko"), Map.entry("portable", "Siirrettävät tiedot")),
            "en", Map.ofEntries(
                    Map.entry("title", "Response to your data protection request"), Map.entry("case", "Case number"),
                    Map.entry("type", "Request"), Map.entry("received", "Received"),
                    Map.entry("completed", "Completed"), Map.entry("subject", "Data subject"),
                    Map.entry("found", "Data about you"), Map.entry("yes", "yes"), Map.entry("no", "no"),
                    Map.entry("purpose", "Purpose"), Map.entry("basis", "Legal basis"),
                    Map.entry("sources", "Sources"), Map.entry("recipients", "Recipients"),
                    Map.entry("retention", "Retention"), Map.entry("records", "Data"),
                    Map.entry("field", "Field"), Map.entry("value", "Value"),
                    Map.entry("accessLog", "Log of access to your data"), Map.entry("at", "Time"),
                    Map.entry("roles", "User role"), Map.entry("action", "Action"),
                    Map.entry("recordType", "Record"), Map.entry("erased", "Erased"),
                    Map.entry("kept", "Kept because of a legal obligation"), Map.entry("category", "Data category"),
                    Map.entry("count", "Count"), Map.entry("reason", "Reason"), Map.entry("legal", "Legal reference"),
                    Map.entry("until", "Kept until"), Map.entry("applied", "Done"),
                    Map.entry("refused", "Not done"), Map.entry("notify", "Recipients to be notified"),
                    Map.entry("rights", "Your rights"), Map.entry("complaint", "Right to complain"),
                    Map.entry("automated", "Automated decision-making"), Map.entry("portable", "Portable data")));

    private ReportPage() {
    }

    public static String render(CaseReport r, ZoneId zone) {
        Map<String, String> l = LABELS.get(r.language());
        DateTimeFormatter time = DateTimeFormatter.ofPattern("fi".equals(r.language()) ? "d.M.yyyy HH:mm" : "yyyy-MM-dd HH:mm")
                .withZone(zone);
        Html h = Html.page(r.language(), l.get("title"))
                .field(l.get("case"), r.caseId()).field(l.get("type"), r.type())
                .field(l.get("received"), format(time, r.receivedAt())).field(l.get("completed"), format(time, r.completedAt()));
        if (r.subject() != null) {
            h.field(l.get("subject"), join(r.subject().name(), r.subject().personalIdentityCode(), r.subject().email()));
        }
        if (r.access() != null) {
            r.access().forEach(a -> access(h, a, l, time));
        }
        if (r.portability() != null) {
            r.portability().forEach(p -> portable(h, p, l));
        }
        if (r.erasure() != null) {
            r.erasure().forEach(e -> erasure(h, e, l));
        }
        if (r.outcomes() != null) {
            r.outcomes().forEach(o -> outcome(h, o, l));
        }
        h.element("h2", l.get("rights")).element("p", r.rights())
                .element("h2", l.get("complaint")).element("p", r.complaintAuthority())
                .element("h2", l.get("automated")).element("p", r.automatedDecisions());
        return h.finish();
    }

    private static void access(Html h, AccessReport a, Map<String, String> l, DateTimeFormatter time) {
        h.element("h2", a.register()).field(l.get("found"), a.subjectFound() ? l.get("yes") : l.get("no"));
        for (AccessReport.Category c : nonNull(a.categories())) {
            h.element("h3", c.name()).field(l.get("purpose"), c.purpose()).field(l.get("basis"), c.legalBasis())
                    .field(l.get("sources"), c.sources()).field(l.get("recipients"), c.recipients())
                    .field(l.get("retention"), c.retention());
            records(h, c.records(), l);
        }
        List<List<?>> log = nonNull(a.accessLog()).stream()
                .map(x -> List.of(format(time, x.at()), s(x.actorRoles()), s(x.action()), s(x.recordType()), s(x.purpose())))
                .<List<?>>map(x -> x).toList();
        if (!log.isEmpty()) {
            h.element("h3", l.get("accessLog")).table(List.of(l.get("at"), l.get("roles"), l.get("action"),
                    l.get("recordType"), l.get("purpose")), log);
        }
    }

    private static void portable(Html h, CaseReport.PortableRegister p, Map<String, String> l) {
        h.element("h2", p.register() + " – " + l.get("portable"));
        for (CaseReport.PortableCategory c : p.categories()) {
            h.element("h3", c.name()).field(l.get("purpose"), c.purpose()).field(l.get("basis"), c.legalBasis());
            records(h, c.records(), l);
        }
    }

    private static void erasure(Html h, ErasureReport e, Map<String, String> l) {
        h.element("h2", e.register());
        h.element("h3", l.get("erased")).table(List.of(l.get("category"), l.get("count")),
                nonNull(e.erased()).stream().<List<?>>map(x -> List.of(s(x.category()), x.count())).toList());
        h.element("h3", l.get("kept")).table(List.of(l.get("category"), l.get("count"), l.get("reason"), l.get("legal"),
                l.get("until")), nonNull(e.kept()).stream().<List<?>>map(x -> List.of(s(x.category()), x.count(),
                s(x.reason()), s(x.legalReference()), x.until() == null ? "" : x.until().toString())).toList());
    }

    private static void outcome(Html h, DsrOutcome o, Map<String, String> l) {
        h.element("h2", o.register()).field(l.get("found"), o.subjectFound() ? l.get("yes") : l.get("no"))
                .field(l.get("applied"), o.applied()).field(l.get("refused"), o.refused())
                .field(l.get("notify"), o.recipientsToNotify());
    }

    private static void records(Html h, List<Map<String, Object>> records, Map<String, String> l) {
        for (Map<String, Object> record : nonNull(records)) {
            List<List<?>> rows = new ArrayList<>();
            record.forEach((k, v) -> rows.add(List.of(k, Objects.toString(v, ""))));
            h.table(List.of(l.get("field"), l.get("value")), rows);
        }
    }

    private static String format(DateTimeFormatter f, Instant at) {
        return at == null ? "" : f.format(at);
    }

    private static String s(String v) {
        return v == null ? "" : v;
    }

    private static String join(String... parts) {
        return String.join(", ", java.util.Arrays.stream(parts).filter(p -> p != null && !p.isBlank()).toList());
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }
}
