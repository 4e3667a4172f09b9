package fi.kuopas.gateway.documents;

import fi.kuopas.gateway.documents.DocumentViews.Category;
import fi.kuopas.gateway.documents.DocumentViews.Register;
import fi.kuopas.gateway.documents.DocumentViews.Report;
import fi.kuopas.gateway.documents.DocumentViews.Row;
import fi.kuopas.gateway.domain.CaseStatus;
import fi.kuopas.gateway.service.CaseReport;
import fi.kuopas.privacy.dsr.AccessReport;
import fi.kuopas.privacy.dsr.DsrOutcome;
import fi.kuopas.privacy.dsr.DsrText;
import fi.kuopas.privacy.dsr.ErasureReport;
import fi.kuopas.privacy.dsr.RegisterDescription;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of a case as the subject reads it. The registers answer in codes with English words beside
 * them: codes are worded in the document's language ({@link CodeTexts}); every text about a
 * register (its name, category names, sources, purposes and bases, recipients, retention) comes from its
 * description in the document's language, matched to the answer through the English description. A
 * category no description names keeps the register's own words.
 */
public final class ReportDocument {

    private final Texts t;
    private final List<RegisterDescription> described;
    private final List<RegisterDescription> english;

    public ReportDocument(Texts texts, List<RegisterDescription> described, List<RegisterDescription> english) {
        this.t = texts;
        this.described = described == null ? List.of() : described;
        this.english = english == null ? List.of() : english;
    }

    public Report view(CaseReport r) {
        Msg m = t.msg();
        List<Row> about = rows(
                row(m.case_number(), r.caseId()),
                row(m.request(), r.type() == null ? null : t.text("type_" + r.type().name())),
                row(m.received(), t.date(r.receivedAt())),
                row(m.completed(), t.date(r.completedAt())),
                row(m.subject(), r.subject() == null ? null : t.value(nonBlank(r.subject().name(),
                        r.subject().personalIdentityCode(), r.subject().email()))));
        List<Register> registers = new ArrayList<>();
        list(r.access()).forEach(a -> registers.add(access(a)));
        list(r.portability()).forEach(p -> registers.add(portable(p)));
        list(r.erasure()).forEach(e -> registers.add(erasure(e)));
        list(r.outcomes()).forEach(o -> registers.add(outcome(o)));
        String approved = r.erasureApproval() == null || r.erasureApproval().approvedAt() == null ? null
                : m.erasure_approved(t.date(r.erasureApproval().approvedAt()));
        List<String> told = list(r.recipients()).stream().map(x -> x.recipient()).filter(Objects::nonNull).distinct().toList();
        return new Report(t.language(), m.report_title(), about, r.status() != CaseStatus.COMPLETED, registers, approved, told,
                m.rights_text(), m.complaint_text(), m.automated_text());
    }

    private Register access(AccessReport a) {
        Optional<RegisterDescription> d = description(a.register());
        List<Category> categories = new ArrayList<>();
        for (AccessReport.Category c : list(a.categories())) {
            categories.add(category(a.register(), c.name(), c.purpose(), c.legalBasis(), c.sources(), c.recipients(),
                    c.retention(), c.records()));
        }
        List<String> log = list(a.accessLog()).stream().map(this::logLine).toList();
        return register(a.register(), a.subjectFound(), categories, d, log, List.of(), List.of(), List.of(), List.of(), List.of());
    }

    private Register portable(CaseReport.PortableRegister p) {
        List<Category> categories = list(p.categories()).stream().map(c -> category(p.register(), c.name(), c.purpose(),
                c.legalBasis(), List.of(), List.of(), null, c.records())).toList();
        return register(p.register(), null, categories, description(p.register()), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of());
    }

