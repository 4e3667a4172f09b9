package fi.kuopas.customer;

import static fi.kuopas.customer.Fixtures.KEYS;
import static fi.kuopas.customer.Fixtures.apply;
import static fi.kuopas.customer.Fixtures.createPerson;
import static fi.kuopas.customer.Fixtures.creditCheck;
import static fi.kuopas.customer.Fixtures.emailKey;
import static fi.kuopas.customer.Fixtures.lettingOfficer;
import static fi.kuopas.customer.Fixtures.picKey;
import static fi.kuopas.customer.Fixtures.randomCode;
import static fi.kuopas.customer.Fixtures.randomEmail;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * Exact subject matching (SubjectMatcher): a register includes a person's rows only through a
 * verified key of that person; another person found through a claimed key, a shared or ambiguous
 * identifier, or name and birth date is reported as a masked possible match and never read, erased
 * or changed.
 */
@QuarkusTest
@SuppressWarnings("unchecked")
class SubjectMatchingTest {

    /** A person in the register with every identifier distinct from everybody else's. */
    record Subject(UUID id, String code, String firstName, String lastName, LocalDate birthDate, String email,
            String phone, String street) {

        String picKey() {
            return Fixtures.picKey(code);
        }

        String emailKey() {
            return Fixtures.emailKey(email);
        }

        String phoneKey() {
            return KEYS.ofPhone(phone);
        }

        String nameKey() {
            return KEYS.ofNameAndBirthDate(firstName + " " + lastName, birthDate);
        }

        /** The masked hint a possible match shows: initials and birth year. */
        String hint() {
            return firstName.charAt(0) + ". " + lastName.substring(0, 1).toUpperCase() + "., born " + birthDate.getYear();
        }
    }

    private static Subject person(String firstName, String lastBase, String street, String email) {
        String code = randomCode();
        String last = uniqueLastName(lastBase);
        String phone = "+35840" + (1_000_000 + ThreadLocalRandom.current().nextInt(9_000_000));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("personalIdentityCode", code);
        body.put("firstName", firstName);
        body.put("lastName", last);
        body.put("email", email);
        body.put("phone", phone);
        body.put("language", "fi");
        body.put("streetAddress", street);
        body.put("postalCode", "70100");
        body.put("city", "Kuopio");
        UUID id = UUID.fromString(createPerson(body).getString("id"));
        return new Subject(id, code, firstName, last, PersonalIdentityCode.parse(code).birthDate(), email, phone, street);
    }

    /** The requester. */
    private static Subject requester() {
        return person("Aino", "Asiakas", "Hämeentie 12 B 7", randomEmail());
    }

    /** The other person, whose data must never reach the requester; has a credit check so their log is not empty. */
    private static Subject other() {
        return other(randomEmail());
    }

    private static Subject other(String email) {
        Subject b = person("Liisa", "Hakala", "Puijonkatu " + ThreadLocalRandom.current().nextInt(10, 99) + " C 11", email);
        creditCheck(b.id(), apply(b.id()));
        return b;
    }

    private static String access(Set<String> verified, Set<String> claimed) {
        return spi(Operation.ACCESS, UUID.randomUUID(), verified, claimed, Map.of()).when().post("/dsr/v1/access")
                .then().statusCode(200).extract().asString();
    }

    /** The report holds the requester's person row alone, and nothing of the other person in any form. */
    private static JsonPath assertOnlyRequester(String raw, Subject a, Subject b) {
        JsonPath report = new JsonPath(raw);
        assertThat(report.getBoolean("subjectFound")).isTrue();
        List<Map<String, Object>> persons = (List<Map<String, Object>>) report
                .getMap("categories.find { it.name == 'Identity and contact details' }").get("records");
        assertThat(persons).singleElement().satisfies(r -> {
            assertThat(r.get("personalIdentityCode")).isEqualTo(a.code());
            assertThat(r.get("lastName")).isEqualTo(a.lastName());
        });
        assertThat(raw).doesNotContain(b.code()).doesNotContain(b.lastName()).doesNotContain(b.phone())
                .doesNotContain(b.street()).doesNotContain(b.firstName());
        if (!b.email().equals(a.email())) {
            assertThat(raw).doesNotContain(b.email());
        }
        // The access log is searched by the requester's own keys only: the other person's credit check is not in it.
        assertThat(report.getList("accessLog.recordType")).doesNotContain("credit-check");
        assertThat((List<?>) report.getMap("categories.find { it.name == 'Credit checks' }").get("records")).isEmpty();
        return report;
    }

