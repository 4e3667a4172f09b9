package fi.kuopas.personnel;

import static fi.kuopas.personnel.Fixtures.addContract;
import static fi.kuopas.personnel.Fixtures.apply;
import static fi.kuopas.personnel.Fixtures.createEmployee;
import static fi.kuopas.personnel.Fixtures.employeeBody;
import static fi.kuopas.personnel.Fixtures.hr;
import static fi.kuopas.personnel.Fixtures.openPosting;
import static fi.kuopas.personnel.Fixtures.randomEmail;
import static fi.kuopas.personnel.Fixtures.randomIdentityCode;
import static fi.kuopas.personnel.Fixtures.spi;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import fi.kuopas.privacy.grant.CaseGrant.Operation;
import fi.kuopas.privacy.identity.PersonalIdentityCode;
import fi.kuopas.privacy.subject.SubjectKeys;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * Exact subject matching: only a verified identifier includes a person's records; an identifier the
 * subject merely gave (or a name with a birth date) surfaces another person only as a possible match
 * with a masked hint, and no SPI operation reads, erases or changes that person's data.
 */
@QuarkusTest
class SubjectMatchingTest {

    @Inject
    SubjectKeys keys;

    /** Another employee with data of their own that must never reach employee A's answers. */
    record Other(String id, String pic, String email, String phone, String address, String taxCard, String firstName,
            String lastName) {
        LocalDate birthDate() {
            return PersonalIdentityCode.parse(pic).birthDate();
        }

        String hint() {
            return firstName.charAt(0) + ". " + lastName.charAt(0) + "., born " + birthDate().getYear();
        }
    }

    @Test
    void shouldReportOnlyTheVerifiedEmployeeWhenAnotherEmployeesEmailIsClaimed() {
        String picA = randomIdentityCode();
        String idA = createEmployee(employeeBody(picA));
        addContract(idA, "2024-01-08", null);
        Other b = otherEmployee(randomEmail(), picA);

        String raw = spi(Operation.ACCESS, UUID.randomUUID(), List.of(picKey(picA)), List.of(keys.ofEmail(b.email())), Map.of())
                .when().post("/dsr/v1/access").then().statusCode(200).extract().asString();

        JsonPath report = JsonPath.from(raw);
        assertThat(report.getBoolean("subjectFound")).isTrue();
        assertThat(report.getList("categories.find { it.name == 'Personal and contact data' }.records.personalIdentityCode"))
                .containsExactly(PersonalIdentityCode.mask(picA));
        assertThat(report.getList("categories.find { it.name == 'Employment data' }.records.startDate"))
                .containsExactly("2024-01-08");
        assertNothingOf(b, raw);
        assertThat(report.getList("possibleMatches", Map.class)).singleElement().satisfies(m -> {
            assertThat(m.get("register")).isEqualTo("personnel");
            assertThat(m.get("recordKind")).isEqualTo("employee");
            assertThat(m.get("matchedIdentifiers")).isEqualTo(List.of("EMAIL"));
            assertThat(m.get("hint")).isEqualTo(b.hint());
        });

        spi(Operation.LOOKUP, UUID.randomUUID(), List.of(picKey(picA)), List.of(keys.ofEmail(b.email())), Map.of())
                .when().post("/dsr/v1/lookup").then().statusCode(200)
                .body("found", equalTo(true)).body("records", equalTo(1))
                .body("possibleMatches.size()", equalTo(1)).body("possibleMatches[0].hint", equalTo(b.hint()));
    }

