package fi.kuopas.customer;

import java.time.Duration;
import org.awaitility.Awaitility;
import static fi.kuopas.customer.Fixtures.PROBLEM_JSON;
import static fi.kuopas.customer.Fixtures.as;
import static fi.kuopas.customer.Fixtures.externalId;
import static fi.kuopas.customer.Fixtures.lettingOfficer;
import static fi.kuopas.customer.Fixtures.leaseRow;
import static fi.kuopas.customer.Fixtures.pms;
import static fi.kuopas.customer.Fixtures.randomCode;
import static fi.kuopas.customer.Fixtures.residentRow;
import static fi.kuopas.customer.Fixtures.uniqueLastName;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Asynchronous PMS import jobs: a file (JSON lines or CSV) is accepted with 202, applied in the
 * background in chunks (two rows in tests), its progress and per-row results can be fetched, and a
 * job left unfinished (a restart) is resumed where its last chunk ended.
 */
@QuarkusTest
class PmsImportJobTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NDJSON = "application/x-ndjson";

    @Test
    void shouldReportEveryRowOfAJsonLinesJobAndLandTheGoodOnes() throws Exception {
        String lease = externalId("PMS-L");
        String tenantCode = randomCode();
        Map<String, Object> tenant = residentRow(externalId("PMS-P"), tenantCode, uniqueLastName("Ahonen"),
                leaseRow(lease, LocalDate.of(2024, 5, 1), null, "TENANT"));
        Map<String, Object> coResident = residentRow(externalId("PMS-P"), randomCode(), uniqueLastName("Ahonen"),
                leaseRow(lease, LocalDate.of(2024, 5, 1), null, "CO_RESIDENT"));
        Map<String, Object> badPostal = residentRow(externalId("PMS-P"), randomCode(), uniqueLastName("Ahonen"), null);
        badPostal.put("postalCode", "701");
        String file = JSON.writeValueAsString(tenant) + "\n" + "{ not json\n" + JSON.writeValueAsString(badPostal) + "\n"
                + JSON.writeValueAsString(coResident) + "\n";

        Response accepted = pms().contentType(NDJSON).body(bytes(file)).when().post("/api/v1/pms/jobs");
        accepted.then().statusCode(202).body("status", equalTo("QUEUED")).body("totalRows", equalTo(4));
        String id = accepted.jsonPath().getString("id");
        assertThat(accepted.header("Location")).endsWith("/api/v1/pms/jobs/" + id);

        JsonPath job = awaitCompleted(id);
        assertThat(job.getInt("processedRows")).isEqualTo(4);
        assertThat(job.getInt("created")).isEqualTo(2);
        assertThat(job.getInt("rejected")).isEqualTo(2);
        assertThat(job.getString("submittedBy")).isEqualTo("service-account-kuopas-pms");
        assertThat(job.getString("finishedAt")).isNotNull();

        List<JsonPath> rows = results(id);
        assertThat(rows).extracting(r -> r.getString("status")).containsExactly("CREATED", "REJECTED", "REJECTED", "CREATED");
        assertThat(rows).extracting(r -> r.getInt("index")).containsExactly(0, 1, 2, 3);
        assertThat(rows.get(1).getString("error")).contains("line 2").doesNotContain("not json");
        assertThat(rows.get(2).getString("error")).contains("postalCode");
        assertThat(rows.get(2).getString("externalId")).isEqualTo(badPostal.get("externalId"));
        lettingOfficer().when().get("/api/v1/persons/" + rows.get(0).getString("personId")).then().statusCode(200)
                .body("personalIdentityCode", equalTo(tenantCode));
        assertThat(Fixtures.count("SELECT count(*) FROM lease_resident r JOIN lease l ON l.id = r.lease_id "
                + "WHERE l.external_pms_id = ?", lease)).isEqualTo(2);
        // Every created person audited; the file's lines are gone once applied.
        assertThat(Fixtures.count("SELECT count(*) FROM audit_log WHERE action = 'CREATE' AND record_id IN (?, ?)",
                rows.get(0).getString("personId"), rows.get(3).getString("personId"))).isEqualTo(2);
        assertThat(Fixtures.count("SELECT count(*) FROM pms_import_line WHERE job_id = ?", UUID.fromString(id))).isZero();
    }

    @Test
    void shouldRunACsvJobIdempotently() {
        String code = randomCode();
        String ext = externalId("PMS-P");
        String last = uniqueLastName("Kettunen");
        String file = "externalId,personalIdentityCode,firstName,lastName,streetAddress,postalCode,city,leaseExternalId,"
                + "apartmentRef,leaseStartDate,leaseEndDate,leaseRole\r\n"
                + ext + "," + code + ",Aino," + last + ",\"Satamakatu 4, A 3\",70100,Kuopio," + externalId("PMS-L")
                + ",KUO-B7,2023-08-01,,TENANT\r\n"
                + externalId("PMS-P") + ",,Eino,Virta,,,,,,,,\r\n"   // neither code nor birth date
                + externalId("PMS-P") + ",too,few\r\n";
        String first = submitCsv(file);
        assertThat(awaitCompleted(first).getInt("created")).isEqualTo(1);
        List<JsonPath> rows = results(first);
        assertThat(rows).extracting(r -> r.getString("status")).containsExactly("CREATED", "REJECTED", "REJECTED");
        assertThat(rows.get(1).getString("error")).contains("birth date");
        lettingOfficer().when().get("/api/v1/persons/" + rows.get(0).getString("personId")).then().statusCode(200)
                .body("streetAddress", equalTo("Satamakatu 4, A 3")).body("lastName", equalTo(last));

        String again = submitCsv(file);
        JsonPath job = awaitCompleted(again);
        assertThat(job.getInt("unchanged")).isEqualTo(1);
        assertThat(job.getInt("created")).isZero();
        assertThat(results(again).get(0).getString("personId")).isEqualTo(rows.get(0).getString("personId"));
    }

    @Test
    void shouldResumeAnUnfinishedJobWhereItsLastChunkEnded() throws Exception {
        // The state a restart leaves behind: the first row's chunk committed (its result, its line gone),
        // the job RUNNING with the second row still waiting.
        UUID job = UUID.randomUUID();
        Map<String, Object> done = residentRow(externalId("PMS-P"), randomCode(), uniqueLastName("Jatko"), null);
        Map<String, Object> waiting = residentRow(externalId("PMS-P"), randomCode(), uniqueLastName("Jatko"), null);
        Fixtures.update("INSERT INTO pms_import_job (id, status, format, total_rows, processed_rows, created, submitted_by, submitted_at) "
                + "VALUES (?, 'RUNNING', 'JSONL', 2, 1, 1, 'service-account-kuopas-pms', ?)", job, java.sql.Timestamp.from(Instant.now()));
        UUID earlier = UUID.randomUUID();
        Fixtures.update("INSERT INTO pms_import_result (job_id, idx, external_id, status, person_id) VALUES (?, 0, ?, 'CREATED', ?)",
                job, done.get("externalId"), earlier);
        Fixtures.update("INSERT INTO pms_import_line (job_id, idx, line) VALUES (?, 1, ?)", job, JSON.writeValueAsString(waiting));

        JsonPath finished = awaitCompleted(job.toString());
        assertThat(finished.getInt("processedRows")).isEqualTo(2);
        assertThat(finished.getInt("created")).isEqualTo(2);
        List<JsonPath> rows = results(job.toString());
        assertThat(rows).extracting(r -> r.getString("status")).containsExactly("CREATED", "CREATED");
        assertThat(rows.get(0).getString("personId")).isEqualTo(earlier.toString());
        assertThat(rows.get(1).getString("externalId")).isEqualTo(waiting.get("externalId"));
        assertThat(Fixtures.count("SELECT count(*) FROM person WHERE external_pms_id = ?", waiting.get("externalId"))).isEqualTo(1);
    }

    @Test
    void shouldAnswerBadFilesWithProblems() {
        pms().contentType("text/csv").body(bytes("firstName,lastName\nA,B\n")).when().post("/api/v1/pms/jobs")
                .then().statusCode(400).contentType(PROBLEM_JSON);
        pms().contentType("text/csv").body(bytes("externalId,shoeSize\nA,42\n")).when().post("/api/v1/pms/jobs")
                .then().statusCode(400).contentType(PROBLEM_JSON);
        pms().contentType(NDJSON).body(bytes("\n\n")).when().post("/api/v1/pms/jobs")
                .then().statusCode(400).contentType(PROBLEM_JSON);
        pms().when().get("/api/v1/pms/jobs/" + UUID.randomUUID()).then().statusCode(404).contentType(PROBLEM_JSON);
        pms().when().get("/api/v1/pms/jobs/not-a-uuid").then().statusCode(400).contentType(PROBLEM_JSON);
        assertThat(Fixtures.count("SELECT count(*) FROM pms_import_job WHERE total_rows = 0")).isZero();
    }

    @Test
    void shouldLetOnlyThePmsIntegrationRunOrReadJobs() {
        String id = submitCsv("externalId,firstName,lastName,birthDate\n" + externalId("PMS-P") + ",Aino,Roolitesti,1980-02-03\n");
        for (String role : List.of("customer-service", "letting-officer", "dpo", "dsr-gateway")) {
            as("user-" + role, role).contentType(NDJSON).body(bytes("{}\n")).when().post("/api/v1/pms/jobs")
                    .then().statusCode(403).contentType(PROBLEM_JSON);
            as("user-" + role, role).when().get("/api/v1/pms/jobs/" + id).then().statusCode(403).contentType(PROBLEM_JSON);
            as("user-" + role, role).when().get("/api/v1/pms/jobs/" + id + "/results").then().statusCode(403).contentType(PROBLEM_JSON);
        }
        given().contentType(NDJSON).body(bytes("{}\n")).when().post("/api/v1/pms/jobs").then().statusCode(401);
        given().when().get("/api/v1/pms/jobs/" + id).then().statusCode(401);
        given().when().get("/api/v1/pms/jobs/" + id + "/results").then().statusCode(401);
        awaitCompleted(id);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String submitCsv(String file) {
        return pms().contentType("text/csv").body(bytes(file)).when().post("/api/v1/pms/jobs")
                .then().statusCode(202).extract().jsonPath().getString("id");
    }

    private static JsonPath awaitCompleted(String id) {
        return Awaitility.await("job " + id + " completes").atMost(Duration.ofSeconds(60)).pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(200)).pollInSameThread()
                .until(() -> {
                    JsonPath job = pms().when().get("/api/v1/pms/jobs/" + id).then().statusCode(200).extract().jsonPath();
                    assertThat(job.getInt("processedRows")).isBetween(0, job.getInt("totalRows"));
                    return job;
                }, job -> "COMPLETED".equals(job.getString("status")));
    }

    private static List<JsonPath> results(String id) {
        Response r = pms().when().get("/api/v1/pms/jobs/" + id + "/results");
        r.then().statusCode(200).contentType(NDJSON);
        List<JsonPath> rows = new ArrayList<>();
        for (String line : r.asString().split("\n")) {
            if (!line.isBlank()) {
                rows.add(new JsonPath(line));
            }
        }
        return rows;
    }
}
