package fi.kuopas.stakeholder;

import static fi.kuopas.stakeholder.Fixtures.PROBLEMS;
import static fi.kuopas.stakeholder.Fixtures.PROBLEM_JSON;
import static fi.kuopas.stakeholder.Fixtures.createOrganisation;
import static fi.kuopas.stakeholder.Fixtures.createPerson;
import static fi.kuopas.stakeholder.Fixtures.organisationBody;
import static fi.kuopas.stakeholder.Fixtures.personBody;
import static fi.kuopas.stakeholder.Fixtures.randomBusinessId;
import static fi.kuopas.stakeholder.Fixtures.randomEmail;
import static fi.kuopas.stakeholder.Fixtures.sirpa;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OrganisationApiTest {

    @Test
    void shouldCreateAnOrganisationWithFinnishCharactersAndFindItByName() {
        String businessId = randomBusinessId();
        String id = sirpa().body(organisationBody("Öljylämmitys Äijälä & Åström Oy", businessId))
                .when().post("/api/v1/organisations").then().statusCode(201)
                .header("Location", containsString("/api/v1/organisations/"))
                .body("name", equalTo("Öljylämmitys Äijälä & Åström Oy")).body("businessId", equalTo(businessId))
                .body("version", equalTo(0)).extract().path("id");
        sirpa().queryParam("q", "äijälä & åström").when().get("/api/v1/organisations")
                .then().statusCode(200).body("id", hasItem(id));
        sirpa().queryParam("businessId", businessId).when().get("/api/v1/organisations")
                .then().statusCode(200).body("id", hasItem(id));
    }

    @Test
    void shouldRefuseABusinessIdWithAWrongCheckDigit() {
        String valid = randomBusinessId();
        String wrong = valid.substring(0, 8) + ((valid.charAt(8) - '0' + 1) % 10);
        sirpa().body(organisationBody("Väärä Oy", wrong)).when().post("/api/v1/organisations")
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("type", equalTo(PROBLEMS + "invalid-business-id"))
                .body("detail", equalTo("business ID check digit does not match"));
    }

    @Test
    void shouldRefuseABusinessIdWhoseDigitsCannotHaveACheckDigit() {
        sirpa().body(organisationBody("Mahdoton Oy", "0000006-1")).when().post("/api/v1/organisations")
                .then().statusCode(400).contentType(PROBLEM_JSON).body("detail", containsString("no check digit"));
    }

    @Test
    void shouldRefuseAMalformedBusinessId() {
        sirpa().body(organisationBody("Muoto Oy", "FI01120389")).when().post("/api/v1/organisations")
                .then().statusCode(400).contentType(PROBLEM_JSON).body("detail", equalTo("business ID must have the form 1234567-8"));
    }

    @Test
    void shouldRefuseADuplicateBusinessId() {
        String businessId = randomBusinessId();
        sirpa().body(organisationBody("Eka Oy", businessId)).when().post("/api/v1/organisations").then().statusCode(201);
        sirpa().body(organisationBody("Toka Oy", businessId)).when().post("/api/v1/organisations")
                .then().statusCode(409).contentType(PROBLEM_JSON).body("type", equalTo(PROBLEMS + "duplicate-organisation"));
    }

    @Test
    void shouldAnswerMalformedJsonAndWrongTypesWith400() {
        sirpa().body("{\"name\": \"Rikki Oy\", ").when().post("/api/v1/organisations")
                .then().statusCode(400).contentType(PROBLEM_JSON).body("detail", equalTo("request body is not valid JSON"));
        sirpa().body(Map.of("name", "Tyyppi Oy", "businessId", randomBusinessId(), "role", 3))
                .when().post("/api/v1/organisations").then().statusCode(400).contentType(PROBLEM_JSON);
        sirpa().body(Map.of("name", "Tyyppi Oy", "businessId", randomBusinessId(), "role", "BANK"))
                .when().post("/api/v1/organisations").then().statusCode(400).contentType(PROBLEM_JSON);
        sirpa().body(Map.of("businessId", randomBusinessId(), "role", "PARTNER"))
                .when().post("/api/v1/organisations").then().statusCode(400).contentType(PROBLEM_JSON)
                .body("violations.field", hasItem("name"));
        sirpa().when().get("/api/v1/organisations/not-a-uuid").then().statusCode(400).contentType(PROBLEM_JSON);
    }

    @Test
    void shouldAnswerAnUnknownOrganisationWith404() {
        sirpa().when().get("/api/v1/organisations/" + UUID.randomUUID()).then().statusCode(404).contentType(PROBLEM_JSON);
    }

    @Test
    void shouldRefuseAnEditBasedOnAStaleVersion() {
        String id = createOrganisation();
        Map<String, Object> edit = organisationBody("Uusi Nimi Oy", randomBusinessId());
        edit.put("version", 0);
        sirpa().body(edit).when().put("/api/v1/organisations/" + id).then().statusCode(200).body("version", equalTo(1));
        sirpa().body(edit).when().put("/api/v1/organisations/" + id)
                .then().statusCode(409).contentType(PROBLEM_JSON).body("type", equalTo(PROBLEMS + "stale-version"));
        edit.remove("version");
        sirpa().header("If-Match", "\"1\"").body(edit).when().put("/api/v1/organisations/" + id)
                .then().statusCode(200).body("version", equalTo(2));
        sirpa().body(edit).when().put("/api/v1/organisations/" + id).then().statusCode(400).contentType(PROBLEM_JSON);
    }

    @Test
    void shouldNotDeleteAnOrganisationThatHasContactPersons() {
        String org = createOrganisation();
        createPerson(personBody(org, randomEmail(), "CONTRACT"));
        sirpa().when().delete("/api/v1/organisations/" + org).then().statusCode(409).contentType(PROBLEM_JSON);
        String empty = createOrganisation();
        sirpa().when().delete("/api/v1/organisations/" + empty).then().statusCode(204);
        sirpa().when().get("/api/v1/organisations/" + empty).then().statusCode(404);
    }
}
