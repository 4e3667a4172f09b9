package fi.kuopas.customer;

import static fi.kuopas.customer.Fixtures.DVV;
import static fi.kuopas.customer.Fixtures.PROBLEMS;
import static fi.kuopas.customer.Fixtures.PROBLEM_JSON;
import static fi.kuopas.customer.Fixtures.createPerson;
import static fi.kuopas.customer.Fixtures.customerService;
import static fi.kuopas.customer.Fixtures.dpo;
import static fi.kuopas.customer.Fixtures.lettingOfficer;
import static fi.kuopas.customer.Fixtures.outageCode;
import static fi.kuopas.customer.Fixtures.protectedAddressCode;
import static fi.kuopas.customer.Fixtures.randomCode;
import static fi.kuopas.customer.Fixtures.randomEmail;
import static fi.kuopas.customer.Fixtures.refresh;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Turvakielto from DVV: the address is hidden from everyone but letting officers, mailings and third parties. */
@QuarkusTest
class ProtectedAddressTest {

    @Test
    void shouldSetTheProtectedAddressWithItsSourceOnAPopulationRegisterRefresh() {
        UUID id = createPerson(protectedAddressCode());
        Instant before = Instant.now().minus(1, ChronoUnit.SECONDS);

        JsonPath refreshed = refresh(id);

        assertThat(refreshed.getBoolean("protectedAddress")).isTrue();
        assertThat(refreshed.getString("streetAddress")).isNotBlank().isNotEqualTo("Hämeentie 12 B 7");
        assertThat(refreshed.getString("postalCode")).matches("[0-9]{5}");
        Map<String, Object> address = provenance(refreshed, "address");
        assertThat(address.get("source")).isEqualTo(DVV);
        assertThat(address.get("purpose")).isEqualTo("lease preparation: address check");
        assertThat(Instant.parse((String) address.get("retrievedAt"))).isAfter(before).isBefore(Instant.now().plusSeconds(5));
        assertThat(provenance(refreshed, "protectedAddress").get("source")).isEqualTo(DVV);

        Map<String, Object> query = Fixtures.single("SELECT source, requested_by, fields FROM population_query WHERE person_id = ?", id);
        assertThat(query.get("source")).isEqualTo(DVV);
        assertThat(query.get("requested_by")).isEqualTo("leena");
    }

    @Test
    void shouldHideAProtectedAddressFromCustomerServiceAndDpoButShowItToLettingOfficers() {
        String code = protectedAddressCode();
        UUID id = createPerson(code);
        String street = refresh(id).getString("streetAddress");

        for (var caller : List.of(customerService(), dpo())) {
            JsonPath seen = caller.when().get("/api/v1/persons/" + id).then().statusCode(200)
                    .body("protectedAddress", equalTo(true))
                    .body("streetAddress", nullValue()).body("postalCode", nullValue()).body("city", nullValue())
                    .extract().jsonPath();
            assertThat(seen.getList("provenance.field")).doesNotContain("address");
            assertThat(seen.prettify()).doesNotContain(street);
        }
        customerService().body(Map.of("personalIdentityCode", code)).when().post("/api/v1/persons/search")
                .then().statusCode(200).body("items[0].streetAddress", nullValue());

        lettingOfficer().when().get("/api/v1/persons/" + id).then().statusCode(200)
                .body("streetAddress", equalTo(street)).body("city", notNullValue())
                .body("provenance.field", hasItem("address"));
    }

    @Test
    void shouldKeepTheAddressVisibleOnAnOrdinaryRefresh() {
        UUID id = createPerson(randomCode());
        JsonPath refreshed = refresh(id);
        assertThat(refreshed.getBoolean("protectedAddress")).isFalse();
        customerService().when().get("/api/v1/persons/" + id).then().statusCode(200)
                .body("streetAddress", equalTo(refreshed.getString("streetAddress")))
                .body("provenance.find { it.field == 'address' }.source", equalTo(DVV));
    }