    private static void assertSinglePossibleMatch(JsonPath report, Subject b, String... identifiers) {
        List<Map<String, Object>> possible = report.getList("possibleMatches");
        assertThat(possible).singleElement().satisfies(m -> {
            assertThat(m.get("register")).isEqualTo("customer");
            assertThat(m.get("recordKind")).isEqualTo("person");
            assertThat((List<String>) m.get("matchedIdentifiers")).containsExactly(identifiers);
            assertThat(m.get("hint")).isEqualTo(b.hint());
        });
    }

    @Test
    void shouldAnswerOnlyTheVerifiedPersonWhenAnotherPersonsEmailIsClaimed() {
        Subject a = requester();
        Subject b = other();

        String raw = access(Set.of(a.picKey()), Set.of(b.emailKey()));

        JsonPath report = assertOnlyRequester(raw, a, b);
        assertSinglePossibleMatch(report, b, "EMAIL");
        assertThat(b.hint()).startsWith("L. H., born ");
        // Only the requester's row was read for the case.
        assertThat(Fixtures.count("SELECT count(*) FROM audit_log WHERE action = 'DSR' AND subject_key = ?", b.picKey())).isZero();
        assertThat(Fixtures.count("SELECT count(*) FROM audit_log WHERE action = 'DSR' AND subject_key = ?", a.picKey()))
                .isEqualTo(1);
    }

    @Test
    void shouldAnswerOnlyTheVerifiedPersonWhenAnotherPersonsPhoneIsClaimed() {
        Subject a = requester();
        Subject b = other();

        String raw = access(Set.of(a.picKey()), Set.of(b.phoneKey()));

        assertSinglePossibleMatch(assertOnlyRequester(raw, a, b), b, "PHONE");
    }

    @Test
    void shouldNeverIncludeAnotherPersonThroughNameAndBirthDate() {
        Subject a = requester();
        Subject b = other();

        // Claimed beside the requester's code.
        assertSinglePossibleMatch(assertOnlyRequester(access(Set.of(a.picKey()), Set.of(b.nameKey())), a, b),
                b, "NAME_AND_BIRTH_DATE");
        // Even "verified" beside the requester's code.
        assertSinglePossibleMatch(assertOnlyRequester(access(Set.of(a.picKey(), b.nameKey()), Set.of()), a, b),
                b, "NAME_AND_BIRTH_DATE");
        // And on its own a name with a birth date includes nobody.
        String raw = access(Set.of(b.nameKey()), Set.of());
        JsonPath alone = new JsonPath(raw);
        assertThat(alone.getBoolean("subjectFound")).isFalse();
        assertThat(alone.getList("categories")).isEmpty();
        assertThat(raw).doesNotContain(b.code()).doesNotContain(b.lastName()).doesNotContain(b.street());
        assertSinglePossibleMatch(alone, b, "NAME_AND_BIRTH_DATE");
    }

    @Test
    void shouldLeaveAFamilyMemberSharingTheClaimedEmailAsAPossibleMatch() {
        String family = "perhe-" + UUID.randomUUID() + "@example.fi";
        Subject a = person("Aino", "Asiakas", "Hämeentie 12 B 7", family);
        Subject b = other(family);

        String raw = access(Set.of(a.picKey()), Set.of(emailKey(family)));

        JsonPath report = new JsonPath(raw);
        List<Map<String, Object>> persons = (List<Map<String, Object>>) report
                .getMap("categories.find { it.name == 'Identity and contact details' }").get("records");
        assertThat(persons).singleElement().satisfies(r -> assertThat(r.get("personalIdentityCode")).isEqualTo(a.code()));
        assertThat(raw).doesNotContain(b.code()).doesNotContain(b.lastName()).doesNotContain(b.phone())
                .doesNotContain(b.street());
        assertThat((List<?>) report.getMap("categories.find { it.name == 'Credit checks' }").get("records")).isEmpty();
        assertSinglePossibleMatch(report, b, "EMAIL");
    }

