package fi.kuopas.stakeholder;

import static fi.kuopas.stakeholder.Fixtures.PROBLEMS;
import static fi.kuopas.stakeholder.Fixtures.PROBLEM_JSON;
import static fi.kuopas.stakeholder.Fixtures.auditOf;
import static fi.kuopas.stakeholder.Fixtures.createOrganisation;
import static fi.kuopas.stakeholder.Fixtures.createPerson;
import static fi.kuopas.stakeholder.Fixtures.keys;
import static fi.kuopas.stakeholder.Fixtures.personBody;
import static fi.kuopas.stakeholder.Fixtures.randomEmail;
import static fi.kuopas.stakeholder.Fixtures.sirpa;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ContactPersonApiTest {

    @Test
    void shouldCreateAContactPersonWithItsLegalBasisAndAuditTheRead() {
        String email = randomEmail();
        String id = createPerson(email, "CONSENT");
        sirpa().when().get("/api/v1/contact-persons/" + id).then().statusCode(200)
                .body("firstName", equalTo("Päivi")).body("lastName", equalTo("Åkerlund-Mäkelä"))
                .body("legalBasis", equalTo("CONSENT")).body("organisationName", equalTo("Rakennus Äijälä Oy"));

        List<Map<String, Object>> audit = auditOf(keys().ofEmail(email));
        assertThat(audit).extracting(a -> a.get("action")).contains("CREATE", "VIEW");
        assertThat(audit).filteredOn(a -> "VIEW".equals(a.get("action")))
                .allSatisfy(a -> assertThat(a.get("actor")).isEqualTo("sirpa"));
    }

    @Test
    void shouldRefuseAnInvalidEmailAndAnInvalidPhone() {
        String org = createOrganisation();
        sirpa().body(personBody(org, "ei-sahkoposti", "CONTRACT")).when().post("/api/v1/contact-persons")
                .then().statusCode(400).contentType(PROBLEM_JSON).body("violations.field", hasItem("email"));
        sirpa().body(personBody(org, "matti@localhost", "CONTRACT")).when().post("/api/v1/contact-persons")
                .then().statusCode(400).contentType(PROBLEM_JSON);
        Map<String, Object> body = personBody(org, randomEmail(), "CONTRACT");
        body.put("phone", "soita minulle");
        sirpa().body(body).when().post("/api/v1/contact-persons")
                .then().statusCode(400).contentType(PROBLEM_JSON).body("violations.field", hasItem("phone"));
    }

    @Test
    void shouldRefuseADuplicateContactByEmailRegardlessOfCase() {
        String email = randomEmail();
        createPerson(email, "CONTRACT");
        sirpa().body(personBody(createOrganisation(), email.toUpperCase(), "CONTRACT"))
                .when().post("/api/v1/contact-persons").then().statusCode(409).contentType(PROBLEM_JSON)
                .body("type", equalTo(PROBLEMS + "duplicate-contact"));
    }

    @Test
    void shouldAnswerAnUnknownOrganisationOrPersonWith404() {
        sirpa().body(personBody(UUID.randomUUID().toString(), randomEmail(), "CONTRACT"))
                .when().post("/api/v1/contact-persons").then().statusCode(404).contentType(PROBLEM_JSON);
        sirpa().when().get("/api/v1/contact-persons/" + UUID.randomUUID()).then().statusCode(404).contentType(PROBLEM_JSON);
    }

    @Test
    void shouldRefuseAMissingLegalBasis() {
        Map<String, Object> body = personBody(createOrganisation(), randomEmail(), "CONTRACT");
        body.remove("legalBasis");
        sirpa().body(body).when().post("/api/v1/contact-persons").then().statusCode(400)
                .body("violations.field", hasItem("legalBasis"));
        body.put("legalBasis", "LEGITIMATE_INTEREST");
        sirpa().body(body).when().post("/api/v1/contact-persons").then().statusCode(400).contentType(PROBLEM_JSON);
    }

    @Test
    void shouldFindByExactEmailAndByNameAndAuditEverySearchHit() {
        String email = randomEmail();
        Map<String, Object> body = personBody(createOrganisation(), email, "CONTRACT");
        body.put("lastName", "Hämäläinen-" + UUID.randomUUID().toString().substring(0, 6));
        String id = createPerson(body);
        sirpa().queryParam("q", email.toUpperCase()).when().get("/api/v1/contact-persons")
                .then().statusCode(200).body("id", equalTo(List.of(id)));
        sirpa().queryParam("q", "päivi " + ((String) body.get("lastName")).toLowerCase()).when().get("/api/v1/contact-persons")
                .then().statusCode(200).body("id", equalTo(List.of(id)));
        assertThat(auditOf(keys().ofEmail(email))).extracting(a -> a.get("action")).contains("SEARCH");
    }

    @Test
    void shouldRefuseAConcurrentEditWithAStaleVersion() {
        String org = createOrganisation();
        String id = createPerson(personBody(org, randomEmail(), "CONTRACT"));
        Map<String, Object> edit = personBody(org, randomEmail(), "CONTRACT");
        edit.put("title", "Toimitusjohtaja");
        edit.put("version", 0);
        sirpa().body(edit).when().put("/api/v1/contact-persons/" + id).then().statusCode(200)
                .body("title", equalTo("Toimitusjohtaja")).body("version", equalTo(1));
        sirpa().body(edit).when().put("/api/v1/contact-persons/" + id).then().statusCode(409)
                .contentType(PROBLEM_JSON).body("type", equalTo(PROBLEMS + "stale-version"));
    }

    @Test
    void shouldRecordInteractionsAndRefuseOnesInTheFuture() {
        String id = createPerson(randomEmail(), "CONTRACT");
        Instant when = Instant.now().minus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        sirpa().body(Map.of("type", "MEETING", "occurredAt", when.toString(), "summary", "Työmaakokous, äänestys"))
                .when().post("/api/v1/contact-persons/" + id + "/interactions").then().statusCode(201)
                .body("recordedBy", equalTo("sirpa"));
        sirpa().body(Map.of("type", "MESSAGE", "occurredAt", Instant.now().plus(2, ChronoUnit.DAYS).toString()))
                .when().post("/api/v1/contact-persons/" + id + "/interactions").then().statusCode(400).contentType(PROBLEM_JSON);
        sirpa().body(Map.of("type", "PHONE_CALL", "occurredAt", when.toString()))
                .when().post("/api/v1/contact-persons/" + id + "/interactions").then().statusCode(400).contentType(PROBLEM_JSON);
        sirpa().when().get("/api/v1/contact-persons/" + id + "/interactions").then().statusCode(200)
                .body("$", hasSize(1)).body("[0].summary", equalTo("Työmaakokous, äänestys"));
        sirpa().when().get("/api/v1/contact-persons/" + id).then().body("lastInteractionAt", equalTo(when.toString()));
    }

    @Test
    void shouldDeleteAContactPersonWithTheirInteractions() {
        String id = createPerson(randomEmail(), "CONTRACT");
        sirpa().body(Map.of("type", "MESSAGE", "occurredAt", Instant.now().minusSeconds(60).toString()))
                .when().post("/api/v1/contact-persons/" + id + "/interactions").then().statusCode(201);
        sirpa().when().delete("/api/v1/contact-persons/" + id).then().statusCode(204);
        sirpa().when().get("/api/v1/contact-persons/" + id).then().statusCode(404);
    }
}
