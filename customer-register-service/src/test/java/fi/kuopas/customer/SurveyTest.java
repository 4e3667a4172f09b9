package fi.kuopas.customer;

import static fi.kuopas.customer.Fixtures.PROBLEMS;
import static fi.kuopas.customer.Fixtures.PROBLEM_JSON;
import static fi.kuopas.customer.Fixtures.createPerson;
import static fi.kuopas.customer.Fixtures.customerService;
import static fi.kuopas.customer.Fixtures.dpo;
import static fi.kuopas.customer.Fixtures.newPerson;
import static fi.kuopas.customer.Fixtures.picKey;
import static fi.kuopas.customer.Fixtures.randomCode;
import static fi.kuopas.customer.Fixtures.surveyBody;
import static fi.kuopas.customer.Fixtures.today;
import static fi.kuopas.customer.Fixtures.spi;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import fi.kuopas.privacy.grant.CaseGrant.Operation;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Survey responses: legitimate interest, refused after an objection (Art 21), kept 2 years. */
@QuarkusTest
@SuppressWarnings("unchecked")
class SurveyTest {

    @Test
    void shouldStoreAResponseWithFinnishTextAndAuditTheList() {
        String code = randomCode();
        UUID id = createPerson(code);
        Map<String, Object> body = surveyBody(id);
        body.put("answers", "Äänieristys on huono; pyöräkellari ÅÄÖ-kunnossa. €");

        customerService().body(body).when().post("/api/v1/survey-responses").then().statusCode(201)
                .header("Location", containsString("/api/v1/survey-responses/"))
                .body("surveyCode", equalTo("ASUKASTYYTYVAISYYS-2026"))
                .body("answers", equalTo("Äänieristys on huono; pyöräkellari ÅÄÖ-kunnossa. €"))
                .body("score", equalTo(8))
                .body("answeredAt", equalTo(Fixtures.ANSWERED_AT))
                .body("recordedBy", equalTo("asta"));
        Map<String, Object> scoreOnly = surveyBody(id);
        scoreOnly.remove("answers");
        scoreOnly.put("surveyCode", "HUOLTO-2026-11");
        customerService().body(scoreOnly).when().post("/api/v1/survey-responses").then().statusCode(201);

        customerService().queryParam("personId", id.toString()).when().get("/api/v1/survey-responses")
                .then().statusCode(200).body("size()", equalTo(2))
                .body("surveyCode", hasItems("ASUKASTYYTYVAISYYS-2026", "HUOLTO-2026-11"));
        dpo().queryParam("personId", id.toString()).when().get("/api/v1/survey-responses").then().statusCode(200);

        assertThat(Fixtures.count("SELECT count(*) FROM audit_log WHERE action = 'VIEW' AND record_type = 'survey-response' "
                + "AND subject_key = ?", picKey(code))).isEqualTo(2);
        assertThat(Fixtures.count("SELECT count(*) FROM audit_log WHERE action = 'CREATE' AND record_type = 'survey-response' "
                + "AND subject_key = ?", picKey(code))).isEqualTo(2);
    }

    @Test
    void shouldRefuseTheResponseWithArt21AfterAnObjectionToSurveys() {
        String code = randomCode();
        UUID id = createPerson(code);
        spi(Operation.OBJECTION, UUID.randomUUID(), List.of(picKey(code)), Map.of("purpose", "customer-surveys"))
                .when().post("/dsr/v1/objection").then().statusCode(200).body("applied", hasItem("SURVEY stopped"));

        customerService().body(surveyBody(id)).when().post("/api/v1/survey-responses")
                .then().statusCode(409).contentType(PROBLEM_JSON)
                .body("type", equalTo(PROBLEMS + "survey-objection"))
                .body("detail", containsString("Art 21"));
        assertThat(Fixtures.count("SELECT count(*) FROM survey_response WHERE person_id = ?", id)).isZero();
    }

    @Test
    void shouldAllowTheResponseWithAnExplicitSurveyPermissionOrNoneAtAll() {
        UUID allowed = newPerson();
        Fixtures.update("INSERT INTO marketing_preference (person_id, channel, allowed, reason, updated_at) "
                + "VALUES (?, 'SURVEY', true, 'test', now())", allowed);
        customerService().body(surveyBody(allowed)).when().post("/api/v1/survey-responses").then().statusCode(201);
        // Objecting to another channel does not stop surveys.
        UUID other = newPerson();
        Fixtures.update("INSERT INTO marketing_preference (person_id, channel, allowed, reason, updated_at) "
                + "VALUES (?, 'POST', false, 'objection', now())", other);
        customerService().body(surveyBody(other)).when().post("/api/v1/survey-responses").then().statusCode(201);
    }

