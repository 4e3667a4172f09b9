package fi.kuopas.customer;

import static fi.kuopas.customer.Fixtures.PROBLEMS;
import static fi.kuopas.customer.Fixtures.PROBLEM_JSON;
import static fi.kuopas.customer.Fixtures.createPerson;
import static fi.kuopas.customer.Fixtures.customerService;
import static fi.kuopas.customer.Fixtures.dpo;
import static fi.kuopas.customer.Fixtures.externalId;
import static fi.kuopas.customer.Fixtures.importRows;
import static fi.kuopas.customer.Fixtures.lettingOfficer;
import static fi.kuopas.customer.Fixtures.permanentCode;
import static fi.kuopas.customer.Fixtures.personBody;
import static fi.kuopas.customer.Fixtures.picKey;
import static fi.kuopas.customer.Fixtures.randomBirthDate;
import static fi.kuopas.customer.Fixtures.randomCode;
import static fi.kuopas.customer.Fixtures.residentRow;
import static fi.kuopas.customer.Fixtures.single;
import static fi.kuopas.customer.Fixtures.spi;
import static fi.kuopas.customer.Fixtures.uniqueLastName;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import fi.kuopas.privacy.grant.CaseGrant.Operation;
import fi.kuopas.privacy.identity.PersonalIdentityCode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Temporary identity codes (individual number 900–999) are accepted, flagged wherever the code is
 * stored and shown, and a later permanent code can be linked; the temporary code stays an alias key,
 * so the person is still found by it.
 */
@QuarkusTest
@SuppressWarnings("unchecked")
class TemporaryIdentityCodeTest {

    private static String linkUrl(UUID id) {
        return "/api/v1/persons/" + id + "/identity-code";
    }

    @Test
    void shouldFlagATemporaryCodeAndLinkThePermanentOneKeepingTheTemporaryAsAnAlias() {
        String temporary = randomCode();
        assertThat(PersonalIdentityCode.parse(temporary).isTemporary()).isTrue();
        UUID id = createPerson(temporary);
        lettingOfficer().when().get("/api/v1/persons/" + id).then().statusCode(200).body("temporaryIdentityCode", equalTo(true));
        customerService().when().get("/api/v1/persons/" + id).then().statusCode(200).body("temporaryIdentityCode", equalTo(true));
        assertThat(single("SELECT pic_temporary FROM person WHERE id = ?", id).get("pic_temporary")).isEqualTo(true);

        String permanent = permanentCode(PersonalIdentityCode.parse(temporary).birthDate());
        customerService().body(Map.of("personalIdentityCode", permanent)).when().put(linkUrl(id))
                .then().statusCode(200).body("temporaryIdentityCode", equalTo(false))
                .body("personalIdentityCode", equalTo(PersonalIdentityCode.mask(permanent)));

        lettingOfficer().when().get("/api/v1/persons/" + id).then().statusCode(200)
                .body("personalIdentityCode", equalTo(permanent)).body("temporaryIdentityCode", equalTo(false));
        Map<String, Object> row = single("SELECT pic_key, pic_alias_key, pic_temporary FROM person WHERE id = ?", id);
        assertThat(row.get("pic_key")).isEqualTo(picKey(permanent));
        assertThat(row.get("pic_alias_key")).isEqualTo(picKey(temporary));
        assertThat(row.get("pic_temporary")).isEqualTo(false);

        // Found by either code: the search, the DSR SPI (whose access log spans both keys).
        for (String code : List.of(temporary, permanent)) {
            lettingOfficer().body(Map.of("personalIdentityCode", code)).when().post("/api/v1/persons/search")
                    .then().statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo(id.toString()));
            spi(Operation.LOOKUP, UUID.randomUUID(), picKey(code)).when().post("/dsr/v1/lookup")
                    .then().statusCode(200).body("found", equalTo(true)).body("records", equalTo(1));
        }
        JsonPath access = spi(Operation.ACCESS, UUID.randomUUID(), picKey(temporary)).when().post("/dsr/v1/access")
                .then().statusCode(200).extract().jsonPath();
        assertThat((List<Map<String, Object>>) access.getMap("categories.find { it.name == 'Identity and contact details' }")
                .get("records")).singleElement().satisfies(r -> {
                    assertThat(r.get("personalIdentityCode")).isEqualTo(permanent);
                    assertThat(r.get("temporaryIdentityCode")).isEqualTo(false);
                });
        assertThat(access.getList("accessLog.action")).contains("CREATE", "UPDATE");

        // The temporary code cannot be given to somebody else now.
        lettingOfficer().body(personBody(temporary)).when().post("/api/v1/persons").then().statusCode(409);
    }

    @Test
    void shouldRefuseToLinkATemporaryCodeOrToReplaceAPermanentOne() {
        String temporary = randomCode();
        LocalDate birth = PersonalIdentityCode.parse(temporary).birthDate();
        UUID id = createPerson(temporary);

        lettingOfficer().body(Map.of("personalIdentityCode", randomCode())).when().put(linkUrl(id))
                .then().statusCode(422).contentType(PROBLEM_JSON).body("type", equalTo(PROBLEMS + "permanent-code-required"));
        LocalDate otherBirth = birth.getYear() < 1990 ? birth.plusYears(1) : birth.minusYears(1);
        lettingOfficer().body(Map.of("personalIdentityCode", permanentCode(otherBirth))).when().put(linkUrl(id))
                .then().statusCode(422).body("type", equalTo(PROBLEMS + "birth-date-mismatch"));
        String taken = permanentCode(birth);
        createPerson(taken);
        lettingOfficer().body(Map.of("personalIdentityCode", taken)).when().put(linkUrl(id)).then().statusCode(409);
        lettingOfficer().body(Map.of("personalIdentityCode", permanentCode(birth), "version", 99)).when().put(linkUrl(id))
                .then().statusCode(409);
        dpo().body(Map.of("personalIdentityCode", permanentCode(birth))).when().put(linkUrl(id))
                .then().statusCode(403).contentType(PROBLEM_JSON);
        assertThat(single("SELECT pic_key FROM person WHERE id = ?", id).get("pic_key")).isEqualTo(picKey(temporary));

        String permanent = permanentCode(randomBirthDate());
        UUID permanentPerson = createPerson(permanent);
        lettingOfficer().when().get("/api/v1/persons/" + permanentPerson).then().body("temporaryIdentityCode", equalTo(false));
        lettingOfficer().body(Map.of("personalIdentityCode", permanentCode(PersonalIdentityCode.parse(permanent).birthDate())))
                .when().put(linkUrl(permanentPerson)).then().statusCode(409);
    }

    @Test
    void shouldFlagATemporaryCodeFromThePmsAndKeepMatchingTheRowAfterTheLink() {
        String temporary = randomCode();
        Map<String, Object> row = residentRow(externalId("PMS-P"), temporary, uniqueLastName("Tilapainen"), null);
        UUID id = UUID.fromString(importRows(List.of(row)).getString("rows[0].personId"));
        lettingOfficer().when().get("/api/v1/persons/" + id).then().body("temporaryIdentityCode", equalTo(true));

        lettingOfficer().body(Map.of("personalIdentityCode", permanentCode(PersonalIdentityCode.parse(temporary).birthDate())))
                .when().put(linkUrl(id)).then().statusCode(200);

        // The PMS still sends the temporary code: the same person, nothing to change.
        JsonPath again = importRows(List.of(row));
        assertThat(again.getString("rows[0].status")).isEqualTo("UNCHANGED");
        assertThat(again.getString("rows[0].personId")).isEqualTo(id.toString());
    }
}