    @Test
    void shouldNeverMakeAProtectedPersonAMailingRecipientEvenWithPermission() {
        UUID hidden = createPerson(protectedAddressCode());
        refresh(hidden);
        UUID visible = createPerson(randomCode());
        for (UUID id : List.of(hidden, visible)) {
            for (String channel : List.of("POST", "EMAIL")) {
                Fixtures.update("INSERT INTO marketing_preference (person_id, channel, allowed, reason, updated_at) "
                        + "VALUES (?, ?, true, 'test permission', now())", id, channel);
            }
        }

        for (String channel : List.of("POST", "EMAIL")) {
            List<String> ids = Fixtures.allMailingRecipients(channel).stream().map(r -> (String) r.get("personId")).toList();
            assertThat(ids).as(channel).contains(visible.toString()).doesNotContain(hidden.toString());
        }
        Map<String, Object> post = Fixtures.allMailingRecipients("POST").stream().filter(r -> visible.toString().equals(r.get("personId")))
                .findFirst().orElseThrow();
        assertThat(post.get("streetAddress")).isEqualTo("Hämeentie 12 B 7");
        assertThat(post.get("email")).isNull();
        // The export is audited per recipient.
        assertThat(Fixtures.count("SELECT count(*) FROM audit_log a JOIN person p ON a.subject_key = p.pic_key "
                + "WHERE p.id = ? AND a.action = 'EXPORT'", visible)).isGreaterThanOrEqualTo(2);
    }

    @Test
    void shouldRequireAKnownMailingChannel() {
        customerService().queryParam("channel", "PIGEON").when().get("/api/v1/mailing-recipients")
                .then().statusCode(400).contentType(PROBLEM_JSON);
        customerService().when().get("/api/v1/mailing-recipients").then().statusCode(400).contentType(PROBLEM_JSON);
    }

    @Test
    void shouldNotDiscloseAProtectedAddressToAThirdParty() {
        UUID id = createPerson(protectedAddressCode());
        refresh(id);

        lettingOfficer().body(disclosure("Uusi Omistaja Oy", "controller", List.of("name", "address")))
                .when().post("/api/v1/persons/" + id + "/disclosures")
                .then().statusCode(422).contentType(PROBLEM_JSON)
                .body("type", equalTo(PROBLEMS + "protected-address"));
        assertThat(Fixtures.count("SELECT count(*) FROM disclosure WHERE person_id = ?", id)).isZero();

        // Without the address, or to an authority, it is logged.
        lettingOfficer().body(disclosure("Uusi Omistaja Oy", "controller", List.of("name", "lease")))
                .when().post("/api/v1/persons/" + id + "/disclosures").then().statusCode(201);
        Map<String, Object> police = disclosure("Poliisi, Itä-Suomen poliisilaitos", "authority", List.of("name", "address"));
        police.put("legalReference", "Poliisilaki 872/2011 4 luku 3 §");
        lettingOfficer().body(police).when().post("/api/v1/persons/" + id + "/disclosures").then().statusCode(201);
    }

    @Test
    void shouldRefuseHandingTheContactDetailsOfAProtectedPersonToACollectionAgent() {
        UUID id = createPerson(protectedAddressCode());
        refresh(id);

        lettingOfficer().body(Fixtures.collectionBody(id, "Perintä Oy", "FI")).when().post("/api/v1/collection-cases")
                .then().statusCode(422).contentType(PROBLEM_JSON)
                .body("type", equalTo(PROBLEMS + "protected-address"))
                .body("detail", org.hamcrest.Matchers.containsString("PHONE"));
        assertThat(Fixtures.count("SELECT count(*) FROM collection_case WHERE person_id = ?", id)).isZero();
        assertThat(Fixtures.count("SELECT count(*) FROM disclosure WHERE person_id = ?", id)).isZero();
    }

