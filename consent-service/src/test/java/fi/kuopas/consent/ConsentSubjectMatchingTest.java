package fi.kuopas.consent;

import static fi.kuopas.consent.Fixtures.PROBLEMS;
import static fi.kuopas.consent.Fixtures.PROBLEM_JSON;
import static fi.kuopas.consent.Fixtures.collector;
import static fi.kuopas.consent.Fixtures.customerService;
import static fi.kuopas.consent.Fixtures.email;
import static fi.kuopas.consent.Fixtures.grant;
import static fi.kuopas.consent.Fixtures.grantBody;
import static fi.kuopas.consent.Fixtures.history;
import static fi.kuopas.consent.Fixtures.randomAdultIdentityCode;
import static fi.kuopas.consent.Fixtures.randomDeviceId;
import static fi.kuopas.consent.Fixtures.randomEmail;
import static fi.kuopas.consent.Fixtures.spi;
import static fi.kuopas.consent.Fixtures.stateByPurpose;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import fi.kuopas.privacy.grant.CaseGrant.Operation;
import fi.kuopas.privacy.identity.PersonalIdentityCode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Exact subject matching in consent-service: a consent filed under an identifier the subject only
 * claimed belongs to nobody in the answer; it is reported as a possible match (purpose and year, no
 * personal data) and no SPI operation reads, erases, restricts or objects to it.
 */
@QuarkusTest
class ConsentSubjectMatchingTest {

    private static final String YEAR = Integer.toString(LocalDate.now(ZoneOffset.UTC).getYear());

    /** B's consent to SMS marketing filed under B's email, with evidence of its own, and read once by customer service. */
    private record OtherPerson(Map<String, Object> subject, String key, String formId) {
    }

    private static OtherPerson otherPerson() {
        Map<String, Object> subject = email(randomEmail());
        String formId = "toinen-lomake-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> body = grantBody(subject, "marketing-sms");
        body.put("evidence", Map.of("formId", formId, "userAgent", "Toinen selain/1.0", "ipAddress", "198.51.100.7"));
        String key = collector().body(body).when().post("/api/v1/consents").then().statusCode(201).extract().path("subjectKey");
        stateByPurpose(subject); // a VIEW line under B's key, which A's access log must not show
        return new OtherPerson(subject, key, formId);
    }

    @Test
    void shouldNotReportAConsentFiledUnderAnotherPersonsEmailClaimedBesideAVerifiedCode() {
        Map<String, Object> a = Map.of("personalIdentityCode", randomAdultIdentityCode());
        String keyA = grant(a, "marketing-email");
        OtherPerson b = otherPerson();

        String raw = spi(Operation.ACCESS, UUID.randomUUID(), List.of(keyA), List.of(b.key()), Map.of())
                .when().post("/dsr/v1/access").then().statusCode(200).extract().asString();

        JsonPath report = JsonPath.from(raw);
        assertThat(report.getBoolean("subjectFound")).isTrue();
        assertThat(report.getList("categories.find { it.name == 'Consents and withdrawals' }.records.purpose"))
                .containsExactly("marketing-email");
        assertThat(raw).doesNotContain(b.formId()).doesNotContain("Toinen selain").doesNotContain("198.51.100");
        List<Map<String, Object>> log = report.getList("accessLog");
        assertThat(log).extracting(l -> l.get("action")).containsOnly("CREATE").hasSize(1);
        assertThat(report.getList("possibleMatches", Map.class)).singleElement().satisfies(m -> {
            assertThat(m.get("register")).isEqualTo("consent");
            assertThat(m.get("recordKind")).isEqualTo("consent record");
            assertThat(m.get("matchedIdentifiers")).isEqualTo(List.of("EMAIL"));
            assertThat(m.get("hint")).isEqualTo("marketing-sms, " + YEAR);
        });

        spi(Operation.LOOKUP, UUID.randomUUID(), List.of(keyA), List.of(b.key()), Map.of()).when().post("/dsr/v1/lookup")
                .then().statusCode(200).body("found", equalTo(true)).body("records", equalTo(1))
                .body("possibleMatches.size()", equalTo(1));
    }

