package fi.kuopas.gateway.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import fi.kuopas.gateway.service.CaseReport.PortableCategory;
import fi.kuopas.gateway.service.CaseReport.PortableRegister;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The Art 20 package a person can use elsewhere: one ZIP with the same data as JSON (against the
 * published JSON Schema) and as CSV (one row per field, columns described in the published
 * column description), plus a README saying which is which.
 */
public final class PortabilityPackage {

    public static final String SCHEMA_PATH = "/api/v1/schemas/portability-package.schema.json";
    public static final String CSV_COLUMNS_PATH = "/api/v1/schemas/portability-package.csv-columns.json";
    public static final String CSV_HEADER = "register,category,purpose,legal_basis,record,field,value";

    private PortabilityPackage() {
    }

    /** The JSON document: {caseId, format, registers: [{register, categories: [{name, purpose, legalBasis, records}]}]}. */
    public static Map<String, Object> json(UUID caseId, List<PortableRegister> registers) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("$schema", SCHEMA_PATH);
        doc.put("caseId", caseId.toString());
        doc.put("format", "kuopas-portability-1");
        doc.put("registers", registers);
        return doc;
    }

    /** RFC 4180 CSV, one row per field of each record; nested values are written as JSON. */
    public static String csv(List<PortableRegister> registers, ObjectMapper mapper) {
        StringBuilder out = new StringBuilder(CSV_HEADER).append("\r\n");
        for (PortableRegister r : registers) {
            for (PortableCategory c : r.categories()) {
                int index = 0;
                for (Map<String, Object> record : c.records()) {
                    index++;
                    for (Map.Entry<String, Object> field : record.entrySet()) {
                        Object v = field.getValue();
                        String value = v == null ? "" : v instanceof String s ? s : write(mapper, v);
                        out.append(cell(r.register())).append(',').append(cell(c.name())).append(',').append(cell(c.purpose()))
                                .append(',').append(cell(c.legalBasis())).append(',').append(index).append(',')
                                .append(cell(field.getKey())).append(',').append(cell(value)).append("\r\n");
                    }
                }
            }
        }
        return out.toString();
    }

    public static byte[] zip(UUID caseId, List<PortableRegister> registers, ObjectMapper mapper) {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(bytes)) {
            put(zip, "data.json", mapper.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(json(caseId, registers)));
            put(zip, "data.csv", csv(registers, mapper).getBytes(StandardCharsets.UTF_8));
            put(zip, "README.txt", readme().getBytes(StandardCharsets.UTF_8));
            zip.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The JSON Schema (2020-12) of data.json. */
    public static Map<String, Object> schema() {
        Map<String, Object> record = Map.of("type", "object", "description", "One record: field name to value");
        Map<String, Object> category = Map.of("type", "object", "required", List.of("name", "legalBasis", "records"),
                "properties", Map.of("name", Map.of("type", "string"), "purpose", Map.of("type", List.of("string", "null")),
                        "legalBasis", Map.of("type", "string", "pattern", ".*(6\\(1\\)\\(a\\)|6\\(1\\)\\(b\\)|9\\(2\\)\\(a\\)).*"),
                        "records", Map.of("type", "array", "items", record)));
        Map<String, Object> register = Map.of("type", "object", "required", List.of("register", "categories"),
                "properties", Map.of("register", Map.of("type", "string"),
                        "categories", Map.of("type", "array", "items", category)));
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        schema.put("$id", SCHEMA_PATH);
        schema.put("title", "Kuopas portability package (GDPR Art 20)");
        schema.put("type", "object");
        schema.put("required", List.of("caseId", "format", "registers"));
        schema.put("properties", Map.of("$schema", Map.of("type", "string"),
                "caseId", Map.of("type", "string", "format", "uuid"),
                "format", Map.of("const", "kuopas-portability-1"),
                "registers", Map.of("type", "array", "items", register)));
        return schema;
    }

    /** The column description of data.csv (W3C CSV on the Web tabular metadata). */
    public static Map<String, Object> csvColumns() {
        List<Map<String, Object>> columns = List.of(
                column("register", "The register the data comes from (customer, personnel, stakeholder, cctv, consent)"),
                column("category", "The data category in that register"),
                column("purpose", "Why the data is processed"),
                column("legal_basis", "GDPR legal basis: consent 6(1)(a) or contract 6(1)(b), the two Art 20 covers"),
                column("record", "Number of the record within its category, from 1"),
                column("field", "Field name"),
                column("value", "Field value; lists and nested values as JSON"));
        return Map.of("@context", "http://www.w3.org/ns/csvw", "url", "data.csv",
                "dialect", Map.of("header", true, "encoding", "utf-8", "lineTerminators", List.of("\r\n")),
                "tableSchema", Map.of("columns", columns));
    }

    private static Map<String, Object> column(String name, String description) {
        return Map.of("name", name, "titles", name, "dc:description", description, "datatype", "string");
    }

    private static String readme() {
        return """
                Your data under Article 20 of the GDPR (data portability)
                =========================================================
                data.json  all portable data as JSON; schema: %s
                data.csv   the same data, one row per field; columns: %s
                           (register, category, purpose, legal_basis, record, field, value)
                Only data you provided that is processed on your consent or for a contract with you is included.
                """.formatted(SCHEMA_PATH, CSV_COLUMNS_PATH);
    }

    private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }

    private static String cell(String s) {
        if (s == null) {
            return "";
        }
        // Formula injection: a cell starting with = + - @ is prefixed so spreadsheets show it as text.
        String v = !s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
        return v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")
                ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }

    private static String write(ObjectMapper mapper, Object v) {
        try {
            return mapper.writeValueAsString(v);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
