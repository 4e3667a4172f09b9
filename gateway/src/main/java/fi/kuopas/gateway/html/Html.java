package fi.kuopas.gateway.html;

import java.util.Collection;

/**
 * A small HTML writer in which every piece of text is escaped: tag names come from our code only,
 * and everything else (names, register answers, reasons) goes through {@link #escape}.
 */
final class Html {

    private static final String STYLE = "body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;"
            + "line-height:1.45;color:#1b1b1b}table{border-collapse:collapse;margin:.5rem 0 1rem}th,td{border:1px solid #bbb;"
            + "padding:.25rem .5rem;text-align:left;vertical-align:top}th{background:#f0f0f0}.warning{border:2px solid #b00;"
            + "padding:.75rem;background:#fff3f3}.muted{color:#555}";

    private final StringBuilder out = new StringBuilder(8192);

    static Html page(String lang, String title) {
        Html h = new Html();
        h.out.append("<!DOCTYPE html><html lang=\"").append(escape(lang)).append("\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>")
                .append(escape(title)).append("</title><style>").append(STYLE).append("</style></head><body>");
        return h.element("h1", title);
    }

    static String escape(Object value) {
        if (value == null) {
            return "";
        }
        String s = value.toString();
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(ch);
            }
        }
        return b.toString();
    }

    Html open(String tag) {
        out.append('<').append(tag).append('>');
        return this;
    }

    Html openClass(String tag, String cssClass) {
        out.append('<').append(tag).append(" class=\"").append(cssClass).append("\">");
        return this;
    }

    Html close(String tag) {
        out.append("</").append(tag).append('>');
        return this;
    }

    Html text(Object value) {
        out.append(escape(value));
        return this;
    }

    Html element(String tag, Object value) {
        return open(tag).text(value).close(tag);
    }

    /** A paragraph "label: value", skipped when there is no value. */
    Html field(String label, Object value) {
        if (value == null || value instanceof Collection<?> c && c.isEmpty() || value.toString().isBlank()) {
            return this;
        }
        Object shown = value instanceof Collection<?> c ? String.join(", ", c.stream().map(String::valueOf).toList()) : value;
        return open("p").element("strong", label + ": ").text(shown).close("p");
    }

    Html table(Collection<String> headings, Collection<? extends Collection<?>> rows) {
        if (rows.isEmpty()) {
            return this;
        }
        open("table").open("tr");
        headings.forEach(h -> element("th", h));
        close("tr");
        for (Collection<?> row : rows) {
            open("tr");
            row.forEach(cell -> element("td", cell));
            close("tr");
        }
        return close("table");
    }

    String finish() {
        return out.append("</body></html>").toString();
    }
}