    @Test
    void shouldDecideAProtectedPersonsDisclosureByTheFieldsItContainsNotByItsWording() {
        UUID id = createPerson(protectedAddressCode());
        refresh(id);

        // Named fields decide, whatever the description says.
        Map<String, Object> email = disclosure("Uusi Omistaja Oy", "controller", List.of("customer information"));
        email.put("fields", List.of("NAME", "EMAIL"));
        // The old request shape: "contact details" stands for every address and contact field.
        Map<String, Object> contact = disclosure("Perintä Oy", "controller", List.of("name", "contact details", "rent debt"));
        // A description naming no known field cannot be judged: refused for a protected person.
        Map<String, Object> vague = disclosure("Uusi Omistaja Oy", "controller", List.of("customer information"));
        // Fields cannot hide what the description says either.
        Map<String, Object> hidden = disclosure("Uusi Omistaja Oy", "controller", List.of("name", "postal address"));
        hidden.put("fields", List.of("NAME"));
        for (Map<String, Object> body : List.of(email, contact, vague, hidden)) {
            lettingOfficer().body(body).when().post("/api/v1/persons/" + id + "/disclosures")
                    .then().statusCode(422).contentType(PROBLEM_JSON).body("type", equalTo(PROBLEMS + "protected-address"));
        }
        assertThat(Fixtures.count("SELECT count(*) FROM disclosure WHERE person_id = ?", id)).isZero();

        Map<String, Object> lease = disclosure("Uusi Omistaja Oy", "controller", List.of("customer information"));
        lease.put("fields", List.of("NAME", "LEASE", "RENT_DEBT"));
        lettingOfficer().body(lease).when().post("/api/v1/persons/" + id + "/disclosures").then().statusCode(201)
                .body("fields", org.hamcrest.Matchers.containsInAnyOrder("NAME", "LEASE", "RENT_DEBT"));
    }

    @Test
    void shouldDiscloseAProtectedAddressToAnAuthorityOnlyWithALegalReference() {
        UUID id = createPerson(protectedAddressCode());
        refresh(id);
        Map<String, Object> police = disclosure("Poliisi, Itä-Suomen poliisilaitos", "authority", List.of("address"));
        police.put("fields", List.of("NAME", "STREET_ADDRESS", "POSTAL_CODE", "CITY"));

        lettingOfficer().body(police).when().post("/api/v1/persons/" + id + "/disclosures")
                .then().statusCode(422).contentType(PROBLEM_JSON).body("type", equalTo(PROBLEMS + "legal-reference-required"));
        police.put("legalReference", "   ");
        lettingOfficer().body(police).when().post("/api/v1/persons/" + id + "/disclosures").then().statusCode(422);
        assertThat(Fixtures.count("SELECT count(*) FROM disclosure WHERE person_id = ?", id)).isZero();

        police.put("legalReference", "Poliisilaki 872/2011 4 luku 3 §");
        lettingOfficer().body(police).when().post("/api/v1/persons/" + id + "/disclosures").then().statusCode(201)
                .body("legalReference", equalTo("Poliisilaki 872/2011 4 luku 3 §"))
                .body("fields", hasItem("STREET_ADDRESS"));
        // Any authority recipient needs one, protected address or not.
        Map<String, Object> bailiff = disclosure("Ulosottolaitos", "authority", List.of("name"));
        lettingOfficer().body(bailiff).when().post("/api/v1/persons/" + Fixtures.newPerson() + "/disclosures")
                .then().statusCode(422).body("type", equalTo(PROBLEMS + "legal-reference-required"));
    }

    @Test
    void shouldNotLetCustomerServiceChangeAProtectedAddress() {
        UUID id = createPerson(protectedAddressCode());
        String street = refresh(id).getString("streetAddress");
        JsonPath read = customerService().when().get("/api/v1/persons/" + id).then().statusCode(200).extract().jsonPath();

        Map<String, Object> change = PersonApiTest.update(read, read.getLong("version"), read.getString("email"));
        change.put("streetAddress", "Kauppakatu 1");
        change.put("postalCode", "70100");
        change.put("city", "Kuopio");
        customerService().body(change).when().put("/api/v1/persons/" + id)
                .then().statusCode(403).contentType(PROBLEM_JSON).body("type", equalTo(PROBLEMS + "forbidden"));

        lettingOfficer().when().get("/api/v1/persons/" + id).then().body("streetAddress", equalTo(street));
    }

