package fi.kuopas.customer;

import static fi.kuopas.customer.Fixtures.PROBLEMS;
import static fi.kuopas.customer.Fixtures.PROBLEM_JSON;
import static fi.kuopas.customer.Fixtures.customerService;
import static fi.kuopas.customer.Fixtures.dpo;
import static fi.kuopas.customer.Fixtures.lettingOfficer;
import static fi.kuopas.customer.Fixtures.newPerson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The disclosure log, including transfers outside the EU/EEA (GDPR Chapter V). */
@QuarkusTest
class DisclosureTest {

    @Test
    void shouldRequireAMechanismForATransferOutsideTheEea() {
        UUID id = newPerson();
        Map<String, Object> body = ProtectedAddressTest.disclosure("Global Debt Recovery Inc.", "controller",
                List.of("name", "contact details", "rent debt"));
        body.put("recipientCountry", "US");
        body.put("basis", "GDPR 6(1)(f): collection of rent debt");

        customerService().body(body).when().post("/api/v1/persons/" + id + "/disclosures")
                .then().statusCode(422).contentType(PROBLEM_JSON)
                .body("type", equalTo(PROBLEMS + "transfer-mechanism-required"));
        body.put("transferMechanism", "   ");
        customerService().body(body).when().post("/api/v1/persons/" + id + "/disclosures").then().statusCode(422);
        assertThat(Fixtures.count("SELECT count(*) FROM disclosure WHERE person_id = ?", id)).isZero();

        body.put("transferMechanism", "SCC 2021/914 module 1; TIA-2026-04");
        customerService().body(body).when().post("/api/v1/persons/" + id + "/disclosures")
                .then().statusCode(201)
                .body("recipientCountry", equalTo("US"))
                .body("transferMechanism", equalTo("SCC 2021/914 module 1; TIA-2026-04"))
                .body("disclosedBy", equalTo("asta"))
                .body("categories", equalTo("name, contact details, rent debt"));
    }

    @Test
    void shouldListADisclosureInsideTheEeaWithoutAMechanism() {
        UUID id = newPerson();
        lettingOfficer().body(ProtectedAddressTest.disclosure("Perintä Oy", "controller", List.of("name", "address")))
                .when().post("/api/v1/persons/" + id + "/disclosures").then().statusCode(201);
        Map<String, Object> norway = ProtectedAddressTest.disclosure("Inkasso AS", "processor", List.of("name"));
        norway.put("recipientCountry", "NO");
        dpo().body(norway).when().post("/api/v1/persons/" + id + "/disclosures").then().statusCode(201);

        customerService().when().get("/api/v1/persons/" + id + "/disclosures").then().statusCode(200)
                .body("size()", equalTo(2))
                .body("recipient", contains("Inkasso AS", "Perintä Oy"))
                .body("disclosedBy", contains("tiina", "leena"));
        assertThat(Fixtures.count("SELECT count(*) FROM audit_log WHERE action = 'VIEW' AND record_type = 'disclosure' "
                + "AND subject_key = (SELECT pic_key FROM person WHERE id = ?)", id)).isEqualTo(1);
        assertThat(Fixtures.count("SELECT count(*) FROM audit_log WHERE action = 'DISCLOSE' AND subject_key = "
                + "(SELECT pic_key FROM person WHERE id = ?)", id)).isEqualTo(2);
    }

    @Test
    void shouldValidateTheDisclosureBody() {
        UUID id = newPerson();
        Map<String, Object> body = ProtectedAddressTest.disclosure("Perintä Oy", "friend", List.of());
        body.put("recipientCountry", "Finland");
        customerService().body(body).when().post("/api/v1/persons/" + id + "/disclosures")
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("violations.field", hasItem("recipientRole"))
                .body("violations.field", hasItem("recipientCountry"))
                .body("violations.field", hasItem("categories"));
    }
}
