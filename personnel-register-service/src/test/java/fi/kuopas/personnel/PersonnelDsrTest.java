package fi.kuopas.personnel;

import static fi.kuopas.personnel.Fixtures.PROBLEM_JSON;
import static fi.kuopas.personnel.Fixtures.addContract;
import static fi.kuopas.personnel.Fixtures.apply;
import static fi.kuopas.personnel.Fixtures.createEmployee;
import static fi.kuopas.personnel.Fixtures.employeeBody;
import static fi.kuopas.personnel.Fixtures.gateway;
import static fi.kuopas.personnel.Fixtures.healthHr;
import static fi.kuopas.personnel.Fixtures.hr;
import static fi.kuopas.personnel.Fixtures.openPosting;
import static fi.kuopas.personnel.Fixtures.randomEmail;
import static fi.kuopas.personnel.Fixtures.randomIdentityCode;
import static fi.kuopas.personnel.Fixtures.spi;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import fi.kuopas.personnel.domain.Application;
import fi.kuopas.privacy.grant.CaseGrant.Operation;
import fi.kuopas.privacy.identity.PersonalIdentityCode;
import fi.kuopas.privacy.subject.SubjectKeys;
import fi.kuopas.testsupport.RestrictionRefusals;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The personnel register's side of the DSR SPI as the gateway calls it. */
@QuarkusTest
class PersonnelDsrTest {

    @Inject
    SubjectKeys keys;

    @Test
    void shouldListCategoriesWithBasisSourcesRecipientsAndTheAccessLogInTheAccessReport() {
        String pic = randomIdentityCode();
        String id = createEmployee(employeeBody(pic));
        addContract(id, "2024-01-08", null);
        healthHr().body(Map.of("employeeId", id, "kind", "SICK_LEAVE", "startDate", "2026-02-02", "endDate", "2026-02-04",
                "details", "Flunssa")).when().post("/api/v1/health/absences").then().statusCode(201);
        hr().when().get("/api/v1/employees/" + id).then().statusCode(200);

        JsonPath report = spi(Operation.ACCESS, UUID.randomUUID(), picKey(pic)).when().post("/dsr/v1/access")
                .then().statusCode(200).extract().jsonPath();

        assertThat(report.getString("register")).isEqualTo("personnel");
        assertThat(report.getBoolean("subjectFound")).isTrue();
        assertThat(report.getString("categories.find { it.name == 'Personal and contact data' }.records[0].personalIdentityCode"))
                .isEqualTo(pic.substring(0, 7) + "****");
        assertThat(report.getList("categories.find { it.name == 'Pay and tax data' }.recipients", String.class))
                .anyMatch(r -> r.contains("Incomes Register"));
        assertThat(report.getString("categories.find { it.name == 'Pay and tax data' }.records[0].bankAccount"))
                .isEqualTo("**** 0785");
        assertThat(report.getString("categories.find { it.name == 'Health data (kept separately)' }.records[0].details"))
                .isEqualTo("Flunssa");
        assertThat(report.getString("categories.find { it.name == 'Employment data' }.legalBasis")).contains("6(1)(b)");
        List<Map<String, Object>> log = report.getList("accessLog");
        assertThat(log).extracting(l -> l.get("action")).contains("CREATE", "VIEW");
        assertThat(log).allSatisfy(l -> assertThat(l).doesNotContainKey("actor"));
    }

