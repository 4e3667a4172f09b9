package fi.kuopas.personnel;

import static fi.kuopas.personnel.Fixtures.PROBLEMS;
import static fi.kuopas.personnel.Fixtures.PROBLEM_JSON;
import static fi.kuopas.personnel.Fixtures.addContract;
import static fi.kuopas.personnel.Fixtures.createEmployee;
import static fi.kuopas.personnel.Fixtures.employeeBody;
import static fi.kuopas.personnel.Fixtures.hr;
import static fi.kuopas.personnel.Fixtures.randomIdentityCode;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Employees, contracts and working time as HR uses them, and the input they refuse. */
@QuarkusTest
class EmployeeApiTest {

    @Test
    void shouldCreateAnEmployeeWithFinnishCharactersAndShowTheCodeOnlyToHrInTheSingleView() {
        String pic = randomIdentityCode();
        String id = createEmployee(employeeBody(pic));
        hr().when().get("/api/v1/employees/" + id).then().statusCode(200)
                .body("firstName", equalTo("Päivi"))
                .body("lastName", equalTo("Hämäläinen-Öhman"))
                .body("personalIdentityCode", equalTo(pic))
                .body("bankAccount", equalTo("FI21 1234 5600 0007 85"))
                .body("source.origin", equalTo("DATA_SUBJECT"));
        hr().queryParam("team", hr().when().get("/api/v1/employees/" + id).then().extract().<String>path("team"))
                .when().get("/api/v1/employees").then().statusCode(200)
                .body("", hasSize(1))
                .body("[0].personalIdentityCode", equalTo(pic.substring(0, 7) + "****"))
                .body("[0].bankAccount", nullValue());
    }

    @Test
    void shouldFindAnEmployeeByIdentityCodeGivenInTheBody() {
        String pic = randomIdentityCode();
        String id = createEmployee(employeeBody(pic));
        hr().body(Map.of("personalIdentityCode", pic.toLowerCase())).when().post("/api/v1/employees/search")
                .then().statusCode(200).body("", hasSize(1)).body("[0].id", equalTo(id));
        hr().body(Map.of("personalIdentityCode", randomIdentityCode())).when().post("/api/v1/employees/search")
                .then().statusCode(200).body("", hasSize(0));
        hr().body(Map.of("personalIdentityCode", "311399-999X")).when().post("/api/v1/employees/search")
                .then().statusCode(400).contentType(PROBLEM_JSON);
    }

    @Test
    void shouldRefuseAnInvalidIdentityCode() {
        hr().body(employeeBody("131052-308X")).when().post("/api/v1/employees").then().statusCode(400)
                .contentType(PROBLEM_JSON).body("type", equalTo(PROBLEMS + "invalid-identity-code"))
                .body("detail", containsString("check character"));
    }

    @Test
    void shouldRefuseASecondEmployeeWithTheSameIdentityCode() {
        String pic = randomIdentityCode();
        createEmployee(employeeBody(pic));
        hr().body(employeeBody(pic)).when().post("/api/v1/employees").then().statusCode(409).contentType(PROBLEM_JSON);
    }

    @Test
    void shouldAnswerMalformedJsonWrongTypesAndMissingFieldsWithProblemJson() {
        hr().body("{\"firstName\": ").when().post("/api/v1/employees").then().statusCode(400).contentType(PROBLEM_JSON);
        Map<String, Object> wrongType = employeeBody(randomIdentityCode());
        wrongType.put("supervisorId", 42);
        hr().body(wrongType).when().post("/api/v1/employees").then().statusCode(400).contentType(PROBLEM_JSON);
        Map<String, Object> missing = employeeBody(randomIdentityCode());
        missing.remove("position");
        hr().body(missing).when().post("/api/v1/employees").then().statusCode(400).contentType(PROBLEM_JSON)
                .body("violations[0].field", equalTo("position"));
        hr().when().get("/api/v1/employees/not-a-uuid").then().statusCode(400).contentType(PROBLEM_JSON);
    }

    @Test
    void shouldAnswerAnUnknownEmployeeWith404() {
        hr().when().get("/api/v1/employees/" + UUID.randomUUID()).then().statusCode(404).contentType(PROBLEM_JSON);
    }

    @Test
    void shouldRefuseAStaleVersionWith409() {
        String id = createEmployee();
        JsonPath current = hr().when().get("/api/v1/employees/" + id).then().extract().jsonPath();
        Map<String, Object> update = updateOf(current);
        update.put("phone", "+358 50 765 4321");
        hr().body(update).when().put("/api/v1/employees/" + id).then().statusCode(200).body("version", equalTo(1));
        update.put("phone", "+358 44 000 0000");
        hr().body(update).when().put("/api/v1/employees/" + id).then().statusCode(409).contentType(PROBLEM_JSON)
                .body("type", equalTo(PROBLEMS + "stale-version"));
    }

