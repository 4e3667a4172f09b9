package fi.kuopas.customer;

import static fi.kuopas.customer.Fixtures.ASIAKASTIETO;
import static fi.kuopas.customer.Fixtures.PROBLEMS;
import static fi.kuopas.customer.Fixtures.PROBLEM_JSON;
import static fi.kuopas.customer.Fixtures.RATIONALE;
import static fi.kuopas.customer.Fixtures.apply;
import static fi.kuopas.customer.Fixtures.as;
import static fi.kuopas.customer.Fixtures.createPerson;
import static fi.kuopas.customer.Fixtures.creditCheck;
import static fi.kuopas.customer.Fixtures.customerService;
import static fi.kuopas.customer.Fixtures.decisionBody;
import static fi.kuopas.customer.Fixtures.identityCode;
import static fi.kuopas.customer.Fixtures.lettingOfficer;
import static fi.kuopas.customer.Fixtures.newPerson;
import static fi.kuopas.customer.Fixtures.outageCode;
import static fi.kuopas.customer.Fixtures.randomBirthDate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import fi.kuopas.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Housing applications, credit checks (lease purpose only) and human tenant-selection decisions (Art 22). */
@QuarkusTest
class TenantSelectionTest {

    @Test
    void shouldKeepAnApplicationValidForThreeMonthsAndRenewableWithItsVersion() {
        UUID person = newPerson();
        UUID app = apply(person);
        JsonPath listed = customerService().queryParam("personId", person.toString()).when().get("/api/v1/housing-applications")
                .then().statusCode(200).body("id", contains(app.toString())).extract().jsonPath();
        assertThat(listed.getString("[0].status")).isEqualTo("ACTIVE");
        assertThat(LocalDate.parse(listed.getString("[0].validUntil"))).isEqualTo(Fixtures.today().plusMonths(3));
        long version = listed.getLong("[0].version");

        customerService().body(Map.of("version", version)).when().post("/api/v1/housing-applications/" + app + "/renewal")
                .then().statusCode(200).body("renewedAt", org.hamcrest.Matchers.notNullValue());
        customerService().body(Map.of("version", version)).when().post("/api/v1/housing-applications/" + app + "/renewal")
                .then().statusCode(409).contentType(PROBLEM_JSON);
    }

    @Test
    void shouldAnswerNotFoundForAnUnknownApplicantAndRefuseABadHousehold() {
        customerService().body(Map.of("personId", UUID.randomUUID().toString(), "kind", "HOUSING", "householdSize", 2))
                .when().post("/api/v1/housing-applications").then().statusCode(404).contentType(PROBLEM_JSON);
        customerService().body(Map.of("personId", newPerson().toString(), "kind", "HOUSING", "householdSize", 0))
                .when().post("/api/v1/housing-applications").then().statusCode(400).contentType(PROBLEM_JSON)
                .body("violations.field", hasItem("householdSize"));
        customerService().body(Map.of("personId", newPerson().toString(), "kind", "CASTLE", "householdSize", 2))
                .when().post("/api/v1/housing-applications").then().statusCode(400).contentType(PROBLEM_JSON)
                .body("type", equalTo(PROBLEMS + "malformed-body"));
    }

    @Test
    void shouldKeepASummaryWithItsSourceOfACreditCheckForTheLease() {
        UUID person = newPerson();
        UUID app = apply(person);
        JsonPath check = creditCheck(person, app);
        assertThat(check.getString("purpose")).isEqualTo("LEASE");
        assertThat(check.getString("source")).isEqualTo(ASIAKASTIETO);
        assertThat(check.getString("requestedBy")).isEqualTo("leena");
        assertThat(check.getString("summary")).isNotBlank();
        assertThat(Instant.parse(check.getString("checkedAt"))).isBefore(Instant.now().plusSeconds(5));

        Map<String, Object> stored = Fixtures.single("SELECT purpose, summary, source, application_id FROM credit_check WHERE id = ?",
                UUID.fromString(check.getString("id")));
        assertThat(stored.get("summary")).isEqualTo(check.getString("summary"));
        assertThat(stored.get("application_id")).isEqualTo(app);
    }

