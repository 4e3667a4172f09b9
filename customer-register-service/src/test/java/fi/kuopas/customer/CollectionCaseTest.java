package fi.kuopas.customer;

import static fi.kuopas.customer.Fixtures.PROBLEMS;
import static fi.kuopas.customer.Fixtures.PROBLEM_JSON;
import static fi.kuopas.customer.Fixtures.collectionBody;
import static fi.kuopas.customer.Fixtures.createPerson;
import static fi.kuopas.customer.Fixtures.customerService;
import static fi.kuopas.customer.Fixtures.dpo;
import static fi.kuopas.customer.Fixtures.lettingOfficer;
import static fi.kuopas.customer.Fixtures.newPerson;
import static fi.kuopas.customer.Fixtures.openCollectionCase;
import static fi.kuopas.customer.Fixtures.picKey;
import static fi.kuopas.customer.Fixtures.randomCode;
import static fi.kuopas.customer.Fixtures.resident;
import static fi.kuopas.customer.Fixtures.spi;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import fi.kuopas.customer.Fixtures.Resident;
import fi.kuopas.privacy.grant.CaseGrant.Operation;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Debt-collection cases: each hand-over to an agent is a disclosure; abroad it needs a transfer mechanism. */
@QuarkusTest
@SuppressWarnings("unchecked")
class CollectionCaseTest {

    @Test
    void shouldLogTheDisclosureToTheAgentWhenACaseIsOpened() {
        String code = randomCode();
        UUID id = createPerson(code);
        UUID caseId = UUID.fromString(lettingOfficer().body(collectionBody(id, "Perintä Oy", "FI"))
                .when().post("/api/v1/collection-cases").then().statusCode(201)
                .body("amountCents", equalTo(125000)).body("agentName", equalTo("Perintä Oy"))
                .body("agentCountry", equalTo("FI")).body("transferMechanism", nullValue())
                .body("openedAt", notNullValue()).body("closedAt", nullValue())
                .extract().path("id"));

        Map<String, Object> d = Fixtures.single("SELECT recipient, recipient_role, recipient_country, basis, request_reference, "
                + "transfer_mechanism, disclosed_by FROM disclosure WHERE person_id = ?", id);
        assertThat(d.get("recipient")).isEqualTo("Perintä Oy");
        assertThat(d.get("recipient_country")).isEqualTo("FI");
        assertThat(d.get("request_reference")).isEqualTo("collection-case " + caseId);
        assertThat(d.get("transfer_mechanism")).isNull();
        assertThat(d.get("disclosed_by")).isEqualTo("leena");
        assertThat((String) d.get("basis")).contains("6(1)(f)");

        customerService().queryParam("personId", id.toString()).when().get("/api/v1/collection-cases")
                .then().statusCode(200).body("size()", equalTo(1)).body("[0].id", equalTo(caseId.toString()));
        dpo().queryParam("personId", id.toString()).when().get("/api/v1/collection-cases").then().statusCode(200);
        assertThat(Fixtures.count("SELECT count(*) FROM audit_log WHERE action = 'VIEW' AND record_type = 'collection-case' "
                + "AND subject_key = ?", picKey(code))).isEqualTo(2);
    }

    @Test
    void shouldRequireATransferMechanismForAnAgentOutsideTheEea() {
        UUID id = newPerson();
        Map<String, Object> body = collectionBody(id, "Global Debt Recovery Inc.", "US");
        customerService().body(body).when().post("/api/v1/collection-cases")
                .then().statusCode(422).contentType(PROBLEM_JSON)
                .body("type", equalTo(PROBLEMS + "transfer-mechanism-required"));
        body.put("transferMechanism", "  ");
        customerService().body(body).when().post("/api/v1/collection-cases").then().statusCode(422);
        // Refused: neither the case nor a disclosure was stored.
        assertThat(Fixtures.count("SELECT count(*) FROM collection_case WHERE person_id = ?", id)).isZero();
        assertThat(Fixtures.count("SELECT count(*) FROM disclosure WHERE person_id = ?", id)).isZero();

        body.put("transferMechanism", "Art 49(1)(e)");
        customerService().body(body).when().post("/api/v1/collection-cases").then().statusCode(201)
                .body("transferMechanism", equalTo("Art 49(1)(e)"));
        assertThat(Fixtures.single("SELECT recipient_country, transfer_mechanism FROM disclosure WHERE person_id = ?", id))
                .containsEntry("recipient_country", "US").containsEntry("transfer_mechanism", "Art 49(1)(e)");

        // Norway is in the EEA: no mechanism needed.
        lettingOfficer().body(collectionBody(id, "Inkasso Nord AS", "NO")).when().post("/api/v1/collection-cases")
                .then().statusCode(201);
    }