    @Test
    void shouldRefuseDataFromElsewhereWithoutItsSource() {
        Map<String, Object> body = employeeBody(randomIdentityCode());
        body.put("source", Map.of("origin", "OTHER", "name", "Verohallinto"));
        hr().body(body).when().post("/api/v1/employees").then().statusCode(422).contentType(PROBLEM_JSON)
                .body("type", equalTo(PROBLEMS + "source-required"))
                .body("detail", containsString("obtainedAt (when)"))
                .body("detail", containsString("Act 759/2004 §4"));
    }

    @Test
    void shouldRefuseConsentAsTheBasisOfEmployeeDataAndSayWhy() {
        Map<String, Object> body = employeeBody(randomIdentityCode());
        body.put("source", Map.of("origin", "OTHER", "name", "Edellinen työnantaja", "obtainedAt", "2026-01-10T08:00:00Z",
                "basis", "CONSENT", "reference", "Työntekijän suostumus"));
        hr().body(body).when().post("/api/v1/employees").then().statusCode(422).contentType(PROBLEM_JSON)
                .body("type", equalTo(PROBLEMS + "consent-not-a-basis"))
                .body("detail", containsString("Act 759/2004 §3"));
    }

    @Test
    void shouldRecordWhereDataFromElsewhereCameFrom() {
        Map<String, Object> body = employeeBody(randomIdentityCode());
        body.put("source", Map.of("origin", "OTHER", "name", "Verohallinto", "obtainedAt", "2026-01-10T08:00:00Z",
                "basis", "LEGAL_RIGHT", "reference", "Tax Assessment Procedure Act 1558/1995"));
        String id = createEmployee(body);
        hr().when().get("/api/v1/employees/" + id).then().statusCode(200)
                .body("source.name", equalTo("Verohallinto"))
                .body("source.basis", equalTo("LEGAL_RIGHT"))
                .body("source.text", containsString("Verohallinto, 2026-01-10"));
    }

    @Test
    void shouldRefuseAContractThatEndsBeforeItStarts() {
        String id = createEmployee();
        Map<String, Object> body = new HashMap<>(Map.of("startDate", "2026-03-01", "endDate", "2026-02-01",
                "type", "FIXED_TERM", "workingTime", "FULL_TIME", "fixedTermReason", "Sijaisuus"));
        hr().body(body).when().post("/api/v1/employees/" + id + "/contracts").then().statusCode(400)
                .contentType(PROBLEM_JSON).body("detail", containsString("before startDate"));
        body.remove("fixedTermReason");
        body.put("endDate", "2026-12-31");
        hr().body(body).when().post("/api/v1/employees/" + id + "/contracts").then().statusCode(400)
                .body("detail", containsString("55/2001"));
        addContract(id, "2026-03-01", null);
        hr().when().get("/api/v1/employees/" + id + "/contracts").then().statusCode(200)
                .body("", hasSize(1)).body("[0].type", equalTo("PERMANENT"));
    }

    @Test
    void shouldRecordWorkingTimePerMonthWithVersionChecks() {
        String id = createEmployee();
        Map<String, Object> month = new HashMap<>(Map.of("regularHours", 150, "overtimeHours", 4.5,
                "annualLeaveDays", 2, "absenceDays", 1));
        hr().body(month).when().put("/api/v1/employees/" + id + "/working-time/2026-02").then().statusCode(200)
                .body("period", equalTo("2026-02")).body("version", equalTo(0));
        hr().body(month).when().put("/api/v1/employees/" + id + "/working-time/2026-02").then().statusCode(409);
        month.put("version", 0);
        month.put("overtimeHours", 6);
        hr().body(month).when().put("/api/v1/employees/" + id + "/working-time/2026-02").then().statusCode(200)
                .body("version", equalTo(1));
        hr().body(month).when().put("/api/v1/employees/" + id + "/working-time/helmikuu").then().statusCode(400)
                .body("detail", endsWith("YYYY-MM"));
        hr().when().get("/api/v1/employees/" + id + "/working-time").then().statusCode(200).body("", hasSize(1));
    }

    static Map<String, Object> updateOf(JsonPath current) {
        Map<String, Object> update = new LinkedHashMap<>();
        for (String f : new String[] {"version", "firstName", "lastName", "email", "phone", "address", "bankAccount",
                "taxCardReference", "position", "team", "supervisorId"}) {
            update.put(f, current.get(f));
        }
        return update;
    }
}