    @Test
    void shouldRefuseBadInputAsProblemJson() {
        UUID id = newPerson();
        Map<String, Object> body = surveyBody(id);
        body.put("score", 11);
        body.put("surveyCode", "kysely 2026/äö");
        body.put("answeredAt", Instant.now().plus(2, ChronoUnit.DAYS).toString());
        customerService().body(body).when().post("/api/v1/survey-responses")
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("violations.field", hasItems("score", "surveyCode", "answeredAt"));

        Map<String, Object> empty = surveyBody(id);
        empty.remove("score");
        empty.put("answers", "   ");
        customerService().body(empty).when().post("/api/v1/survey-responses")
                .then().statusCode(400).contentType(PROBLEM_JSON).body("detail", containsString("score"));

        Map<String, Object> noPerson = surveyBody(id);
        noPerson.remove("personId");
        customerService().body(noPerson).when().post("/api/v1/survey-responses")
                .then().statusCode(400).body("violations.field", hasItem("personId"));
        customerService().body(surveyBody(UUID.randomUUID())).when().post("/api/v1/survey-responses")
                .then().statusCode(404).contentType(PROBLEM_JSON);
        customerService().body(Map.of("personId", id.toString(), "surveyCode", "X", "answeredAt", "yesterday", "score", 5))
                .when().post("/api/v1/survey-responses").then().statusCode(400).contentType(PROBLEM_JSON);
        customerService().queryParam("personId", "not-a-uuid").when().get("/api/v1/survey-responses")
                .then().statusCode(400).contentType(PROBLEM_JSON);
        customerService().when().get("/api/v1/survey-responses").then().statusCode(400).contentType(PROBLEM_JSON);
        assertThat(Fixtures.count("SELECT count(*) FROM survey_response WHERE person_id = ?", id)).isZero();
    }

    @Test
    void shouldNotStoreARestrictedPersonsResponse() {
        String code = randomCode();
        UUID id = createPerson(code);
        spi(Operation.RESTRICTION, UUID.randomUUID(), List.of(picKey(code)), Map.of("action", "SET"))
                .when().post("/dsr/v1/restriction").then().statusCode(200);
        customerService().body(surveyBody(id)).when().post("/api/v1/survey-responses")
                .then().statusCode(409).body("type", equalTo(PROBLEMS + "processing-restricted"));
    }

    @Test
    void shouldShowResponsesInTheAccessReportAndRemoveThemOnErasure() {
        String code = randomCode();
        UUID id = createPerson(code);
        customerService().body(surveyBody(id)).when().post("/api/v1/survey-responses").then().statusCode(201);

        JsonPath report = spi(Operation.ACCESS, UUID.randomUUID(), picKey(code)).when().post("/dsr/v1/access")
                .then().statusCode(200).extract().jsonPath();
        Map<String, Object> surveys = report.getMap("categories.find { it.name == 'Survey responses' }");
        assertThat(surveys).isNotNull();
        assertThat((String) surveys.get("legalBasis")).contains("6(1)(f)");
        assertThat((List<Map<String, Object>>) surveys.get("records")).singleElement()
                .satisfies(r -> assertThat((String) r.get("answers")).startsWith("Huoltoyhtiö"));

        JsonPath erasure = spi(Operation.ERASURE_EXECUTE, UUID.randomUUID(), picKey(code)).queryParam("dryRun", false)
                .when().post("/dsr/v1/erasure").then().statusCode(200).extract().jsonPath();
        assertThat(erasure.getInt("erased.find { it.category == 'survey responses' }.count")).isEqualTo(1);
        assertThat(Fixtures.count("SELECT count(*) FROM survey_response WHERE person_id = ?", id)).isZero();
    }

    @Test
    void shouldDeleteResponsesOlderThanTwoYearsOnRetention() {
        UUID id = newPerson();
        UUID old = UUID.fromString(customerService().body(surveyBody(id)).when().post("/api/v1/survey-responses")
                .then().statusCode(201).extract().path("id"));
        UUID recent = UUID.fromString(customerService().body(surveyBody(id)).when().post("/api/v1/survey-responses")
                .then().statusCode(201).extract().path("id"));
        Fixtures.update("UPDATE survey_response SET answered_at = ? WHERE id = ?",
                today().minusYears(2).minusDays(3).atStartOfDay(Fixtures.HELSINKI).toOffsetDateTime(), old);

        JsonPath dry = dpo().queryParam("dryRun", true).when().post("/api/v1/retention/runs")
                .then().statusCode(200).extract().jsonPath();
        assertThat(dry.getInt("find { it.rule == 'delete-survey-responses' }.affected")).isGreaterThanOrEqualTo(1);
        assertThat(Fixtures.count("SELECT count(*) FROM survey_response WHERE id = ?", old)).isEqualTo(1);

        JsonPath run = dpo().queryParam("dryRun", false).when().post("/api/v1/retention/runs")
                .then().statusCode(200).extract().jsonPath();
        assertThat(run.getString("find { it.rule == 'delete-survey-responses' }.legalReference")).contains("2 years");
        assertThat(Fixtures.count("SELECT count(*) FROM survey_response WHERE id = ?", old)).isZero();
        assertThat(Fixtures.count("SELECT count(*) FROM survey_response WHERE id = ?", recent)).isEqualTo(1);
    }
}