    private Register erasure(ErasureReport e) {
        List<Row> erased = list(e.erased()).stream().filter(x -> x.count() > 0)
                .map(x -> new Row(x.categoryCode() == null ? categoryName(e.register(), x.category())
                        : t.code(x.categoryCode(), x.params(), x.category()), String.valueOf(x.count()))).toList();
        List<Row> kept = list(e.kept()).stream().filter(x -> x.count() > 0).map(x -> {
            String category = x.categoryCode() == null ? categoryName(e.register(), x.category())
                    : t.code(x.categoryCode(), x.params(), x.category());
            String reason = x.reasonCode() == null ? t.value(x.reason()) : t.code(x.reasonCode(), x.params(), x.reason());
            String reference = x.legalReferenceCode() == null ? x.legalReference()
                    : t.code(x.legalReferenceCode(), x.params(), x.legalReference());
            return new Row(category + " (" + x.count() + ")", String.join(" ", nonBlank(reason,
                    reference == null ? null : "(" + reference + ")",
                    x.until() == null ? null : t.msg().kept_until(t.date(x.until())))));
        }).toList();
        return register(e.register(), null, List.of(), Optional.empty(), List.of(), erased, kept, List.of(), List.of(),
                list(e.recipientsToNotify()));
    }

    private Register outcome(DsrOutcome o) {
        return register(o.register(), o.subjectFound(), List.of(), Optional.empty(), List.of(), List.of(), List.of(),
                worded(o.appliedCodes(), o.applied()), worded(o.refusedCodes(), o.refused()), list(o.recipientsToNotify()));
    }