    @Test
    void shouldNotLetAVerifiedEmailSharedByTwoIdentityCodesIncludeTheOtherPerson() {
        String shared = "yhteinen-" + UUID.randomUUID() + "@example.fi";
        Subject a = person("Aino", "Asiakas", "Hämeentie 12 B 7", shared);
        Subject b = other(shared);

        // With the requester's code verified too: the requester alone.
        JsonPath withCode = assertOnlyRequester(access(Set.of(a.picKey(), emailKey(shared)), Set.of()), a, b);
        assertSinglePossibleMatch(withCode, b, "EMAIL");

        // The shared email alone is ambiguous: nobody is included, both are possible matches.
        String raw = access(Set.of(emailKey(shared)), Set.of());
        JsonPath alone = new JsonPath(raw);
        assertThat(alone.getBoolean("subjectFound")).isFalse();
        assertThat(alone.getList("categories")).isEmpty();
        assertThat(alone.getList("accessLog")).isEmpty();
        assertThat(raw).doesNotContain(a.code()).doesNotContain(b.code()).doesNotContain(a.lastName())
                .doesNotContain(b.lastName());
        List<Map<String, Object>> possible = alone.getList("possibleMatches");
        assertThat(possible).extracting(m -> m.get("hint")).containsExactlyInAnyOrder(a.hint(), b.hint());
        assertThat(possible).allSatisfy(m -> assertThat((List<String>) m.get("matchedIdentifiers")).containsExactly("EMAIL"));

        spi(Operation.LOOKUP, UUID.randomUUID(), emailKey(shared)).when().post("/dsr/v1/lookup").then().statusCode(200)
                .body("found", equalTo(false)).body("records", equalTo(0)).body("possibleMatches.size()", equalTo(2));
    }

    @Test
    void shouldCountOnlyTheVerifiedPersonInALookup() {
        Subject a = requester();
        Subject b = other();
        spi(Operation.LOOKUP, UUID.randomUUID(), Set.of(a.picKey()), Set.of(b.emailKey(), b.phoneKey()), Map.of())
                .when().post("/dsr/v1/lookup").then().statusCode(200)
                .body("found", equalTo(true)).body("records", equalTo(1))
                .body("possibleMatches.size()", equalTo(1))
                .body("possibleMatches[0].matchedIdentifiers", equalTo(List.of("EMAIL", "PHONE")))
                .body("possibleMatches[0].hint", equalTo(b.hint()));
    }

    @Test
    void shouldPreviewAndEraseOnlyTheVerifiedPersonWhenAnotherPersonsEmailIsClaimed() {
        Subject a = requester();
        Subject b = other();
        Set<String> verified = Set.of(a.picKey());
        Set<String> claimed = Set.of(b.emailKey());

        JsonPath preview = spi(Operation.ERASURE_PREVIEW, UUID.randomUUID(), verified, claimed, Map.of())
                .queryParam("dryRun", true).when().post("/dsr/v1/erasure").then().statusCode(200).extract().jsonPath();
        assertThat(preview.getList("erased.findAll { it.category == 'person' }")).hasSize(1);
        // The other person's credit check is not counted (the requester has none).
        assertThat(preview.getInt("erased.find { it.category == 'credit checks' }.count")).isZero();
        assertSinglePossibleMatch(preview, b, "EMAIL");

        JsonPath executed = spi(Operation.ERASURE_EXECUTE, UUID.randomUUID(), verified, claimed, Map.of())
                .queryParam("dryRun", false).when().post("/dsr/v1/erasure").then().statusCode(200).extract().jsonPath();
        assertThat(executed.getList("erased.findAll { it.category == 'person' }")).hasSize(1);
        assertSinglePossibleMatch(executed, b, "EMAIL");

        assertThat(Fixtures.count("SELECT count(*) FROM person WHERE id = ?", a.id())).isZero();
        assertThat(Fixtures.count("SELECT count(*) FROM person WHERE id = ? AND anonymised_at IS NULL", b.id())).isEqualTo(1);
        assertThat(Fixtures.count("SELECT count(*) FROM credit_check WHERE person_id = ?", b.id())).isEqualTo(1);
        assertThat(Fixtures.count("SELECT count(*) FROM housing_application WHERE person_id = ?", b.id())).isEqualTo(1);
        lettingOfficer().when().get("/api/v1/persons/" + b.id()).then().statusCode(200)
                .body("personalIdentityCode", equalTo(b.code())).body("email", equalTo(b.email()));
    }