    @Test
    void shouldLetCustomerServiceChangeOtherDetailsOfAProtectedPersonWithoutSeeingTheAddress() {
        UUID id = createPerson(protectedAddressCode());
        String street = refresh(id).getString("streetAddress");
        JsonPath read = customerService().when().get("/api/v1/persons/" + id).then().statusCode(200).extract().jsonPath();
        String email = randomEmail();

        // What customer service read (no address) goes back with a new email.
        customerService().body(PersonApiTest.update(read, read.getLong("version"), email)).when().put("/api/v1/persons/" + id)
                .then().statusCode(200).body("email", equalTo(email)).body("streetAddress", nullValue());

        lettingOfficer().when().get("/api/v1/persons/" + id).then().statusCode(200)
                .body("email", equalTo(email)).body("streetAddress", equalTo(street))
                .body("provenance.find { it.field == 'address' }.source", equalTo(DVV));
    }

    @Test
    void shouldLetALettingOfficerChangeAProtectedAddress() {
        UUID id = createPerson(protectedAddressCode());
        refresh(id);
        JsonPath read = lettingOfficer().when().get("/api/v1/persons/" + id).then().statusCode(200).extract().jsonPath();
        Map<String, Object> change = PersonApiTest.update(read, read.getLong("version"), read.getString("email"));
        change.put("streetAddress", "Rautatienkatu 9 C 3");
        lettingOfficer().body(change).when().put("/api/v1/persons/" + id)
                .then().statusCode(200).body("streetAddress", equalTo("Rautatienkatu 9 C 3"))
                .body("protectedAddress", equalTo(true));
    }

    @Test
    void shouldNeverOverwriteAProtectedAddressOnAPropertyManagementImport() {
        String code = protectedAddressCode();
        UUID id = createPerson(code);
        String street = refresh(id).getString("streetAddress");
        String external = Fixtures.externalId("PMS-P");
        Map<String, Object> row = Fixtures.residentRow(external, code, "Meikäläinen", null);

        Fixtures.importRows(List.of(row));

        lettingOfficer().when().get("/api/v1/persons/" + id).then().statusCode(200)
                .body("streetAddress", equalTo(street)).body("externalPmsId", equalTo(external))
                .body("streetAddress", not(equalTo("Satamakatu 4 A 3")));
    }

    @Test
    void shouldAnswerServiceUnavailableDuringAPopulationRegisterOutage() {
        UUID id = createPerson(outageCode());
        lettingOfficer().body(Map.of("purpose", "lease preparation: address check"))
                .when().post("/api/v1/persons/" + id + "/population-register-refresh")
                .then().statusCode(503).contentType(PROBLEM_JSON)
                .body("type", equalTo(PROBLEMS + "source-unavailable"))
                .body("status", equalTo(503));
        assertThat(Fixtures.count("SELECT count(*) FROM population_query WHERE person_id = ?", id)).isZero();
        lettingOfficer().when().get("/api/v1/persons/" + id).then().body("streetAddress", equalTo("Hämeentie 12 B 7"));
    }

    @Test
    void shouldRequireAPurposeAndAnIdentityCodeForARefresh() {
        UUID id = createPerson(randomCode());
        lettingOfficer().body(Map.of()).when().post("/api/v1/persons/" + id + "/population-register-refresh")
                .then().statusCode(400).contentType(PROBLEM_JSON).body("violations.field", hasItem("purpose"));

        Map<String, Object> noCode = Fixtures.personBody(null);
        noCode.put("birthDate", "1980-01-01");
        UUID withoutCode = UUID.fromString(Fixtures.createPerson(noCode).getString("id"));
        lettingOfficer().body(Map.of("purpose", "address check")).when()
                .post("/api/v1/persons/" + withoutCode + "/population-register-refresh")
                .then().statusCode(422).contentType(PROBLEM_JSON).body("type", equalTo(PROBLEMS + "identity-code-missing"));
    }

    static Map<String, Object> disclosure(String recipient, String role, List<String> categories) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("recipient", recipient);
        body.put("recipientRole", role);
        body.put("recipientCountry", "FI");
        body.put("categories", categories);
        body.put("basis", "GDPR 6(1)(f): change of ownership of the building");
        body.put("requestReference", "REF-" + UUID.randomUUID().toString().substring(0, 8));
        return body;
    }

    private static Map<String, Object> provenance(JsonPath person, String field) {
        List<Map<String, Object>> all = person.getList("provenance");
        return all.stream().filter(p -> field.equals(p.get("field"))).findFirst()
                .orElseThrow(() -> new AssertionError("no provenance for " + field + " in " + all));
    }
}