    /** The codes in this language when the register sent them (one for each English text), else its English texts. */
    private List<String> worded(List<DsrText> codes, List<String> english) {
        List<String> texts = list(english);
        if (list(codes).isEmpty() || codes.size() != texts.size()) {
            return texts;
        }
        List<String> worded = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            worded.add(t.code(codes.get(i).code(), codes.get(i).params(), texts.get(i)));
        }
        return worded;
    }

    private Register register(String code, Boolean found, List<Category> categories, Optional<RegisterDescription> d,
            List<String> log, List<Row> erased, List<Row> kept, List<String> applied, List<String> refused, List<String> notify) {
        String name = description(code).map(RegisterDescription::name).filter(n -> !n.isBlank()).orElse(code);
        String foundText = found == null ? null : found ? t.msg().found_yes() : t.msg().found_no();
        boolean showDescription = found == null || found;
        List<Row> purposes = !showDescription ? List.of() : d.map(x -> list(x.purposes()).stream()
                .map(p -> new Row(p.text(), p.legalBasis())).toList()).orElse(List.of());
        List<String> recipients = !showDescription ? List.of() : d.map(x -> list(x.recipients()).stream()
                .map(rc -> rc.name() + (rc.role() == null ? "" : " (" + Optional.ofNullable(t.text("role_" + rc.role()))
                        .orElse(rc.role()) + ")")).toList()).orElse(List.of());
        List<String> transfers = !showDescription ? List.of() : d.map(x -> list(x.transfers()).stream()
                .map(tr -> String.join(", ", nonBlank(tr.recipient(), tr.country(), tr.mechanism(), tr.safeguardReference())))
                .toList()).orElse(List.of());
        List<Row> retention = !showDescription ? List.of() : d.map(x -> list(x.retention()).stream()
                .map(rt -> new Row(rt.category(), String.join(" ", nonBlank(rt.period(),
                        rt.legalReference() == null ? null : "(" + rt.legalReference() + ")")))).toList()).orElse(List.of());
        return new Register(name, foundText, categories, purposes, recipients, transfers, retention, log, erased, kept,
                applied.stream().map(t::value).filter(Objects::nonNull).toList(),
                refused.stream().map(t::value).filter(Objects::nonNull).toList(), notify);
    }

    private Category category(String register, String name, String purpose, String basis, List<String> sources,
            List<String> recipients, String retention, List<Map<String, Object>> records) {
        Optional<RegisterDescription.DataCategory> described = describedCategory(register, name);
        List<Row> about;
        if (described.isPresent()) {
            // The register's own English sentences are replaced by its description in this language.
            about = rows(row(t.msg().sources(), t.value(described.get().sources())));
        } else {
            about = rows(row(t.msg().purpose(), purpose), row(t.msg().basis(), basis), row(t.msg().sources(), t.value(sources)),
                    row(t.msg().recipients(), t.value(recipients)), row(t.msg().retention(), retention));
        }
        List<List<Row>> shown = new ArrayList<>();
        for (Map<String, Object> record : list(records)) {
            List<Row> fields = new ArrayList<>();
            record.forEach((k, v) -> {
                if (!Texts.STAFF_FIELDS.contains(k)) {
                    String value = t.value(v);
                    if (value != null) {
                        fields.add(new Row(t.fieldLabel(k), value));
                    }
                }
            });
            if (!fields.isEmpty()) {
                shown.add(fields);
            }
        }
        return new Category(described.map(RegisterDescription.DataCategory::name).orElse(name), about, shown);
    }

    private String categoryName(String register, String name) {
        return describedCategory(register, name).map(RegisterDescription.DataCategory::name).orElse(t.value(name));
    }

    /** The category at the same place in the description in this language as the English one of that name. */
    private Optional<RegisterDescription.DataCategory> describedCategory(String register, String name) {
        if (name == null) {
            return Optional.empty();
        }
        Optional<RegisterDescription> en = find(english, register);
        Optional<RegisterDescription> here = description(register);
        if (en.isEmpty() || here.isEmpty()) {
            return Optional.empty();
        }
        List<RegisterDescription.DataCategory> enCategories = list(en.get().dataCategories());
        List<RegisterDescription.DataCategory> categories = list(here.get().dataCategories());
        for (int i = 0; i < enCategories.size() && i < categories.size(); i++) {
            if (name.equalsIgnoreCase(enCategories.get(i).name())) {
                return Optional.of(categories.get(i));
            }
        }
        return Optional.empty();
    }

    private String logLine(AccessReport.AccessLogLine l) {
        String role = Objects.requireNonNullElse(t.roles(l.actorRoles()), "–");
        String action = Objects.requireNonNullElse(t.value(l.action()), "–");
        String record = Objects.requireNonNullElse(l.recordTypeCode() == null ? t.value(l.recordType())
                : t.code(l.recordTypeCode(), Map.of(), l.recordType()), "–");
        int count = l.count() == null ? 1 : l.count();
        String when = l.lastAt() != null && count > 1 && !Objects.equals(t.date(l.at()), t.date(l.lastAt()))
                ? t.msg().period(t.date(l.at()), t.date(l.lastAt())) : t.date(l.at());
        String line = count > 1 ? t.msg().log_line(role, action, record, count) : t.msg().log_line_once(role, action, record);
        if (l.purposeCode() != null) {
            line = line + " · " + t.msg().log_purpose(t.code(l.purposeCode(), Map.of(), l.purpose()));
        }
        return when == null ? line : when + " · " + line;
    }

    private Optional<RegisterDescription> description(String register) {
        return find(described, register);
    }

    private static Optional<RegisterDescription> find(List<RegisterDescription> descriptions, String register) {
        return descriptions.stream().filter(d -> d.register() != null && d.register().equals(register)).findFirst();
    }

    private static Row row(String label, Object value) {
        return value == null || value.toString().isBlank() ? null : new Row(label, value.toString());
    }

    private static List<Row> rows(Row... rows) {
        return java.util.Arrays.stream(rows).filter(Objects::nonNull).toList();
    }

    static List<String> nonBlank(String... parts) {
        return java.util.Arrays.stream(parts).filter(p -> p != null && !p.isBlank()).toList();
    }

    private static <T> List<T> list(List<T> l) {
        return l == null ? List.of() : l;
    }
}
