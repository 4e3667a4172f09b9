package fi.kuopas.gateway.documents;

import io.quarkus.qute.TemplateData;
import java.util.List;

/** What the document templates show: texts already in the document's language, no raw values, no empty rows. */
public final class DocumentViews {

    private DocumentViews() {
    }

    @TemplateData
    public record Row(String label, String value) {
    }

    @TemplateData
    public record Category(String name, List<Row> about, List<List<Row>> records) {
    }

    @TemplateData
    public record Register(String name, String found, List<Category> categories, List<Row> purposes, List<String> recipients,
            List<String> transfers, List<Row> retention, List<String> log, List<Row> erased, List<Row> kept,
            List<String> applied, List<String> refused, List<String> toNotify) {
    }

    @TemplateData
    public record Report(String lang, String title, List<Row> about, boolean draft, List<Register> registers,
            String erasureApproved, List<String> recipientsTold, String rights, String complaint, String automated) {
    }

    /** One language of the switch: its own name, and whether it is the page's language. */
    @TemplateData
    public record LanguageLink(String lang, String label, boolean current) {

        public static List<LanguageLink> all(String current) {
            return Texts.LANGUAGES.stream().map(l -> new LanguageLink(l, Texts.msg(l).language_name(), l.equals(current))).toList();
        }
    }

    /** A notice to the subject (extension, refusal): a title, facts and the text. */
    @TemplateData
    public record Notice(String lang, String title, List<Row> about, String text) {
    }
}