    @Test
    void shouldNameTheSourceOfCreditDataAndWithholdTheRefereeInTheAccessReport() {
        String email = randomEmail();
        String[] app = apply(openPosting(true), email);
        Fixtures.select(app[0]);
        hr().body(Map.of("applicantInformedAt", "2026-03-01T08:00:00Z", "checkedAt", "2026-03-02T09:15:00Z",
                "summary", "Ei maksuhäiriömerkintöjä", "source", Map.of("origin", "OTHER", "name", "Suomen Asiakastieto Oy",
                        "obtainedAt", "2026-03-02T09:15:00Z", "basis", "LEGAL_RIGHT", "reference", "Credit Information Act 527/2007")))
                .when().post("/api/v1/applications/" + app[0] + "/credit-checks").then().statusCode(201);
        String consent = Fixtures.consent(app[1], "REFERENCE_CHECK");
        hr().body(Map.of("consentId", consent, "refereeName", "Jussi Väänänen", "refereeOrganisation", "Kotikatu Oy",
                "summary", "Luotettava.", "checkedAt", "2026-01-22", "source", Map.of("origin", "OTHER", "name", "Kotikatu Oy",
                        "obtainedAt", "2026-01-22T09:00:00Z"))).when().post("/api/v1/applications/" + app[0] + "/reference-checks")
                .then().statusCode(201);

        String body = spi(Operation.ACCESS, UUID.randomUUID(), keys.ofEmail(email)).when().post("/dsr/v1/access")
                .then().statusCode(200).extract().asString();
        assertThat(body).contains("Suomen Asiakastieto Oy, 2026-03-02").contains("Kotikatu Oy").doesNotContain("Väänänen");
    }

    @Test
    void shouldFindNothingOnLookupAndAccessOfAnUnknownSubject() {
        String unknown = "pic_" + "ab".repeat(32);
        spi(Operation.LOOKUP, UUID.randomUUID(), unknown).when().post("/dsr/v1/lookup").then().statusCode(200)
                .body("found", equalTo(false));
        spi(Operation.ACCESS, UUID.randomUUID(), unknown).when().post("/dsr/v1/access").then().statusCode(200)
                .body("subjectFound", equalTo(false));
        spi(Operation.ACCESS, UUID.randomUUID(), "not a key").when().post("/dsr/v1/access")
                .then().statusCode(400).contentType(PROBLEM_JSON);
    }

    @Test
    void shouldKeepEverythingWithTheReasonOnErasureOfACurrentEmployee() {
        String pic = randomIdentityCode();
        String id = createEmployee(employeeBody(pic));
        addContract(id, "2024-01-08", null);
        UUID caseId = UUID.randomUUID();
        spi(Operation.ERASURE_PREVIEW, caseId, picKey(pic)).queryParam("dryRun", true).when().post("/dsr/v1/erasure")
                .then().statusCode(200)
                .body("dryRun", equalTo(true)).body("erased.size()", equalTo(0))
                .body("kept[0].legalReference", containsString("17(3)(b)"));
        spi(Operation.ERASURE_EXECUTE, caseId, picKey(pic)).queryParam("dryRun", false).when().post("/dsr/v1/erasure")
                .then().statusCode(200)
                .body("kept[0].reason", containsString("employment is in force"))
                .body("kept[0].categoryCode", equalTo("category.personnel.employee-in-force"))
                .body("kept[0].reasonCode", equalTo("kept.contract.employment-in-force"))
                .body("kept[0].legalReferenceCode", equalTo("ref.employment-in-force"));
        hr().when().get("/api/v1/employees/" + id).then().statusCode(200);
    }

    @Test
    void shouldKeepCoreAndPayrollDataUntilTheirDatesOnErasureOfAFormerEmployee() {
        String pic = randomIdentityCode();
        String id = createEmployee(employeeBody(pic));
        addContract(id, "2018-01-01", "2021-06-30");
        hr().body(Map.of("regularHours", 150, "overtimeHours", 0, "annualLeaveDays", 0, "absenceDays", 0))
                .when().put("/api/v1/employees/" + id + "/working-time/2021-05").then().statusCode(200);
        JsonPath r = spi(Operation.ERASURE_EXECUTE, UUID.randomUUID(), picKey(pic)).queryParam("dryRun", false)
                .when().post("/dsr/v1/erasure").then().statusCode(200).extract().jsonPath();
        assertThat(r.getString("erased.find { it.category == 'working-time summaries' }.count")).isEqualTo("1");
        assertThat(r.getString("kept.find { it.category.startsWith('payroll') }.until")).isEqualTo("2027-12-31");
        assertThat(r.getString("kept.find { it.category.startsWith('core') }.until")).isEqualTo("2031-06-30");
        hr().when().get("/api/v1/employees/" + id + "/working-time").then().statusCode(200).body("size()", equalTo(0));
    }