    @Test
    void shouldTakePaymentDefaultsFromTheRegister() {
        // The fake register has defaults for individual numbers divisible by 7 (903 = 7 * 129).
        UUID person = createPerson(Fixtures.unique(() -> identityCode(randomBirthDate(), 903)));
        JsonPath check = creditCheck(person, apply(person));
        assertThat(check.getBoolean("paymentDefaults")).isTrue();
        assertThat(check.getString("summary")).contains("Maksuhäiriö");
    }

    @Test
    void shouldRefuseACreditCheckForAnyOtherPurpose() {
        UUID person = newPerson();
        UUID app = apply(person);
        for (String purpose : List.of("MARKETING", "EMPLOYMENT", "lease")) {
            lettingOfficer().body(Map.of("applicationId", app.toString(), "purpose", purpose))
                    .when().post("/api/v1/persons/" + person + "/credit-checks")
                    .then().statusCode(422).contentType(PROBLEM_JSON)
                    .body("type", equalTo(PROBLEMS + "credit-purpose"));
        }
        assertThat(Fixtures.count("SELECT count(*) FROM credit_check WHERE person_id = ?", person)).isZero();
    }

    @Test
    void shouldRequireAnActiveApplicationOfThatPersonForACreditCheck() {
        UUID person = newPerson();
        UUID other = newPerson();
        UUID othersApp = apply(other);
        lettingOfficer().body(Map.of("applicationId", othersApp.toString(), "purpose", "LEASE"))
                .when().post("/api/v1/persons/" + person + "/credit-checks")
                .then().statusCode(404).contentType(PROBLEM_JSON);
        lettingOfficer().body(Map.of("applicationId", UUID.randomUUID().toString(), "purpose", "LEASE"))
                .when().post("/api/v1/persons/" + person + "/credit-checks")
                .then().statusCode(404).contentType(PROBLEM_JSON);
        lettingOfficer().body(Map.of("purpose", "LEASE"))
                .when().post("/api/v1/persons/" + person + "/credit-checks")
                .then().statusCode(400).contentType(PROBLEM_JSON).body("violations.field", hasItem("applicationId"));

        UUID expired = apply(person);
        Fixtures.update("UPDATE housing_application SET status = 'EXPIRED' WHERE id = ?", expired);
        lettingOfficer().body(Map.of("applicationId", expired.toString(), "purpose", "LEASE"))
                .when().post("/api/v1/persons/" + person + "/credit-checks")
                .then().statusCode(409).contentType(PROBLEM_JSON);
        assertThat(Fixtures.count("SELECT count(*) FROM credit_check WHERE person_id = ?", person)).isZero();
    }

    @Test
    void shouldAnswerServiceUnavailableDuringACreditRegisterOutage() {
        UUID person = createPerson(outageCode());
        UUID app = apply(person);
        lettingOfficer().body(Map.of("applicationId", app.toString(), "purpose", "LEASE"))
                .when().post("/api/v1/persons/" + person + "/credit-checks")
                .then().statusCode(503).contentType(PROBLEM_JSON)
                .body("type", equalTo(PROBLEMS + "source-unavailable"))
                .body("detail", containsString("Asiakastieto"));
        assertThat(Fixtures.count("SELECT count(*) FROM credit_check WHERE person_id = ?", person)).isZero();
    }

