package fi.kuopas.customer.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.kuopas.privacy.problem.ProblemException;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Asynchronous property-management import: a whole file (JSON lines or CSV) is stored as a job and
 * applied in chunks through {@link PmsImportService} by a background worker. Each chunk commits its
 * per-row results, the job's progress and the deletion of its lines together, so after a restart the
 * worker resumes at the first unfinished chunk; rows of a chunk interrupted mid-way are applied again,
 * which the import makes harmless (idempotent: they report UNCHANGED).
 */
@ApplicationScoped
public class PmsImportJobs {

    /** The CSV columns, in any order; a header line names them. */
    public static final List<String> CSV_COLUMNS = List.of("externalId", "personalIdentityCode", "firstName", "lastName",
            "birthDate", "email", "phone", "streetAddress", "postalCode", "city", "leaseExternalId", "apartmentRef",
            "leaseStartDate", "leaseEndDate", "leaseRole");

    private final EntityManager em;
    private final PmsImportService imports;
    private final ObjectMapper json;
    private final int chunk;

    public PmsImportJobs(EntityManager em, PmsImportService imports, ObjectMapper json,
            @ConfigProperty(name = "kuopas.customer.pms.jobs.chunk-rows", defaultValue = "1000") int chunk) {
        this.em = em;
        this.imports = imports;
        this.json = json;
        this.chunk = chunk;
    }