    /**
     * Art 19: no disclosure is recorded per person, so an erasure names the register description's
     * standing recipients of each kind of employee data it removes (or, previewed, would remove), and
     * no one for what it keeps or for an applicant's data.
     */
    @Test
    void shouldNameTheStandingRecipientsOfTheEmployeeDataAnErasureRemovesAndNoneForAnApplicant() {
        String incomesRegister = "Incomes Register Unit (Finnish Tax Administration), Incomes Register (Tulorekisteri)";
        String pension = "Earnings-related pension insurance company";
        String occupationalHealth = "Occupational health care provider";
        String accidentInsurer = "Statutory accident insurance company";
        String payroll = "Payroll service provider (processor)";

        // Ended in 2021: working time and health data are past their period, pay and core data are kept.
        String formerPic = randomIdentityCode();
        String former = createEmployee(employeeBody(formerPic));
        addContract(former, "2018-01-01", "2021-06-30");
        hr().body(Map.of("regularHours", 150, "overtimeHours", 0, "annualLeaveDays", 0, "absenceDays", 2))
                .when().put("/api/v1/employees/" + former + "/working-time/2021-05").then().statusCode(200);
        healthHr().body(Map.of("employeeId", former, "kind", "SICK_LEAVE", "startDate", "2021-05-10", "endDate", "2021-05-11",
                "details", "Flunssa")).when().post("/api/v1/health/absences").then().statusCode(201);
        UUID caseId = UUID.randomUUID();
        List<String> preview = spi(Operation.ERASURE_PREVIEW, caseId, picKey(formerPic)).queryParam("dryRun", true)
                .when().post("/dsr/v1/erasure").then().statusCode(200).extract().jsonPath().getList("recipientsToNotify", String.class);
        assertThat(preview).containsExactly(occupationalHealth, accidentInsurer, payroll);
        JsonPath executed = spi(Operation.ERASURE_EXECUTE, caseId, picKey(formerPic)).queryParam("dryRun", false)
                .when().post("/dsr/v1/erasure").then().statusCode(200).extract().jsonPath();
        assertThat(executed.getList("erased.category", String.class)).containsExactly("working-time summaries", "absences and health data");
        assertThat(executed.getList("recipientsToNotify", String.class)).containsExactly(occupationalHealth, accidentInsurer, payroll);

        // Ended in 2012: the whole employee record goes, and every standing recipient is told.
        String longGonePic = randomIdentityCode();
        addContract(createEmployee(employeeBody(longGonePic)), "2008-01-01", "2012-12-31");
        spi(Operation.ERASURE_EXECUTE, UUID.randomUUID(), picKey(longGonePic)).queryParam("dryRun", false)
                .when().post("/dsr/v1/erasure").then().statusCode(200)
                .body("recipientsToNotify", equalTo(List.of(incomesRegister, pension, occupationalHealth, accidentInsurer, payroll)));

        // A current employee's data is all kept: nothing to tell anyone.
        String currentPic = randomIdentityCode();
        addContract(createEmployee(employeeBody(currentPic)), "2024-01-08", null);
        spi(Operation.ERASURE_EXECUTE, UUID.randomUUID(), picKey(currentPic)).queryParam("dryRun", false)
                .when().post("/dsr/v1/erasure").then().statusCode(200)
                .body("erased.size()", equalTo(0)).body("recipientsToNotify.size()", equalTo(0));

        // An applicant's data is disclosed to none of them, whether rectified or erased.
        String email = randomEmail();
        apply(openPosting(false), email);
        spi(Operation.RECTIFICATION, UUID.randomUUID(), List.of(keys.ofEmail(email)), List.of(),
                Map.of("corrections", List.of(Map.of("field", "phone", "value", "+358 40 765 4321"))))
                .when().post("/dsr/v1/rectification").then().statusCode(200)
                .body("applied", equalTo(List.of("phone corrected"))).body("recipientsToNotify.size()", equalTo(0));
        spi(Operation.ERASURE_EXECUTE, UUID.randomUUID(), keys.ofEmail(email)).queryParam("dryRun", false)
                .when().post("/dsr/v1/erasure").then().statusCode(200)
                .body("erased.size()", equalTo(2)).body("recipientsToNotify.size()", equalTo(0));
    }