    @Test
    void shouldReportOnlyTheVerifiedEmployeeWhenAnotherEmployeesNameAndBirthDateAreGiven() {
        String picA = randomIdentityCode();
        createEmployee(employeeBody(picA));
        Other b = otherEmployee(randomEmail(), picA);
        String nameKeyB = keys.ofNameAndBirthDate(b.firstName() + " " + b.lastName(), b.birthDate());

        // Claimed, or even sent as verified: a name with a birth date never identifies anyone on its own.
        for (boolean verified : List.of(false, true)) {
            List<String> verifiedKeys = verified ? List.of(picKey(picA), nameKeyB) : List.of(picKey(picA));
            List<String> claimedKeys = verified ? List.of() : List.of(nameKeyB);
            String raw = spi(Operation.ACCESS, UUID.randomUUID(), verifiedKeys, claimedKeys, Map.of())
                    .when().post("/dsr/v1/access").then().statusCode(200).extract().asString();
            JsonPath report = JsonPath.from(raw);
            assertThat(report.getList("categories.find { it.name == 'Personal and contact data' }.records.personalIdentityCode"))
                    .containsExactly(PersonalIdentityCode.mask(picA));
            assertNothingOf(b, raw);
            assertThat(report.getList("possibleMatches", Map.class)).singleElement().satisfies(m -> {
                assertThat(m.get("matchedIdentifiers")).isEqualTo(List.of("NAME_AND_BIRTH_DATE"));
                assertThat(m.get("hint")).isEqualTo(b.hint());
            });
        }
    }

    @Test
    void shouldPreviewAndEraseOnlyTheVerifiedEmployeeWhenAnotherEmployeesEmailIsClaimed() {
        String picA = randomIdentityCode();
        String idA = createEmployee(employeeBody(picA));
        addContract(idA, "2010-01-01", "2012-06-30");
        Other b = otherEmployee(randomEmail(), picA, "2009-03-04", "2012-06-30");
        List<String> verified = List.of(picKey(picA));
        List<String> claimed = List.of(keys.ofEmail(b.email()));
        UUID caseId = UUID.randomUUID();

        JsonPath preview = spi(Operation.ERASURE_PREVIEW, caseId, verified, claimed, Map.of()).queryParam("dryRun", true)
                .when().post("/dsr/v1/erasure").then().statusCode(200).extract().jsonPath();
        assertThat(preview.getList("erased", Map.class)).singleElement()
                .satisfies(e -> assertThat(e.get("count")).isEqualTo(2)); // A's record and A's one contract
        assertThat(preview.getList("kept")).isEmpty();
        assertThat(preview.getList("possibleMatches.matchedIdentifiers")).containsExactly(List.of("EMAIL"));

        JsonPath executed = spi(Operation.ERASURE_EXECUTE, caseId, verified, claimed, Map.of()).queryParam("dryRun", false)
                .when().post("/dsr/v1/erasure").then().statusCode(200).extract().jsonPath();
        assertThat(executed.getList("erased", Map.class)).singleElement()
                .satisfies(e -> assertThat(e.get("count")).isEqualTo(2));
        assertThat(executed.getList("possibleMatches")).hasSize(1);

        hr().when().get("/api/v1/employees/" + idA).then().statusCode(404);
        hr().when().get("/api/v1/employees/" + b.id()).then().statusCode(200).body("phone", equalTo(b.phone()));
        hr().when().get("/api/v1/employees/" + b.id() + "/contracts").then().statusCode(200).body("size()", equalTo(1));
    }

    @Test
    void shouldNotIncludeAnotherPersonThroughAVerifiedEmailTheyShare() {
        String shared = randomEmail();
        String picA = randomIdentityCode();
        Map<String, Object> a = employeeBody(picA);
        a.put("email", shared);
        createEmployee(a);
        Other b = otherEmployee(shared, picA);

        String raw = spi(Operation.ACCESS, UUID.randomUUID(), picKey(picA), keys.ofEmail(shared))
                .when().post("/dsr/v1/access").then().statusCode(200).extract().asString();
        JsonPath report = JsonPath.from(raw);
        assertThat(report.getList("categories.find { it.name == 'Personal and contact data' }.records.personalIdentityCode"))
                .containsExactly(PersonalIdentityCode.mask(picA));
        assertNothingOf(b, raw.replace(shared, "")); // the shared email is A's too
        assertThat(report.getList("possibleMatches", Map.class)).singleElement()
                .satisfies(m -> assertThat(m.get("hint")).isEqualTo(b.hint()));

        // The shared email alone identifies neither of them: both are possible matches, nobody is included.
        spi(Operation.ACCESS, UUID.randomUUID(), keys.ofEmail(shared)).when().post("/dsr/v1/access").then().statusCode(200)
                .body("subjectFound", equalTo(false))
                .body("categories.size()", equalTo(0))
                .body("possibleMatches.size()", equalTo(2));
    }