    @Test
    void shouldNotRestrictAPersonFoundOnlyThroughClaimedKeys() {
        Subject a = requester();
        Subject b = other();
        String nobody = emailKey(randomEmail());

        // A verified key that identifies nobody, and the other person's identifiers merely claimed.
        JsonPath outcome = spi(Operation.RESTRICTION, UUID.randomUUID(), Set.of(nobody),
                Set.of(b.picKey(), b.emailKey(), b.phoneKey()), Map.of("action", "SET"))
                .when().post("/dsr/v1/restriction").then().statusCode(200).extract().jsonPath();
        assertThat(outcome.getBoolean("subjectFound")).isFalse();
        assertThat(outcome.getList("applied")).isEmpty();
        assertSinglePossibleMatch(outcome, b, "EMAIL", "PERSONAL_IDENTITY_CODE", "PHONE");
        assertThat(single("SELECT restricted FROM person WHERE id = ?", b.id()).get("restricted")).isEqualTo(false);

        // Claimed keys alone, nothing verified: the same.
        spi(Operation.RESTRICTION, UUID.randomUUID(), Set.of(), Set.of(b.picKey(), b.emailKey()), Map.of("action", "SET"))
                .when().post("/dsr/v1/restriction").then().statusCode(200).body("subjectFound", equalTo(false))
                .body("applied.size()", equalTo(0)).body("possibleMatches.size()", equalTo(1));
        assertThat(single("SELECT restricted FROM person WHERE id = ?", b.id()).get("restricted")).isEqualTo(false);

        // Beside the requester's verified code, the claimed keys still restrict the requester alone.
        spi(Operation.RESTRICTION, UUID.randomUUID(), Set.of(a.picKey()), Set.of(b.emailKey()), Map.of("action", "SET"))
                .when().post("/dsr/v1/restriction").then().statusCode(200).body("subjectFound", equalTo(true))
                .body("possibleMatches.size()", equalTo(1));
        assertThat(single("SELECT restricted FROM person WHERE id = ?", a.id()).get("restricted")).isEqualTo(true);
        assertThat(single("SELECT restricted FROM person WHERE id = ?", b.id()).get("restricted")).isEqualTo(false);
        assertThat(Fixtures.count("SELECT count(*) FROM audit_log WHERE action = 'RESTRICT' AND record_id = ?",
                b.id().toString())).isZero();
    }

    @Test
    void shouldNotRectifyAPersonFoundOnlyThroughClaimedKeys() {
        Subject a = requester();
        Subject b = other();
        String nobody = emailKey(randomEmail());
        Map<String, Object> corrections = Map.of("corrections", List.of(Map.of("field", "lastName", "value", "Muutettu"),
                Map.of("field", "streetAddress", "value", "Kauppakatu 3 B 4")));

        JsonPath outcome = spi(Operation.RECTIFICATION, UUID.randomUUID(), Set.of(nobody), Set.of(b.picKey(), b.emailKey()),
                corrections).when().post("/dsr/v1/rectification").then().statusCode(200).extract().jsonPath();
        assertThat(outcome.getBoolean("subjectFound")).isFalse();
        assertThat(outcome.getList("applied")).isEmpty();
        assertSinglePossibleMatch(outcome, b, "EMAIL", "PERSONAL_IDENTITY_CODE");
        spi(Operation.RECTIFICATION, UUID.randomUUID(), Set.of(), Set.of(b.picKey(), b.emailKey()), corrections)
                .when().post("/dsr/v1/rectification").then().statusCode(200).body("subjectFound", equalTo(false))
                .body("applied.size()", equalTo(0)).body("possibleMatches.size()", equalTo(1));

        spi(Operation.RECTIFICATION, UUID.randomUUID(), Set.of(a.picKey()), Set.of(b.emailKey()), corrections)
                .when().post("/dsr/v1/rectification").then().statusCode(200).body("subjectFound", equalTo(true))
                .body("applied", equalTo(List.of("lastName", "streetAddress")));

        Map<String, Object> bRow = single("SELECT last_name, street_address FROM person WHERE id = ?", b.id());
        assertThat(bRow.get("last_name")).isEqualTo(b.lastName());
        assertThat(bRow.get("street_address")).isEqualTo(b.street());
        assertThat(single("SELECT last_name FROM person WHERE id = ?", a.id()).get("last_name")).isEqualTo("Muutettu");
    }

    @Test
    void shouldNotStopAnotherPersonsMarketingThroughAClaimedEmail() {
        Subject a = requester();
        Subject b = other();
        spi(Operation.OBJECTION, UUID.randomUUID(), Set.of(a.picKey()), Set.of(b.emailKey()), Map.of())
                .when().post("/dsr/v1/objection").then().statusCode(200).body("subjectFound", equalTo(true))
                .body("possibleMatches.size()", equalTo(1));
        assertThat(Fixtures.count("SELECT count(*) FROM marketing_preference WHERE person_id = ? AND NOT allowed", a.id()))
                .isEqualTo(4);
        assertThat(Fixtures.count("SELECT count(*) FROM marketing_preference WHERE person_id = ?", b.id())).isZero();
    }
}