    @Test
    void shouldEraseAPendingApplicantIdempotentlyOnTheCase() {
        String email = randomEmail();
        String[] app = apply(openPosting(false), email);
        UUID caseId = UUID.randomUUID();
        String first = spi(Operation.ERASURE_EXECUTE, caseId, keys.ofEmail(email)).queryParam("dryRun", false)
                .when().post("/dsr/v1/erasure")
                .then().statusCode(200).extract().asString();
        assertThat(first).contains("job applications").contains("applicant's identity");
        hr().when().get("/api/v1/applications/" + app[0]).then().statusCode(404);
        String again = spi(Operation.ERASURE_EXECUTE, caseId, keys.ofEmail(email)).queryParam("dryRun", false)
                .when().post("/dsr/v1/erasure")
                .then().statusCode(200).extract().asString();
        assertThat(again).isEqualTo(first);
    }

    @Test
    void shouldKeepARecentlyRejectedApplicationForDiscriminationClaimsOnErasure() {
        String email = randomEmail();
        String[] app = apply(openPosting(false), email);
        hr().body(Map.of("version", 0, "outcome", "NOT_SELECTED", "notifiedAt", Instant.now().toString()))
                .when().put("/api/v1/applications/" + app[0] + "/decision").then().statusCode(200);
        spi(Operation.ERASURE_EXECUTE, UUID.randomUUID(), keys.ofEmail(email)).queryParam("dryRun", false)
                .when().post("/dsr/v1/erasure").then().statusCode(200)
                .body("kept[0].legalReference", containsString("Non-Discrimination Act 1325/2014"));
        hr().when().get("/api/v1/applications/" + app[0]).then().statusCode(200);
    }

    @Test
    void shouldRefuseAndLogReadsUntilARestrictionIsLifted() {
        String pic = randomIdentityCode();
        String id = createEmployee(employeeBody(pic));
        String key = picKey(pic);
        spi(Operation.RESTRICTION, UUID.randomUUID(), List.of(key), List.of(), Map.of("action", "SET"))
                .when().post("/dsr/v1/restriction").then().statusCode(200).body("recipientsToNotify.size()", equalTo(5));
        hr().when().get("/api/v1/employees/" + id).then().statusCode(409).contentType(PROBLEM_JSON)
                .body("detail", containsString("Art 18"));
        hr().body(Map.of("startDate", "2026-01-01", "type", "PERMANENT", "workingTime", "FULL_TIME"))
                .when().post("/api/v1/employees/" + id + "/contracts").then().statusCode(409);
        List<Map<String, Object>> log = Fixtures.dpo().queryParam("subjectKey", key).when().get("/api/v1/audit-log")
                .then().extract().jsonPath().getList("$");
        assertThat(log).anyMatch(l -> "RESTRICT".equals(l.get("action")) && String.valueOf(l.get("purpose")).startsWith("refused"));
        spi(Operation.RESTRICTION, UUID.randomUUID(), List.of(key), List.of(), Map.of("action", "LIFT"))
                .when().post("/dsr/v1/restriction").then().statusCode(200);
        hr().when().get("/api/v1/employees/" + id).then().statusCode(200);
    }