    @Test
    void shouldRecordTheCallingLettingOfficerAsDecider() {
        UUID person = newPerson();
        UUID app = apply(person);
        creditCheck(person, app);

        lettingOfficer().body(decisionBody(app, List.of("application", "household", "credit-check", "interview")))
                .when().post("/api/v1/tenant-selection-decisions")
                .then().statusCode(201)
                .body("decidedBy", equalTo("leena"))
                .body("outcome", equalTo("SELECTED"))
                .body("rationale", equalTo(RATIONALE))
                .body("inputsUsed", contains("application", "household", "credit-check", "interview"))
                .body("decidedAt", org.hamcrest.Matchers.notNullValue());

        customerService().queryParam("personId", person.toString()).when().get("/api/v1/housing-applications")
                .then().body("[0].status", equalTo("HOUSED"));
        // A decided (housed) application is not decided again.
        lettingOfficer().body(decisionBody(app, List.of("application"))).when().post("/api/v1/tenant-selection-decisions")
                .then().statusCode(409).contentType(PROBLEM_JSON);
    }

    @Test
    void shouldIgnoreADeciderInTheBody() {
        UUID app = apply(newPerson());
        Map<String, Object> body = decisionBody(app, List.of("application"));
        body.put("decidedBy", "someone-else");
        lettingOfficer().body(body).when().post("/api/v1/tenant-selection-decisions")
                .then().statusCode(201).body("decidedBy", equalTo("leena"));
    }

    @Test
    void shouldRefuseAShortRationale() {
        UUID app = apply(newPerson());
        Map<String, Object> body = decisionBody(app, List.of("application", "interview"));
        body.put("rationale", "Hyvä hakija.");
        lettingOfficer().body(body).when().post("/api/v1/tenant-selection-decisions")
                .then().statusCode(400).contentType(PROBLEM_JSON).body("violations.field", hasItem("rationale"));
        body.put("rationale", "                                        ");
        lettingOfficer().body(body).when().post("/api/v1/tenant-selection-decisions")
                .then().statusCode(400).contentType(PROBLEM_JSON);
        assertThat(decisionsOf(app)).isZero();
    }

    @Test
    void shouldNotAcceptACreditCheckAloneAsTheGround() {
        UUID person = newPerson();
        UUID app = apply(person);
        creditCheck(person, app);
        lettingOfficer().body(decisionBody(app, List.of("credit-check"))).when().post("/api/v1/tenant-selection-decisions")
                .then().statusCode(422).contentType(PROBLEM_JSON)
                .body("type", equalTo(PROBLEMS + "credit-only-decision"));
        assertThat(decisionsOf(app)).isZero();
    }

    @Test
    void shouldRefuseADecisionWhoseOnlySubstantiveInputIsTheBureauData() {
        UUID person = newPerson();
        UUID app = apply(person);
        creditCheck(person, app);
        for (List<String> inputs : List.of(List.of("credit-check", "credit-check"),
                List.of("credit-check", "population-register"), List.of("population-register", "credit-check", "credit-check"))) {
            lettingOfficer().body(decisionBody(app, inputs)).when().post("/api/v1/tenant-selection-decisions")
                    .then().statusCode(422).contentType(PROBLEM_JSON)
                    .body("type", equalTo(PROBLEMS + "credit-only-decision"));
        }
        assertThat(decisionsOf(app)).isZero();
        // With a distinct input of its own the credit check may support the decision; repeats are stored once.
        lettingOfficer().body(decisionBody(app, List.of("credit-check", "interview", "credit-check")))
                .when().post("/api/v1/tenant-selection-decisions").then().statusCode(201)
                .body("inputsUsed", contains("credit-check", "interview"));
    }