    @Test
    void shouldNotEraseAConsentFiledUnderAnotherPersonsEmailClaimedBesideAVerifiedCode() {
        Map<String, Object> a = Map.of("personalIdentityCode", randomAdultIdentityCode());
        String keyA = grant(a, "marketing-email");
        OtherPerson b = otherPerson();
        UUID caseId = UUID.randomUUID();

        JsonPath preview = spi(Operation.ERASURE_PREVIEW, caseId, List.of(keyA), List.of(b.key()), Map.of())
                .queryParam("dryRun", true).when().post("/dsr/v1/erasure").then().statusCode(200).extract().jsonPath();
        assertThat(preview.getInt("erased.find { it.category == 'consents in force (withdrawn)' }.count")).isEqualTo(1);
        assertThat(preview.getInt("kept.find { it.category.startsWith('minimal proof') }.count")).isEqualTo(1);
        assertThat(preview.getList("possibleMatches.hint")).containsExactly("marketing-sms, " + YEAR);

        JsonPath executed = spi(Operation.ERASURE_EXECUTE, caseId, List.of(keyA), List.of(b.key()), Map.of())
                .queryParam("dryRun", false).when().post("/dsr/v1/erasure").then().statusCode(200).extract().jsonPath();
        assertThat(executed.getInt("erased.find { it.category == 'consents in force (withdrawn)' }.count")).isEqualTo(1);
        assertThat(executed.getList("possibleMatches")).hasSize(1);

        assertThat(stateByPurpose(a)).containsEntry("marketing-email", "WITHDRAWN");
        assertThat(stateByPurpose(b.subject())).containsExactlyEntriesOf(Map.of("marketing-sms", "GRANTED"));
        assertThat(history(b.subject())).singleElement().satisfies(r -> assertThat(r.get("formId")).isEqualTo(b.formId()));
    }

    @Test
    void shouldLeaveAConsentUnderAClaimedEmailUntouchedByLookupRestrictionAndObjection() {
        OtherPerson b = otherPerson();
        List<String> claimed = List.of(b.key());

        spi(Operation.LOOKUP, UUID.randomUUID(), List.of(), claimed, Map.of()).when().post("/dsr/v1/lookup")
                .then().statusCode(200).body("found", equalTo(false)).body("records", equalTo(0))
                .body("possibleMatches[0].matchedIdentifiers", equalTo(List.of("EMAIL")));
        spi(Operation.RESTRICTION, UUID.randomUUID(), List.of(), claimed, Map.of("action", "SET"))
                .when().post("/dsr/v1/restriction").then().statusCode(200)
                .body("subjectFound", equalTo(false)).body("applied.size()", equalTo(0))
                .body("possibleMatches.size()", equalTo(1));
        spi(Operation.OBJECTION, UUID.randomUUID(), List.of(), claimed, Map.of("grounds", "Ei markkinointia"))
                .when().post("/dsr/v1/objection").then().statusCode(200)
                .body("subjectFound", equalTo(false)).body("applied.size()", equalTo(0))
                .body("possibleMatches.size()", equalTo(1));

        // Not objected to, so the consent stays in force and a new one may still be recorded.
        assertThat(stateByPurpose(b.subject())).containsEntry("marketing-sms", "GRANTED");
        grant(b.subject(), "marketing-email");
    }

    @Test
    void shouldRefuseAConsentWhoseBirthDateContradictsTheIdentityCode() {
        String code = randomAdultIdentityCode();
        String wrongBirthDate = PersonalIdentityCode.parse(code).birthDate().plusDays(1).toString();
        Map<String, Object> contradicting = Map.of("personalIdentityCode", code, "birthDate", wrongBirthDate);

        collector().body(grantBody(contradicting, "marketing-email")).when().post("/api/v1/consents")
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("type", equalTo(PROBLEMS + "validation"))
                .body("detail", containsString("birthDate contradicts"))
                .body(not(containsString(code)));

        // Beside a device id of a cookie choice too: the identifiers name two people, nothing is filed.
        Map<String, Object> cookie = grantBody(contradicting, "web-analytics-cookies");
        cookie.put("deviceId", randomDeviceId());
        cookie.put("channel", "COOKIE_BANNER");
        collector().body(cookie).when().post("/api/v1/consents").then().statusCode(400).contentType(PROBLEM_JSON);

        customerService().body(Map.of("subject", contradicting)).when().post("/api/v1/consents/state")
                .then().statusCode(400).contentType(PROBLEM_JSON);
        Map<String, Object> consistent = Map.of("personalIdentityCode", code);
        assertThat(stateByPurpose(consistent)).isEmpty();
        assertThat(history(consistent)).isEmpty();
    }
}