    /** Stores the file's data lines as a new QUEUED job. */
    public PmsRows.Job submit(InputStream body, boolean csv, String submittedBy) {
        UUID id = UUID.randomUUID();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            return QuarkusTransaction.requiringNew().call(() -> {
                String header = null;
                if (csv) {
                    header = in.readLine();
                    if (header == null || header.isBlank()) {
                        throw ProblemException.badRequest("the CSV file has no header line");
                    }
                    header = header.strip();
                    if (header.startsWith("\uFEFF")) {
                        header = header.substring(1);
                    }
                    List<String> names = CsvLine.split(header);
                    List<String> unknown = names.stream().filter(n -> !CSV_COLUMNS.contains(n)).toList();
                    if (!unknown.isEmpty() || !names.contains("externalId") || header.length() > 1000) {
                        throw ProblemException.badRequest("the CSV header must name columns of " + CSV_COLUMNS
                                + (unknown.isEmpty() ? ", externalId among them" : "; unknown: " + unknown));
                    }
                }
                em.createNativeQuery("INSERT INTO pms_import_job (id, status, format, csv_header, total_rows, submitted_by, submitted_at) "
                        + "VALUES (?1, 'QUEUED', ?2, ?3, 0, ?4, ?5)").setParameter(1, id).setParameter(2, csv ? "CSV" : "JSONL")
                        .setParameter(3, header).setParameter(4, submittedBy).setParameter(5, Instant.now()).executeUpdate();
                int n = 0;
                List<String> lines = new ArrayList<>(chunk);
                String line;
                while ((line = in.readLine()) != null) {
                    if (line.isBlank()) {
                        continue;
                    }
                    lines.add(line);
                    if (lines.size() == 5000) {
                        storeLines(id, n, lines);
                        n += lines.size();
                        lines.clear();
                    }
                }
                storeLines(id, n, lines);
                n += lines.size();
                if (n == 0) {
                    throw ProblemException.badRequest("the file has no data lines");
                }
                em.createNativeQuery("UPDATE pms_import_job SET total_rows = ?1 WHERE id = ?2").setParameter(1, n)
                        .setParameter(2, id).executeUpdate();
                return find(id);
            });
        } catch (IOException e) {
            throw ProblemException.badRequest("the file could not be read");
        }
    }

    private void storeLines(UUID job, int from, List<String> lines) {
        if (lines.isEmpty()) {
            return;
        }
        em.createNativeQuery("INSERT INTO pms_import_line (job_id, idx, line) "
                + "SELECT ?1, ?2 + o - 1, l FROM unnest(CAST(?3 AS text[])) WITH ORDINALITY AS t(l, o)")
                .setParameter(1, job).setParameter(2, from).setParameter(3, lines.toArray(String[]::new)).executeUpdate();
    }

    public PmsRows.Job find(UUID id) {
        List<?> rows = em.createNativeQuery("SELECT id, status, format, total_rows, processed_rows, created, updated, unchanged, "
                + "rejected, erased, restricted, submitted_by, submitted_at, finished_at FROM pms_import_job WHERE id = ?1")
                .setParameter(1, id).getResultList();
        if (rows.isEmpty()) {
            throw ProblemException.notFound("import job " + id);
        }
        Object[] r = (Object[]) rows.get(0);
        return new PmsRows.Job((UUID) r[0], (String) r[1], (String) r[2], num(r[3]), num(r[4]), num(r[5]), num(r[6]), num(r[7]),
                num(r[8]), num(r[9]), num(r[10]), (String) r[11], instant(r[12]), instant(r[13]));
    }

    /** The job's per-row results so far, in file order, a page at a time. */
    public void results(UUID id, Consumer<PmsRows.Result> out) {
        find(id);
        int after = -1;
        while (true) {
            int from = after;
            List<?> page = QuarkusTransaction.joiningExisting().call(() -> em.createNativeQuery(
                    "SELECT idx, external_id, status, person_id, error FROM pms_import_result WHERE job_id = ?1 AND idx > ?2 "
                            + "ORDER BY idx LIMIT 5000").setParameter(1, id).setParameter(2, from).getResultList());
            for (Object o : page) {
                Object[] r = (Object[]) o;
                after = num(r[0]);
                out.accept(new PmsRows.Result(after, (String) r[1], (String) r[2], (UUID) r[3], (String) r[4]));
            }
            if (page.size() < 5000) {
                return;
            }
        }
    }

    @Scheduled(every = "${kuopas.customer.pms.jobs.poll:2s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void work() {
        while (runNextChunk()) {
            // next chunk, next job
        }
    }

    private record Chunk(UUID job, String format, String header, int from, List<String> lines) {
    }

    /** Applies the next chunk of the oldest unfinished job; false when no job is left. */
    boolean runNextChunk() {
        Chunk c = QuarkusTransaction.requiringNew().call(() -> {
            List<?> open = em.createNativeQuery("SELECT id, format, csv_header, processed_rows FROM pms_import_job "
                    + "WHERE status <> 'COMPLETED' ORDER BY submitted_at LIMIT 1 FOR UPDATE SKIP LOCKED").getResultList();
            if (open.isEmpty()) {
                return null;
            }
            Object[] j = (Object[]) open.get(0);
            UUID job = (UUID) j[0];
            int from = num(j[3]);
            @SuppressWarnings("unchecked")
            List<String> lines = em.createNativeQuery("SELECT line FROM pms_import_line WHERE job_id = ?1 AND idx >= ?2 "
                    + "ORDER BY idx LIMIT ?3").setParameter(1, job).setParameter(2, from).setParameter(3, chunk).getResultList();
            em.createNativeQuery("UPDATE pms_import_job SET status = ?2 WHERE id = ?1").setParameter(1, job)
                    .setParameter(2, lines.isEmpty() ? "COMPLETED" : "RUNNING").executeUpdate();
            if (lines.isEmpty()) {
                em.createNativeQuery("UPDATE pms_import_job SET finished_at = ?2 WHERE id = ?1").setParameter(1, job)
                        .setParameter(2, Instant.now()).executeUpdate();
            }
            return new Chunk(job, (String) j[1], (String) j[2], from, lines);
        });
        if (c == null) {
            return false;
        }
        if (c.lines().isEmpty()) {
            return true;
        }
        PmsRows.Result[] results = new PmsRows.Result[c.lines().size()];
        List<PmsRows.Resident> parsed = new ArrayList<>();
        List<Integer> at = new ArrayList<>();
        List<String> columns = c.header() == null ? null : CsvLine.split(c.header());
        for (int i = 0; i < c.lines().size(); i++) {
            try {
                parsed.add(columns == null ? json.readValue(c.lines().get(i), PmsRows.Resident.class) : csvRow(columns, c.lines().get(i)));
                at.add(i);
            } catch (JsonProcessingException | IllegalArgumentException | DateTimeParseException e) {
                // The parser's message may quote the line; the row's data never goes into a result or a log.
                results[i] = PmsRows.Result.rejected(c.from() + i, null, (columns == null ? "not a JSON object of a resident"
                        : "not a CSV line of " + columns.size() + " columns with valid dates") + " (line " + (c.from() + i + 1) + ")");
            }
        }
        List<PmsRows.Result> applied = parsed.isEmpty() ? List.of() : imports.upsert(parsed);
        for (int k = 0; k < applied.size(); k++) {
            PmsRows.Result r = applied.get(k);
            int i = at.get(k);
            results[i] = new PmsRows.Result(c.from() + i, r.externalId(), r.status(), r.personId(), r.error());
        }
        List<PmsRows.Result> all = Arrays.asList(results);
        Map<String, Long> counts = all.stream().collect(Collectors.groupingBy(PmsRows.Result::status, Collectors.counting()));
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("INSERT INTO pms_import_result (job_id, idx, external_id, status, person_id, error) "
                    + "SELECT ?1, i, x, s, CAST(p AS uuid), e FROM unnest(CAST(?2 AS int[]), CAST(?3 AS text[]), CAST(?4 AS text[]), "
                    + "CAST(?5 AS text[]), CAST(?6 AS text[])) AS t(i, x, s, p, e) ON CONFLICT (job_id, idx) DO UPDATE "
                    + "SET external_id = EXCLUDED.external_id, status = EXCLUDED.status, person_id = EXCLUDED.person_id, error = EXCLUDED.error")
                    .setParameter(1, c.job())
                    .setParameter(2, all.stream().map(PmsRows.Result::index).toArray(Integer[]::new))
                    .setParameter(3, all.stream().map(PmsRows.Result::externalId).toArray(String[]::new))
                    .setParameter(4, all.stream().map(PmsRows.Result::status).toArray(String[]::new))
                    .setParameter(5, all.stream().map(r -> r.personId() == null ? null : r.personId().toString()).toArray(String[]::new))
                    .setParameter(6, all.stream().map(r -> r.error() == null ? null : r.error().length() > 1000
                            ? r.error().substring(0, 1000) : r.error()).toArray(String[]::new))
                    .executeUpdate();
            em.createNativeQuery("DELETE FROM pms_import_line WHERE job_id = ?1 AND idx >= ?2 AND idx < ?3").setParameter(1, c.job())
                    .setParameter(2, c.from()).setParameter(3, c.from() + all.size()).executeUpdate();
            em.createNativeQuery("UPDATE pms_import_job SET processed_rows = processed_rows + ?2, created = created + ?3, "
                    + "updated = updated + ?4, unchanged = unchanged + ?5, rejected = rejected + ?6, erased = erased + ?7, "
                    + "restricted = restricted + ?8, status = CASE WHEN processed_rows + ?2 >= total_rows THEN 'COMPLETED' ELSE 'RUNNING' END, "
                    + "finished_at = CASE WHEN processed_rows + ?2 >= total_rows THEN CAST(?9 AS timestamptz) END WHERE id = ?1 AND processed_rows = ?10")
                    .setParameter(1, c.job()).setParameter(2, all.size()).setParameter(3, count(counts, "CREATED"))
                    .setParameter(4, count(counts, "UPDATED")).setParameter(5, count(counts, "UNCHANGED"))
                    .setParameter(6, count(counts, "REJECTED")).setParameter(7, count(counts, PmsRows.Result.ERASED))
                    .setParameter(8, count(counts, PmsRows.Result.RESTRICTED)).setParameter(9, Timestamp.from(Instant.now()))
                    .setParameter(10, c.from()).executeUpdate();
        });
        Log.debugf("PMS import job %s: rows %d-%d applied", c.job(), c.from(), c.from() + all.size() - 1);
        return true;
    }

    private static PmsRows.Resident csvRow(List<String> columns, String line) {
        List<String> v = CsvLine.split(line);
        if (v.size() != columns.size()) {
            throw new IllegalArgumentException("column count");
        }
        java.util.function.Function<String, String> col = name -> {
            int i = columns.indexOf(name);
            return i < 0 || v.get(i).isEmpty() ? null : v.get(i);
        };
        PmsRows.Lease lease = col.apply("leaseExternalId") == null ? null
                : new PmsRows.Lease(col.apply("leaseExternalId"), col.apply("apartmentRef"), date(col.apply("leaseStartDate")),
                        date(col.apply("leaseEndDate")), col.apply("leaseRole"));
        return new PmsRows.Resident(col.apply("externalId"), col.apply("personalIdentityCode"), col.apply("firstName"),
                col.apply("lastName"), date(col.apply("birthDate")), col.apply("email"), col.apply("phone"),
                col.apply("streetAddress"), col.apply("postalCode"), col.apply("city"), lease);
    }

    private static LocalDate date(String s) {
        return s == null ? null : LocalDate.parse(s);
    }

    private static int count(Map<String, Long> counts, String status) {
        return counts.getOrDefault(status, 0L).intValue();
    }

    private static int num(Object o) {
        return o == null ? 0 : ((Number) o).intValue();
    }

    private static Instant instant(Object o) {
        return o == null ? null : o instanceof Instant i ? i : o instanceof Timestamp t ? t.toInstant()
                : o instanceof java.time.OffsetDateTime d ? d.toInstant() : Instant.parse(o.toString());
    }

    /** One CSV line (RFC 4180 quoting, no line breaks inside a field). */
    static final class CsvLine {
        private CsvLine() {
        }

        static List<String> split(String line) {
            List<String> out = new ArrayList<>();
            StringBuilder f = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < line.length(); i++) {
                char ch = line.charAt(i);
                if (quoted) {
                    if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        f.append('"');
                        i++;
                    } else if (ch == '"') {
                        quoted = false;
                    } else {
                        f.append(ch);
                    }
                } else if (ch == '"') {
                    quoted = true;
                } else if (ch == ',') {
                    out.add(f.toString());
                    f.setLength(0);
                } else {
                    f.append(ch);
                }
            }
            if (quoted) {
                throw new IllegalArgumentException("unterminated quote");
            }
            out.add(f.toString().strip());
            return out;
        }
    }
}