    @Test
    void shouldRefuseAServiceAccountTokenEvenWhenItCarriesAPersonsName() {
        UUID app = apply(newPerson());
        // A client-credentials token (Keycloak marks it with client_id) named like a person.
        String clientToken = io.quarkus.test.oidc.server.OidcWiremockTestResource.generateJwtToken("leena",
                java.util.Set.of("letting-officer"), "123456", "Bearer", java.util.Set.of(fi.kuopas.testsupport.Tokens.audience()),
                Map.of("client_id", "kuopas-pms"));
        // A service account's token whose upn claim names a person: the user name would read "leena".
        String upnToken = io.quarkus.test.oidc.server.OidcWiremockTestResource.generateJwtToken("service-account-kuopas-pms",
                java.util.Set.of("letting-officer"), "123456", "Bearer", java.util.Set.of(fi.kuopas.testsupport.Tokens.audience()),
                Map.of("upn", "leena"));
        for (String token : List.of(clientToken, upnToken)) {
            io.restassured.RestAssured.given().contentType(Fixtures.JSON_UTF8).header("Authorization", "Bearer " + token)
                    .body(decisionBody(app, List.of("application", "household")))
                    .when().post("/api/v1/tenant-selection-decisions")
                    .then().statusCode(422).contentType(PROBLEM_JSON)
                    .body("type", equalTo(PROBLEMS + "human-decider-required"));
        }
        assertThat(decisionsOf(app)).isZero();
    }

    @Test
    void shouldRequireACreditCheckNamedAsInputToHaveBeenMade() {
        UUID app = apply(newPerson());
        lettingOfficer().body(decisionBody(app, List.of("application", "credit-check")))
                .when().post("/api/v1/tenant-selection-decisions")
                .then().statusCode(422).contentType(PROBLEM_JSON)
                .body("type", equalTo(PROBLEMS + "credit-check-missing"));
        assertThat(decisionsOf(app)).isZero();
    }

    @Test
    void shouldRefuseUnknownOrMissingInputs() {
        UUID app = apply(newPerson());
        lettingOfficer().body(decisionBody(app, List.of("application", "horoscope")))
                .when().post("/api/v1/tenant-selection-decisions")
                .then().statusCode(400).contentType(PROBLEM_JSON).body("type", equalTo(PROBLEMS + "validation"));
        lettingOfficer().body(decisionBody(app, List.of())).when().post("/api/v1/tenant-selection-decisions")
                .then().statusCode(400).contentType(PROBLEM_JSON).body("violations.field", hasItem("inputsUsed"));
        Map<String, Object> badOutcome = decisionBody(app, List.of("application"));
        badOutcome.put("outcome", "MAYBE");
        lettingOfficer().body(badOutcome).when().post("/api/v1/tenant-selection-decisions")
                .then().statusCode(400).contentType(PROBLEM_JSON).body("violations.field", hasItem("outcome"));
        assertThat(decisionsOf(app)).isZero();
    }

    @Test
    void shouldNotLetCustomerServiceDecide() {
        UUID app = apply(newPerson());
        customerService().body(decisionBody(app, List.of("application"))).when().post("/api/v1/tenant-selection-decisions")
                .then().statusCode(403).contentType(PROBLEM_JSON);
        assertThat(decisionsOf(app)).isZero();
    }

    @Test
    void shouldNotLetAServiceAccountDecideEvenWithTheRole() {
        UUID app = apply(newPerson());
        io.restassured.RestAssured.given().contentType(Fixtures.JSON_UTF8)
                .header("Authorization", Tokens.bearer("service-account-kuopas-pms", "letting-officer"))
                .body(decisionBody(app, List.of("application", "household")))
                .when().post("/api/v1/tenant-selection-decisions")
                .then().statusCode(422).contentType(PROBLEM_JSON)
                .body("type", equalTo(PROBLEMS + "human-decider-required"));
        as("Service-Account-Robot", "letting-officer").body(decisionBody(app, List.of("application")))
                .when().post("/api/v1/tenant-selection-decisions").then().statusCode(422);
        assertThat(decisionsOf(app)).isZero();
    }

    @Test
    void shouldAnswerNotFoundForADecisionOnAnUnknownApplication() {
        lettingOfficer().body(decisionBody(UUID.randomUUID(), List.of("application")))
                .when().post("/api/v1/tenant-selection-decisions").then().statusCode(404).contentType(PROBLEM_JSON);
    }

    private static long decisionsOf(UUID app) {
        return Fixtures.count("SELECT count(*) FROM tenant_selection_decision WHERE application_id = ?", app);
    }
}