    @Test
    void shouldCloseAPaidCaseOnce() {
        UUID id = newPerson();
        UUID caseId = openCollectionCase(id);
        customerService().when().post("/api/v1/collection-cases/" + caseId + "/closure").then().statusCode(200)
                .body("closedAt", notNullValue());
        lettingOfficer().when().post("/api/v1/collection-cases/" + caseId + "/closure").then().statusCode(409)
                .contentType(PROBLEM_JSON).body("type", equalTo(PROBLEMS + "conflict"));
        lettingOfficer().when().post("/api/v1/collection-cases/" + UUID.randomUUID() + "/closure").then().statusCode(404)
                .contentType(PROBLEM_JSON);
        assertThat(Fixtures.count("SELECT count(*) FROM collection_case WHERE person_id = ? AND closed_at IS NOT NULL", id))
                .isEqualTo(1);
    }

    @Test
    void shouldHoldErasureWhileACaseIsOpenAndNoLongerOnceClosed() {
        String code = randomCode();
        UUID id = createPerson(code);
        UUID caseId = openCollectionCase(id);
        JsonPath held = spi(Operation.ERASURE_PREVIEW, UUID.randomUUID(), picKey(code)).queryParam("dryRun", true)
                .when().post("/dsr/v1/erasure").then().statusCode(200).extract().jsonPath();
        assertThat(held.getList("kept.category")).contains("debt collection");

        lettingOfficer().when().post("/api/v1/collection-cases/" + caseId + "/closure").then().statusCode(200);
        JsonPath free = spi(Operation.ERASURE_PREVIEW, UUID.randomUUID(), picKey(code)).queryParam("dryRun", true)
                .when().post("/dsr/v1/erasure").then().statusCode(200).extract().jsonPath();
        assertThat(free.getList("kept.category")).doesNotContain("debt collection");

        JsonPath access = spi(Operation.ACCESS, UUID.randomUUID(), picKey(code)).when().post("/dsr/v1/access")
                .then().statusCode(200).extract().jsonPath();
        assertThat((List<Map<String, Object>>) access.getMap("categories.find { it.name == 'Debt collection' }").get("records"))
                .singleElement().satisfies(r -> assertThat(r.get("closedAt")).isNotNull());
    }

    @Test
    void shouldRequireTheLeaseToBeThePersonsOwn() {
        Resident r = resident();
        String leaseId = (String) Fixtures.single("SELECT id::text AS id FROM lease WHERE external_pms_id = ?",
                r.leaseExternalId()).get("id");
        Map<String, Object> own = collectionBody(r.personId(), "Perintä Oy", "FI");
        own.put("leaseId", leaseId);
        lettingOfficer().body(own).when().post("/api/v1/collection-cases").then().statusCode(201)
                .body("leaseId", equalTo(leaseId));

        Map<String, Object> other = collectionBody(newPerson(), "Perintä Oy", "FI");
        other.put("leaseId", leaseId);
        lettingOfficer().body(other).when().post("/api/v1/collection-cases").then().statusCode(422)
                .body("type", equalTo(PROBLEMS + "not-a-resident"));
        other.put("leaseId", UUID.randomUUID().toString());
        lettingOfficer().body(other).when().post("/api/v1/collection-cases").then().statusCode(404);
    }

    @Test
    void shouldRefuseBadInputAsProblemJson() {
        UUID id = newPerson();
        Map<String, Object> body = collectionBody(id, " ", "Suomi");
        body.put("amountCents", 0);
        lettingOfficer().body(body).when().post("/api/v1/collection-cases").then().statusCode(400).contentType(PROBLEM_JSON)
                .body("violations.field", hasItems("agentName", "agentCountry", "amountCents"));
        Map<String, Object> wrongType = collectionBody(id, "Perintä Oy", "FI");
        wrongType.put("amountCents", "paljon");
        lettingOfficer().body(wrongType).when().post("/api/v1/collection-cases").then().statusCode(400)
                .contentType(PROBLEM_JSON);
        lettingOfficer().body(collectionBody(UUID.randomUUID(), "Perintä Oy", "FI")).when().post("/api/v1/collection-cases")
                .then().statusCode(404).contentType(PROBLEM_JSON);
        lettingOfficer().when().post("/api/v1/collection-cases/not-a-uuid/closure").then().statusCode(400)
                .contentType(PROBLEM_JSON);
        assertThat(Fixtures.count("SELECT count(*) FROM collection_case WHERE person_id = ?", id)).isZero();
    }
}