    @Test
    void shouldRefuseARestrictedEmployeeWithTheKitProblemTypeAndAuditTheRefusal() {
        String pic = randomIdentityCode();
        String id = createEmployee(employeeBody(pic));
        String key = picKey(pic);
        spi(Operation.RESTRICTION, UUID.randomUUID(), List.of(key), List.of(), Map.of("action", "SET"))
                .when().post("/dsr/v1/restriction").then().statusCode(200);

        RestrictionRefusals.assertRefusedAndAudited(key, "employee", () -> hr().when().get("/api/v1/employees/" + id).then());
        RestrictionRefusals.assertRefusedAndAudited(key, "employment-contract",
                () -> hr().body(Map.of("startDate", "2026-01-01", "type", "PERMANENT", "workingTime", "FULL_TIME"))
                        .when().post("/api/v1/employees/" + id + "/contracts").then());
    }

    @Test
    void shouldStopRecruitmentButNotEmploymentOnObjection() {
        String email = randomEmail();
        String[] app = apply(openPosting(false), email);
        spi(Operation.OBJECTION, UUID.randomUUID(), List.of(keys.ofEmail(email)), List.of(),
                Map.of("grounds", "En halua jatkaa hakuprosessia.")).when().post("/dsr/v1/objection").then().statusCode(200)
                .body("applied[0]", containsString("1 pending application(s) withdrawn"));
        hr().when().get("/api/v1/applications/" + app[0]).then().statusCode(200).body("outcome", equalTo("WITHDRAWN"));
        String consent = Fixtures.consent(app[1], "ASSESSMENT");
        hr().body(Map.of("consentId", consent, "provider", "X Oy", "summary", "s", "performedAt", "2026-01-20",
                "source", Map.of("origin", "OTHER", "name", "X Oy", "obtainedAt", "2026-01-21T12:00:00Z")))
                .when().post("/api/v1/applications/" + app[0] + "/assessments").then().statusCode(409);

        String pic = randomIdentityCode();
        createEmployee(employeeBody(pic));
        spi(Operation.OBJECTION, UUID.randomUUID(), picKey(pic))
                .when().post("/dsr/v1/objection").then().statusCode(200)
                .body("refused[0]", containsString("Art 21"));
    }

    @Test
    void shouldCorrectOwnDataAndPointThirdPartyDataToItsSourceOnRectification() {
        String pic = randomIdentityCode();
        String id = createEmployee(employeeBody(pic));
        spi(Operation.RECTIFICATION, UUID.randomUUID(), List.of(picKey(pic)), List.of(),
                Map.of("corrections", List.of(Map.of("field", "lastName", "value", "Väisänen"),
                        Map.of("field", "creditCheck", "value", "ei merkintöjä"),
                        Map.of("field", "phone", "value", "abc"))))
                .when().post("/dsr/v1/rectification").then().statusCode(200)
                .body("applied", equalTo(List.of("lastName corrected")))
                .body("refused.size()", equalTo(2))
                .body("refused[0]", containsString("Suomen Asiakastieto"))
                .body("recipientsToNotify.size()", equalTo(5));
        hr().when().get("/api/v1/employees/" + id).then().body("lastName", equalTo("Väisänen"));
    }

    @Test
    void shouldServeTheRegisterDescription() {
        gateway().queryParam("lang", "sv").when().get("/dsr/v1/description").then().statusCode(200)
                .body("register", equalTo("personnel")).body("language", equalTo("sv"));
    }

    static void backdate(String applicationId, Instant when) {
        QuarkusTransaction.requiringNew().run(() -> Application.update("createdAt = ?1, notifiedAt = ?1 WHERE id = ?2",
                when, UUID.fromString(applicationId)));
    }

    static Instant yearsAgo(int years) {
        return Instant.now().minus(365L * years + 2, ChronoUnit.DAYS);
    }

    private String picKey(String pic) {
        return keys.ofIdentityCode(PersonalIdentityCode.parse(pic));
    }
}
