package fi.kuopas.customer;

import static fi.kuopas.customer.Fixtures.PROBLEMS;
import static fi.kuopas.customer.Fixtures.createPerson;
import static fi.kuopas.customer.Fixtures.customerService;
import static fi.kuopas.customer.Fixtures.emailKey;
import static fi.kuopas.customer.Fixtures.externalId;
import static fi.kuopas.customer.Fixtures.importRows;
import static fi.kuopas.customer.Fixtures.leaseRow;
import static fi.kuopas.customer.Fixtures.lettingOfficer;
import static fi.kuopas.customer.Fixtures.mailingRecipients;
import static fi.kuopas.customer.Fixtures.personBody;
import static fi.kuopas.customer.Fixtures.picKey;
import static fi.kuopas.customer.Fixtures.randomBirthDate;
import static fi.kuopas.customer.Fixtures.randomCode;
import static fi.kuopas.customer.Fixtures.randomEmail;
import static fi.kuopas.customer.Fixtures.residentRow;
import static fi.kuopas.customer.Fixtures.single;
import static fi.kuopas.customer.Fixtures.spi;
import static fi.kuopas.customer.Fixtures.surveyBody;
import static fi.kuopas.customer.Fixtures.today;
import static fi.kuopas.customer.Fixtures.uniqueLastName;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import fi.kuopas.privacy.grant.CaseGrant.Operation;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What outlives an erasure, as keyed hashes only: an objection to marketing and surveys (GDPR Art
 * 21(3)) and the erasure itself (Art 17), so that a re-created person and the nightly PMS import do
 * not undo them; and a person under restriction (Art 18) is not changed by the import.
 */
@QuarkusTest
class ErasureTombstoneTest {

    private static final String KEY_PATTERN = "[a-z]+_[0-9a-f]{64}";

    private static void object(String key, String purpose) {
        spi(Operation.OBJECTION, UUID.randomUUID(), List.of(key), Map.of("purpose", purpose))
                .when().post("/dsr/v1/objection").then().statusCode(200);
    }

