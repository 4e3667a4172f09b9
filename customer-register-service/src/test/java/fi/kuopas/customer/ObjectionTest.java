package fi.kuopas.customer;

import static fi.kuopas.customer.Fixtures.PROBLEMS;
import static fi.kuopas.customer.Fixtures.PROBLEM_JSON;
import static fi.kuopas.customer.Fixtures.apply;
import static fi.kuopas.customer.Fixtures.as;
import static fi.kuopas.customer.Fixtures.collectionBody;
import static fi.kuopas.customer.Fixtures.createPerson;
import static fi.kuopas.customer.Fixtures.customerService;
import static fi.kuopas.customer.Fixtures.dpo;
import static fi.kuopas.customer.Fixtures.externalId;
import static fi.kuopas.customer.Fixtures.importRows;
import static fi.kuopas.customer.Fixtures.leaseRow;
import static fi.kuopas.customer.Fixtures.lettingOfficer;
import static fi.kuopas.customer.Fixtures.picKey;
import static fi.kuopas.customer.Fixtures.randomCode;
import static fi.kuopas.customer.Fixtures.residentRow;
import static fi.kuopas.customer.Fixtures.spi;
import static fi.kuopas.customer.Fixtures.uniqueLastName;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import fi.kuopas.privacy.grant.CaseGrant.Operation;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * GDPR Art 21(1): debt collection, co-resident data and credit checks rest on legitimate interest,
 * Art 6(1)(f). An objection stops them unless the DPO has recorded compelling legitimate grounds
 * (who, why, when), and the objection answer says which.
 */
@QuarkusTest
class ObjectionTest {

    private static final String GROUNDS = "Erääntynyt vuokrasaatava 1 250 €; perintä on tarpeen oikeusvaateen laatimiseksi.";

    private static JsonPath object(String code, String purpose) {
        return spi(Operation.OBJECTION, UUID.randomUUID(), List.of(picKey(code)), Map.of("purpose", purpose))
                .when().post("/dsr/v1/objection").then().statusCode(200).extract().jsonPath();
    }

    private static void recordGrounds(UUID person, String purpose) {
        dpo().body(Map.of("purpose", purpose, "grounds", GROUNDS))
                .when().post("/api/v1/persons/" + person + "/compelling-grounds").then().statusCode(201)
                .body("recordedBy", equalTo("tiina")).body("purpose", equalTo(purpose)).body("grounds", equalTo(GROUNDS));
    }

    @Test
    void shouldStopDebtCollectionOnAnObjectionWithoutCompellingGrounds() {
        String code = randomCode();
        UUID id = createPerson(code);

        JsonPath outcome = object(code, "debt-collection");

        assertThat(outcome.getList("refused", String.class)).noneMatch(r -> r.contains("does not apply")).isEmpty();
        assertThat(outcome.getList("applied", String.class)).singleElement().satisfies(a -> assertThat(a)
                .startsWith("debt-collection: processing stopped").contains("Art 21(1)").contains("no compelling"));
        lettingOfficer().body(collectionBody(id, "Perintä Oy", "FI")).when().post("/api/v1/collection-cases")
                .then().statusCode(409).contentType(PROBLEM_JSON).body("type", equalTo(PROBLEMS + "objection-in-force"));
        assertThat(Fixtures.count("SELECT count(*) FROM collection_case WHERE person_id = ?", id)).isZero();
        assertThat(Fixtures.count("SELECT count(*) FROM disclosure WHERE person_id = ?", id)).isZero();

        // Grounds recorded later by the DPO let the processing go on.
        recordGrounds(id, "debt-collection");
        lettingOfficer().body(collectionBody(id, "Perintä Oy", "FI")).when().post("/api/v1/collection-cases")
                .then().statusCode(201);
    }

    @Test
    void shouldRefuseTheObjectionNamingTheCompellingGroundsTheDpoRecorded() {
        String code = randomCode();
        UUID id = createPerson(code);
        recordGrounds(id, "debt-collection");

        JsonPath outcome = object(code, "debt-collection");

        assertThat(outcome.getList("applied")).isEmpty();
        assertThat(outcome.getList("refused", String.class)).singleElement().satisfies(r -> assertThat(r)
                .startsWith("debt-collection: processing continues on compelling legitimate grounds")
                .contains("tiina").contains(Fixtures.today().toString()).contains(GROUNDS).contains("Art 21(1)"));
        lettingOfficer().body(collectionBody(id, "Perintä Oy", "FI")).when().post("/api/v1/collection-cases")
                .then().statusCode(201);
        dpo().when().get("/api/v1/persons/" + id + "/compelling-grounds").then().statusCode(200)
                .body("size()", equalTo(1)).body("[0].grounds", equalTo(GROUNDS));
        // The subject sees the objection and the grounds held against it in the access report (Art 15).
        spi(Operation.ACCESS, UUID.randomUUID(), picKey(code)).when().post("/dsr/v1/access").then().statusCode(200)
                .body("categories.find { it.name == 'Objections (Art 21)' }.records.purpose", hasItem("debt-collection"))
                .body("categories.find { it.name == 'Objections (Art 21)' }.records.compellingGrounds", hasItem(GROUNDS));
    }