    @Test
    void shouldChangeNothingOnARestrictionWithClaimedKeysOnly() {
        Other b = otherEmployee(randomEmail(), randomIdentityCode());

        spi(Operation.RESTRICTION, UUID.randomUUID(), List.of(), List.of(keys.ofEmail(b.email()), picKey(b.pic())),
                Map.of("action", "SET"))
                .when().post("/dsr/v1/restriction").then().statusCode(200)
                .body("subjectFound", equalTo(false))
                .body("applied.size()", equalTo(0))
                .body("recipientsToNotify.size()", equalTo(0))
                .body("possibleMatches[0].matchedIdentifiers", equalTo(List.of("EMAIL", "PERSONAL_IDENTITY_CODE")));

        hr().when().get("/api/v1/employees/" + b.id()).then().statusCode(200);
    }

    @Test
    void shouldLeaveAnApplicantNamedOnlyByAClaimedEmailUntouchedByObjectionAndRectification() {
        String email = randomEmail();
        String[] app = apply(openPosting(false), email);
        List<String> claimed = List.of(keys.ofEmail(email));

        spi(Operation.OBJECTION, UUID.randomUUID(), List.of(), claimed, Map.of("grounds", "Ei kiitos."))
                .when().post("/dsr/v1/objection").then().statusCode(200)
                .body("subjectFound", equalTo(false)).body("applied.size()", equalTo(0))
                .body("possibleMatches[0].recordKind", equalTo("job applicant"))
                .body("possibleMatches[0].hint", equalTo("A. K., born 1990"));
        spi(Operation.RECTIFICATION, UUID.randomUUID(), List.of(), claimed,
                Map.of("corrections", List.of(Map.of("field", "lastName", "value", "Toinen"))))
                .when().post("/dsr/v1/rectification").then().statusCode(200)
                .body("subjectFound", equalTo(false)).body("applied.size()", equalTo(0))
                .body("possibleMatches.size()", equalTo(1));

        hr().when().get("/api/v1/applications/" + app[0]).then().statusCode(200)
                .body("outcome", equalTo("PENDING")).body("applicant.lastName", equalTo("Kärkkäinen"));
    }

    /** None of B's data, not even masked, is in the raw answer. */
    private static void assertNothingOf(Other b, String raw) {
        assertThat(raw).doesNotContain(b.phone()).doesNotContain(b.address()).doesNotContain(b.email())
                .doesNotContain(b.taxCard()).doesNotContain(PersonalIdentityCode.mask(b.pic()))
                .doesNotContain(b.firstName()).doesNotContain(b.lastName()).doesNotContain("2019-03-04")
                .doesNotContain("**** 3000");
    }

    /** Another employee, in force since 2019-03-04. */
    private Other otherEmployee(String email, String picA) {
        return otherEmployee(email, picA, "2019-03-04", null);
    }

    /** Another employee with one contract (end null: in force), whose birth date differs from A's. */
    private Other otherEmployee(String email, String picA, String contractStart, String contractEnd) {
        String pic = randomIdentityCode();
        while (PersonalIdentityCode.mask(pic).equals(PersonalIdentityCode.mask(picA))) {
            pic = randomIdentityCode(); // a different birth date, so the masked codes differ too
        }
        String unique = Integer.toString(ThreadLocalRandom.current().nextInt(1_000_000, 10_000_000));
        Map<String, Object> body = employeeBody(pic);
        body.put("firstName", "Lauri");
        body.put("lastName", "Toivanen");
        body.put("email", email);
        body.put("phone", "+358 50 " + unique);
        body.put("address", "Puijonkatu " + unique + ", 70100 Kuopio");
        body.put("bankAccount", "FI79 4006 1000 0030 00");
        body.put("taxCardReference", "VERO-B-" + unique);
        String id = createEmployee(body);
        addContract(id, contractStart, contractEnd);
        return new Other(id, pic, email, (String) body.get("phone"), (String) body.get("address"),
                (String) body.get("taxCardReference"), "Lauri", "Toivanen");
    }

    private String picKey(String pic) {
        return keys.ofIdentityCode(PersonalIdentityCode.parse(pic));
    }
}
