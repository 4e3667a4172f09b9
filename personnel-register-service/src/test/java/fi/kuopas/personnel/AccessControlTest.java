package fi.kuopas.personnel;

import static fi.kuopas.personnel.Fixtures.JSON;
import static fi.kuopas.personnel.Fixtures.PROBLEM_JSON;
import static fi.kuopas.personnel.Fixtures.as;
import static fi.kuopas.personnel.Fixtures.createEmployee;
import static fi.kuopas.personnel.Fixtures.dpo;
import static fi.kuopas.personnel.Fixtures.healthHr;
import static fi.kuopas.personnel.Fixtures.hr;
import static fi.kuopas.personnel.Fixtures.team;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import fi.kuopas.privacy.grant.CaseGrant;
import fi.kuopas.privacy.grant.CaseGrant.Operation;
import fi.kuopas.privacy.identity.PersonalIdentityCode;
import fi.kuopas.privacy.subject.SubjectKeys;
import fi.kuopas.testsupport.CaseGrants;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Who may see what: HR everyone, a supervisor only their team's non-health data, health data only hr-health. */
@QuarkusTest
class AccessControlTest {

    @Inject
    SubjectKeys keys;

    @Test
    void shouldShowASupervisorTheirOwnTeamMemberWithoutIdentityCodeOrPayData() {
        Fixtures.Team t = team();
        as(t.supervisorUser(), "supervisor").when().get("/api/v1/employees/" + t.memberId()).then().statusCode(200)
                .body("id", equalTo(t.memberId()))
                .body("personalIdentityCode", nullValue())
                .body("bankAccount", nullValue())
                .body("address", nullValue())
                .body("birthDate", nullValue());
        as(t.supervisorUser(), "supervisor").when().get("/api/v1/employees").then().statusCode(200)
                .body("", hasSize(1)).body("[0].id", equalTo(t.memberId()));
        as(t.supervisorUser(), "supervisor").when().get("/api/v1/employees/" + t.memberId() + "/contracts")
                .then().statusCode(200);
    }

    @Test
    void shouldAnswerNotFoundToASupervisorGuessingAnotherEmployeesId() {
        Fixtures.Team mine = team();
        Fixtures.Team other = team();
        for (String path : List.of("", "/contracts", "/working-time")) {
            as(mine.supervisorUser(), "supervisor").when().get("/api/v1/employees/" + other.memberId() + path)
                    .then().statusCode(404).contentType(PROBLEM_JSON);
        }
        // Not even themselves or their own supervisor record through the team view.
        as(mine.supervisorUser(), "supervisor").when().get("/api/v1/employees/" + other.supervisorId())
                .then().statusCode(404);
        // A supervisor with no employee record sees nobody.
        as("nobody-" + UUID.randomUUID(), "supervisor").when().get("/api/v1/employees/" + mine.memberId())
                .then().statusCode(404);
        as("nobody-" + UUID.randomUUID(), "supervisor").when().get("/api/v1/employees").then().statusCode(200)
                .body("", hasSize(0));
    }

    @Test
    void shouldRefuseWritesByASupervisor() {
        Fixtures.Team t = team();
        as(t.supervisorUser(), "supervisor").body(Map.of("startDate", "2026-01-01", "type", "PERMANENT",
                "workingTime", "FULL_TIME")).when().post("/api/v1/employees/" + t.memberId() + "/contracts")
                .then().statusCode(403).contentType(PROBLEM_JSON);
    }

    @Test
    void shouldShowHealthDataOnlyToHrHealthAndTellHrAloneWhy() {
        String id = createEmployee();
        Map<String, Object> absence = Map.of("employeeId", id, "kind", "SICK_LEAVE", "startDate", "2026-02-02",
                "endDate", "2026-02-06", "certificateIssuer", "Työterveys Savo Oy", "details", "Influenssa");
        hr().body(absence).when().post("/api/v1/health/absences").then().statusCode(403).contentType(PROBLEM_JSON)
                .body("detail", containsString("hr-health"));
        hr().when().get("/api/v1/health/employees/" + id + "/absences").then().statusCode(403)
                .contentType(PROBLEM_JSON).body("detail", containsString("Act 759/2004 §5"));
        Fixtures.Team t = team();
        as(t.supervisorUser(), "supervisor").when().get("/api/v1/health/employees/" + t.memberId() + "/absences")
                .then().statusCode(403);
        healthHr().body(absence).when().post("/api/v1/health/absences").then().statusCode(201)
                .body("details", equalTo("Influenssa"));
        healthHr().when().get("/api/v1/health/employees/" + id + "/absences").then().statusCode(200)
                .body("", hasSize(1)).body("[0].kind", equalTo("SICK_LEAVE"));
        as("hilkka", "hr-health").when().get("/api/v1/health/employees/" + id + "/absences").then().statusCode(200);
    }