    private static JsonPath erase(String key) {
        return spi(Operation.ERASURE_EXECUTE, UUID.randomUUID(), key).queryParam("dryRun", false)
                .when().post("/dsr/v1/erasure").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void shouldKeepAnObjectionToPostalMarketingAndSurveysWhenTheObjectorIsErasedAndComesBack() {
        String code = randomCode();
        UUID first = createPerson(code);
        object(picKey(code), "postal-marketing");
        object(picKey(code), "customer-surveys");
        assertThat(mailingRecipients("POST")).doesNotContain(first.toString());

        JsonPath erasure = erase(picKey(code));
        assertThat(erasure.getList("erased.category")).contains("person");
        assertThat(erasure.getInt("kept.find { it.category == 'objections to marketing and surveys (keyed hashes only)' }.count"))
                .isEqualTo(2);
        assertThat(Fixtures.count("SELECT count(*) FROM person WHERE id = ?", first)).isZero();

        // The same person is added again (a new application at the counter).
        UUID again = createPerson(code);

        assertThat(mailingRecipients("POST")).doesNotContain(again.toString());
        assertThat(mailingRecipients("SURVEY")).doesNotContain(again.toString());
        assertThat(Fixtures.count("SELECT count(*) FROM marketing_preference WHERE person_id = ? AND NOT allowed "
                + "AND channel IN ('POST', 'SURVEY')", again)).isEqualTo(2);
        customerService().body(surveyBody(again)).when().post("/api/v1/survey-responses")
                .then().statusCode(409).body("type", equalTo(PROBLEMS + "survey-objection"));
    }

    @Test
    void shouldHonourAKeptObjectionInTheMailingForSomeoneReturningWithTheSameEmailOnly() {
        String email = randomEmail();
        Map<String, Object> body = personBody(randomCode());
        body.put("email", email);
        createPerson(body);
        object(emailKey(email), "postal-marketing");
        erase(emailKey(email));

        Map<String, Object> returning = personBody(null);
        returning.put("birthDate", randomBirthDate().toString());
        returning.put("email", email);
        UUID again = UUID.fromString(createPerson(returning).getString("id"));
        // Even without the preference row the mailing selection itself checks the tombstone by key.
        Fixtures.update("DELETE FROM marketing_preference WHERE person_id = ?", again);

        assertThat(mailingRecipients("POST")).doesNotContain(again.toString());
        // A person who never objected is still reached.
        UUID other = Fixtures.newPerson();
        assertThat(mailingRecipients("POST")).contains(other.toString());
    }

    @Test
    void shouldKeepOnlyKeyedHashesInTheTombstones() {
        String code = randomCode();
        Map<String, Object> body = personBody(code);
        String lastName = (String) body.get("lastName");
        createPerson(body);
        object(picKey(code), "postal-marketing");
        erase(picKey(code));

        List<Map<String, Object>> suppressions = Fixtures.query("SELECT subject_key, channel FROM marketing_suppression "
                + "WHERE subject_key IN (?, ?)", picKey(code), emailKey((String) body.get("email")));
        assertThat(suppressions).hasSize(2).allSatisfy(r -> {
            assertThat((String) r.get("subject_key")).matches(KEY_PATTERN);
            assertThat(r.get("channel")).isEqualTo("POST");
        });
        Map<String, Object> tombstone = single("SELECT subject_key, erased_on FROM erasure_tombstone WHERE subject_key = ?",
                picKey(code));
        assertThat(tombstone.get("erased_on").toString()).isEqualTo(today().toString());
        for (String table : List.of("marketing_suppression", "erasure_tombstone")) {
            String dump = Fixtures.query("SELECT * FROM " + table).toString();
            assertThat(dump).doesNotContain(code).doesNotContain(lastName).doesNotContain((String) body.get("email"));
        }
    }

    @Test
    void shouldAnswerErasedWhenThePmsSendsAnErasedFormerTenantAgain() {
        String code = randomCode();
        Map<String, Object> row = residentRow(externalId("PMS-P"), code, uniqueLastName("Poistettu"),
                leaseRow(externalId("PMS-L"), LocalDate.of(2019, 6, 1), LocalDate.of(2024, 5, 31), "TENANT"));
        UUID id = UUID.fromString(importRows(List.of(row)).getString("rows[0].personId"));
        erase(picKey(code));
        assertThat(single("SELECT anonymised_at FROM person WHERE id = ?", id).get("anonymised_at")).isNotNull();

        JsonPath result = importRows(List.of(row));

        assertThat(result.getString("rows[0].status")).isEqualTo("ERASED");
        assertThat(result.getString("rows[0].personId")).isNull();
        assertThat(result.getString("rows[0].error")).contains("erased").doesNotContain(code);
        assertThat(result.getInt("erased")).isEqualTo(1);
        assertThat(result.getInt("created")).isZero();
        assertThat(Fixtures.count("SELECT count(*) FROM person WHERE pic_key = ?", picKey(code))).isZero();
        assertThat(Fixtures.count("SELECT count(*) FROM person WHERE external_pms_id = ?", row.get("externalId"))).isZero();
    }

    @Test
    void shouldAnswerErasedForARowWithoutIdentityCodeOfAnErasedApplicant() {
        String lastName = uniqueLastName("Hakija");
        LocalDate birth = randomBirthDate();
        String email = randomEmail();
        Map<String, Object> body = personBody(null);
        body.put("firstName", "Aino");
        body.put("lastName", lastName);
        body.put("birthDate", birth.toString());
        body.put("email", email);
        createPerson(body);
        erase(emailKey(email));

        Map<String, Object> row = residentRow(externalId("PMS-P"), null, lastName, null);
        row.put("birthDate", birth.toString());
        assertThat(importRows(List.of(row)).getString("rows[0].status")).isEqualTo("ERASED");
        lettingOfficer().body(Map.of("lastName", lastName)).when().post("/api/v1/persons/search")
                .then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void shouldReCreateAnErasedPersonOnlyForALeaseStartingAfterTheErasure() {
        String code = randomCode();
        String external = externalId("PMS-P");
        String lastName = uniqueLastName("Palaava");
        importRows(List.of(residentRow(external, code, lastName,
                leaseRow(externalId("PMS-L"), LocalDate.of(2018, 1, 1), LocalDate.of(2023, 12, 31), "TENANT"))));
        object(picKey(code), "postal-marketing");
        erase(picKey(code));

        // A lease starting on the day of the erasure is old data: not re-created.
        JsonPath sameDay = importRows(List.of(residentRow(external, code, lastName,
                leaseRow(externalId("PMS-L"), today(), null, "TENANT"))));
        assertThat(sameDay.getString("rows[0].status")).isEqualTo("ERASED");

        // A new tenancy starting after the erasure is a new customer relationship.
        JsonPath newTenancy = importRows(List.of(residentRow(external, code, lastName,
                leaseRow(externalId("PMS-L"), today().plusDays(1), null, "TENANT"))));
        assertThat(newTenancy.getString("rows[0].status")).isEqualTo("CREATED");
        UUID again = UUID.fromString(newTenancy.getString("rows[0].personId"));
        lettingOfficer().when().get("/api/v1/persons/" + again).then().statusCode(200).body("personalIdentityCode", equalTo(code));
        // ... that still honours the objection made before the erasure (Art 21(3)).
        assertThat(mailingRecipients("POST")).doesNotContain(again.toString());
        assertThat(single("SELECT allowed FROM marketing_preference WHERE person_id = ? AND channel = 'POST'", again)
                .get("allowed")).isEqualTo(false);
    }

    @Test
    void shouldLeaveARestrictedPersonUnchangedByTheImport() {
        String code = randomCode();
        String lease = externalId("PMS-L");
        Map<String, Object> row = residentRow(externalId("PMS-P"), code, uniqueLastName("Rajoitettu"),
                leaseRow(lease, LocalDate.of(2024, 2, 1), null, "TENANT"));
        UUID id = UUID.fromString(importRows(List.of(row)).getString("rows[0].personId"));
        spi(Operation.RESTRICTION, UUID.randomUUID(), List.of(picKey(code)), Map.of("action", "SET"))
                .when().post("/dsr/v1/restriction").then().statusCode(200);
        long version = Fixtures.count("SELECT version FROM person WHERE id = ?", id);

        Map<String, Object> changed = new LinkedHashMap<>(row);
        changed.put("lastName", uniqueLastName("Muuttunut"));
        changed.put("email", randomEmail());
        Map<String, Object> endedLease = new LinkedHashMap<>(leaseRow(lease, LocalDate.of(2024, 2, 1), today(), "TENANT"));
        changed.put("lease", endedLease);
        JsonPath result = importRows(List.of(changed));

        assertThat(result.getString("rows[0].status")).isEqualTo("RESTRICTED");
        assertThat(result.getString("rows[0].personId")).isEqualTo(id.toString());
        assertThat(result.getString("rows[0].error")).contains("Art 18");
        assertThat(result.getInt("restricted")).isEqualTo(1);
        Map<String, Object> stored = single("SELECT last_name, email, version FROM person WHERE id = ?", id);
        assertThat(stored.get("last_name")).isEqualTo(row.get("lastName"));
        assertThat(stored.get("email")).isEqualTo(row.get("email"));
        assertThat(((Number) stored.get("version")).longValue()).isEqualTo(version);
        assertThat(single("SELECT end_date FROM lease WHERE external_pms_id = ?", lease).get("end_date")).isNull();
    }
}