    @Test
    void shouldRemoveCoResidentDataOnAnObjectionToCoResidentProcessing() {
        String lease = externalId("PMS-L");
        String coResidentCode = randomCode();
        Map<String, Object> coResidentRow = residentRow(externalId("PMS-P"), coResidentCode, uniqueLastName("Kumppani"),
                leaseRow(lease, LocalDate.of(2024, 5, 1), null, "CO_RESIDENT"));
        JsonPath imported = importRows(List.of(
                residentRow(externalId("PMS-P"), randomCode(), uniqueLastName("Vuokralainen"),
                        leaseRow(lease, LocalDate.of(2024, 5, 1), null, "TENANT")),
                coResidentRow));
        UUID coResident = UUID.fromString(imported.getString("rows[1].personId"));
        assertThat(Fixtures.count("SELECT count(*) FROM lease_resident WHERE person_id = ?", coResident)).isEqualTo(1);

        JsonPath outcome = object(coResidentCode, "co-residents");

        assertThat(outcome.getList("refused")).isEmpty();
        assertThat(outcome.getList("applied", String.class)).singleElement()
                .satisfies(a -> assertThat(a).startsWith("co-residents: processing stopped").contains("removed from 1 lease"));
        assertThat(Fixtures.count("SELECT count(*) FROM lease_resident WHERE person_id = ?", coResident)).isZero();
        // The nightly import does not link them again while the objection stands.
        assertThat(importRows(List.of(coResidentRow)).getString("rows[0].status")).isEqualTo("UNCHANGED");
        assertThat(Fixtures.count("SELECT count(*) FROM lease_resident WHERE person_id = ?", coResident)).isZero();
    }

    @Test
    void shouldStopCreditChecksOnAnObjection() {
        String code = randomCode();
        UUID id = createPerson(code);
        UUID app = apply(id);
        object(code, "tenant-selection-credit-check");
        lettingOfficer().body(Map.of("applicationId", app.toString(), "purpose", "LEASE"))
                .when().post("/api/v1/persons/" + id + "/credit-checks")
                .then().statusCode(409).body("type", equalTo(PROBLEMS + "objection-in-force"));
        assertThat(Fixtures.count("SELECT count(*) FROM credit_check WHERE person_id = ?", id)).isZero();
    }

    @Test
    void shouldStillAnswerThatArt21DoesNotApplyToContractProcessing() {
        String code = randomCode();
        createPerson(code);
        JsonPath outcome = object(code, "tenancy");
        assertThat(outcome.getList("applied")).isEmpty();
        assertThat(outcome.getList("refused", String.class)).singleElement()
                .satisfies(r -> assertThat(r).contains("Art 21 does not apply"));
    }

    @Test
    void shouldLetOnlyTheDpoRecordCompellingGrounds() {
        UUID id = createPerson(randomCode());
        Map<String, Object> body = Map.of("purpose", "debt-collection", "grounds", GROUNDS);
        for (var caller : List.of(customerService(), lettingOfficer(), as("service-account-kuopas-gateway", "dsr-gateway"))) {
            caller.body(body).when().post("/api/v1/persons/" + id + "/compelling-grounds")
                    .then().statusCode(403).contentType(PROBLEM_JSON);
        }
        io.restassured.RestAssured.given().contentType(Fixtures.JSON_UTF8).body(body)
                .when().post("/api/v1/persons/" + id + "/compelling-grounds").then().statusCode(401);
        dpo().body(Map.of("purpose", "tenancy", "grounds", "liian lyhyt")).when().post("/api/v1/persons/" + id + "/compelling-grounds")
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("violations.field", hasItem("purpose")).body("violations.field", hasItem("grounds"));
        assertThat(Fixtures.count("SELECT count(*) FROM compelling_grounds WHERE person_id = ?", id)).isZero();
    }
}