    @Test
    void shouldRefuseAnAbsenceEndingBeforeItStarts() {
        String id = createEmployee();
        healthHr().body(Map.of("employeeId", id, "kind", "SICK_LEAVE", "startDate", "2026-02-06", "endDate", "2026-02-02"))
                .when().post("/api/v1/health/absences").then().statusCode(400).contentType(PROBLEM_JSON);
    }

    @Test
    void shouldRefuseAMissingTokenAndAWrongRoleOnEveryEndpoint() {
        String id = createEmployee();
        String posting = Fixtures.openPosting(false);
        String[][] endpoints = {
                {"POST", "/api/v1/employees"}, {"GET", "/api/v1/employees"}, {"GET", "/api/v1/employees/" + id},
                {"PUT", "/api/v1/employees/" + id}, {"POST", "/api/v1/employees/" + id + "/contracts"},
                {"GET", "/api/v1/employees/" + id + "/contracts"}, {"PUT", "/api/v1/employees/" + id + "/working-time/2026-01"},
                {"GET", "/api/v1/employees/" + id + "/working-time"}, {"POST", "/api/v1/health/absences"},
                {"GET", "/api/v1/health/employees/" + id + "/absences"}, {"POST", "/api/v1/job-postings"},
                {"GET", "/api/v1/job-postings"}, {"POST", "/api/v1/job-postings/" + posting + "/applications"},
                {"GET", "/api/v1/job-postings/" + posting + "/applications"},
                {"GET", "/api/v1/applications/" + UUID.randomUUID()},
                {"POST", "/api/v1/applications/" + UUID.randomUUID() + "/credit-checks"},
                {"POST", "/api/v1/retention-runs"}, {"GET", "/api/v1/retention-runs"},
                {"POST", "/dsr/v1/access"}, {"POST", "/dsr/v1/erasure"}};
        for (String[] e : endpoints) {
            send(given().contentType(JSON), e[0], e[1]).statusCode(401).contentType(PROBLEM_JSON);
            send(as("asta", "customer-service"), e[0], e[1]).statusCode(403).contentType(PROBLEM_JSON);
        }
        // Not even with a valid case grant: the SPI is the gateway's service account's alone.
        String key = "email_" + "0".repeat(64);
        Map<String, Operation> spi = Map.of("/dsr/v1/lookup", Operation.LOOKUP, "/dsr/v1/access", Operation.ACCESS,
                "/dsr/v1/erasure", Operation.ERASURE_PREVIEW);
        spi.forEach((path, op) -> {
            for (RequestSpecification caller : List.of(hr(), dpo())) {
                UUID caseId = UUID.randomUUID();
                caller.header(CaseGrant.HEADER, CaseGrants.grant(Fixtures.REGISTER, op, caseId, Set.of(key), Set.of()))
                        .body(CaseGrants.body(caseId, Set.of(key), Set.of())).when().post(path).then().statusCode(403);
            }
        });
        send(hr(), "POST", "/api/v1/retention-runs").statusCode(200);
        send(dpo(), "GET", "/api/v1/retention-runs").statusCode(200);
    }

    @Test
    void shouldAuditEveryReadWithTheReadersRole() {
        Fixtures.Team t = team();
        hr().when().get("/api/v1/employees/" + t.memberId()).then().statusCode(200);
        as(t.supervisorUser(), "supervisor").when().get("/api/v1/employees/" + t.memberId()).then().statusCode(200);
        String key = keys.ofIdentityCode(PersonalIdentityCode.parse(t.memberPic()));
        List<Map<String, Object>> log = dpo().queryParam("subjectKey", key).when().get("/api/v1/audit-log")
                .then().statusCode(200).extract().jsonPath().getList("$");
        assertThat(log).filteredOn(l -> "VIEW".equals(l.get("action")))
                .extracting(l -> l.get("actorRoles") + "/" + l.get("purpose"))
                .containsExactlyInAnyOrder("hr/employment administration", "supervisor/supervision of own team");
        assertThat(log).filteredOn(l -> "CREATE".equals(l.get("action"))).hasSize(1);
        dpo().when().get("/api/v1/audit-log/verification").then().statusCode(200).body("intact", equalTo(true));
    }

    private static ValidatableResponse send(RequestSpecification spec, String method, String path) {
        RequestSpecification s = spec.body(Map.of());
        return switch (method) {
            case "GET" -> spec.when().get(path).then();
            case "PUT" -> s.when().put(path).then();
            default -> s.when().post(path).then();
        };
    }
}
