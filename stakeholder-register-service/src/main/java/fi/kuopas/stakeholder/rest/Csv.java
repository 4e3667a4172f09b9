package fi.kuopas.stakeholder.rest;

import fi.kuopas.stakeholder.rest.StakeholderDtos.ExportRow;
import java.util.List;

/** RFC 4180 CSV of a mailing export, safe to open in a spreadsheet. */
final class Csv {

    static final String HEADER = "contactPersonId,firstName,lastName,email,organisation,language";

    private Csv() {
    }

    static String of(List<ExportRow> rows) {
        StringBuilder out = new StringBuilder(HEADER).append("\r\n");
        for (ExportRow r : rows) {
            out.append(cell(r.contactPersonId().toString())).append(',')
                    .append(cell(r.firstName())).append(',')
                    .append(cell(r.lastName())).append(',')
                    .append(cell(r.email())).append(',')
                    .append(cell(r.organisation())).append(',')
                    .append(cell(r.language())).append("\r\n");
        }
        return out.toString();
    }

    /** Quotes where needed; a leading = + - @ would make a spreadsheet run it as a formula, so it is defused. */
    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String v = value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            v = "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
