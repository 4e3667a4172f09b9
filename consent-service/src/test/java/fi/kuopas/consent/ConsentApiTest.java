package fi.kuopas.consent;

import fi.kuopas.testsupport.OversizeRequests;
import fi.kuopas.testsupport.Tokens;

import static fi.kuopas.consent.Fixtures.PROBLEMS;
import static fi.kuopas.consent.Fixtures.PROBLEM_JSON;
import static fi.kuopas.consent.Fixtures.SEED_VERSION;
import static fi.kuopas.consent.Fixtures.as;
import static fi.kuopas.consent.Fixtures.collector;
import static fi.kuopas.consent.Fixtures.customerService;
import static fi.kuopas.consent.Fixtures.dpo;
import static fi.kuopas.consent.Fixtures.email;
import static fi.kuopas.consent.Fixtures.grant;
import static fi.kuopas.consent.Fixtures.grantBody;
import static fi.kuopas.consent.Fixtures.history;
import static fi.kuopas.consent.Fixtures.identityCode;
import static fi.kuopas.consent.Fixtures.randomDeviceId;
import static fi.kuopas.consent.Fixtures.randomEmail;
import static fi.kuopas.consent.Fixtures.stateByPurpose;
import static fi.kuopas.consent.Fixtures.withdraw;
import static fi.kuopas.consent.Fixtures.withdrawBody;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/** The consent API as its callers use it: grants, withdrawals, notices, objections and legal bases. */
@QuarkusTest
class ConsentApiTest {

    @Test
    void shouldStoreGrantEvidenceWithTruncatedIpAndTheHashOfTheNoticeShown() throws Exception {
        Map<String, Object> subject = email(randomEmail());

        Response granted = collector().body(grantBody(subject, "marketing-email"))
                .when().post("/api/v1/consents")
                .then().statusCode(201).contentType(ContentType.JSON)
                .body("action", equalTo("GRANTED"))
                .body("purpose", equalTo("marketing-email"))
                .body("noticeVersion", equalTo(SEED_VERSION))
                .body("language", equalTo("fi"))
                .body("channel", equalTo("WEB_FORM"))
                .body("formId", equalTo("asuntohaku-2026-11"))
                .body("ipTruncated", equalTo("192.0.2.0/24"))
                .body("collectedBy", equalTo("webform"))
                .body("subjectKey", matchesPattern("email_[0-9a-f]{64}"))
                .body("noticeHash", matchesPattern("[0-9a-f]{64}"))
                .extract().response();
        String id = granted.path("id");
        assertThat(granted.header("Location")).endsWith("/api/v1/consents/" + id);
        assertThat(granted.asString()).doesNotContain("192.0.2.17");

        List<Map<String, Object>> notices = collector().when().get("/api/v1/purposes/marketing-email/notices")
                .then().statusCode(200).extract().jsonPath().getList("$");
        Map<String, Object> shown = notices.stream()
                .filter(n -> SEED_VERSION.equals(n.get("version")) && "fi".equals(n.get("language")))
                .findFirst().orElseThrow();
        String textHash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(((String) shown.get("text")).getBytes(StandardCharsets.UTF_8)));
        assertThat(shown.get("textHash")).isEqualTo(textHash);
        assertThat((String) granted.path("noticeHash")).isEqualTo(textHash);

        List<Map<String, Object>> history = history(subject);
        assertThat(history).singleElement().satisfies(r -> {
            assertThat(r.get("id")).isEqualTo(id);
            assertThat(r.get("ipTruncated")).isEqualTo("192.0.2.0/24");
            assertThat(r.get("userAgent")).isEqualTo("Mozilla/5.0 (X11; Linux x86_64)");
            assertThat(r.get("noticeHash")).isEqualTo(textHash);
        });
        assertThat(stateByPurpose(subject)).containsEntry("marketing-email", "GRANTED");
    }

    @Test
    void shouldRecordAWithdrawalAndMakeTheStateWithdrawn() {
        Map<String, Object> subject = email(randomEmail());
        grant(subject, "marketing-email");

        collector().body(withdrawBody(subject, "marketing-email"))
                .when().post("/api/v1/consents/withdrawals")
                .then().statusCode(201).body("action", equalTo("WITHDRAWN"))
                .body("purpose", equalTo("marketing-email"));

        assertThat(stateByPurpose(subject)).containsEntry("marketing-email", "WITHDRAWN");
        assertThat(history(subject)).extracting(r -> r.get("action")).containsExactly("GRANTED", "WITHDRAWN");
    }

    @Test
    void shouldConflictOnWithdrawingTwice() {
        Map<String, Object> subject = email(randomEmail());
        grant(subject, "marketing-sms");
        withdraw(subject, "marketing-sms");

        collector().body(withdrawBody(subject, "marketing-sms"))
                .when().post("/api/v1/consents/withdrawals")
                .then().statusCode(409).contentType(PROBLEM_JSON)
                .body("type", equalTo(PROBLEMS + "conflict"))
                .body("status", equalTo(409));
        assertThat(history(subject)).hasSize(2);
    }

    @Test
    void shouldConflictOnWithdrawingAConsentNeverGiven() {
        collector().body(withdrawBody(email(randomEmail()), "marketing-sms"))
                .when().post("/api/v1/consents/withdrawals")
                .then().statusCode(409).contentType(PROBLEM_JSON);
    }

    @Test
    void shouldRefuseAnUnknownPurpose() {
        collector().body(grantBody(email(randomEmail()), "no-such-purpose"))
                .when().post("/api/v1/consents")
                .then().statusCode(422).contentType(PROBLEM_JSON)
                .body("type", equalTo(PROBLEMS + "unknown-purpose"));
    }

    @Test
    void shouldRefuseAnUnknownNoticeVersion() {
        Map<String, Object> body = grantBody(email(randomEmail()), "marketing-email");
        body.put("noticeVersion", "1999-01-01");
        collector().body(body).when().post("/api/v1/consents")
                .then().statusCode(422).contentType(PROBLEM_JSON)
                .body("type", equalTo(PROBLEMS + "unknown-notice-version"));
    }

    @Test
    void shouldRefuseConsentToAPurposeNotBasedOnConsent() {
        collector().body(grantBody(email(randomEmail()), "customer-surveys"))
                .when().post("/api/v1/consents")
                .then().statusCode(422).contentType(PROBLEM_JSON)
                .body("type", equalTo(PROBLEMS + "not-consent-based"));
    }

    /** The only test that publishes a notice version; it uses stakeholder-newsletter, which no other test grants. */
    @Test
    void shouldRefuseASupersededNoticeVersionWhileEarlierConsentsKeepTheirVersion() {
        String oldVersion = Fixtures.currentNoticeVersion("stakeholder-newsletter", "fi");
        Map<String, Object> earlier = email(randomEmail());
        Map<String, Object> earlierBody = grantBody(earlier, "stakeholder-newsletter");
        earlierBody.put("noticeVersion", oldVersion);
        as("sanna", "stakeholder-relations").body(earlierBody).when().post("/api/v1/consents")
                .then().statusCode(201).body("noticeVersion", equalTo(oldVersion));

        String newVersion = "2027-01-01." + ThreadLocalRandom.current().nextInt(1_000_000);
        dpo().body(Map.of("version", newVersion, "texts", Map.of(
                        "fi", "Suostun sidosryhmätiedotteisiin; uusi versio.",
                        "sv", "Jag samtycker till nyhetsbrev för intressenter; ny version.",
                        "en", "I agree to the stakeholder newsletter; new version.")))
                .when().post("/api/v1/purposes/stakeholder-newsletter/notices")
                .then().statusCode(201)
                .body("size()", equalTo(3))
                .body("version", org.hamcrest.Matchers.everyItem(equalTo(newVersion)))
                .body("textHash", org.hamcrest.Matchers.everyItem(matchesPattern("[0-9a-f]{64}")));

        Map<String, Object> later = email(randomEmail());
        Map<String, Object> stale = grantBody(later, "stakeholder-newsletter");
        stale.put("noticeVersion", oldVersion);
        as("sanna", "stakeholder-relations").body(stale).when().post("/api/v1/consents")
                .then().statusCode(409).contentType(PROBLEM_JSON)
                .body("type", equalTo(PROBLEMS + "conflict"));

        Map<String, Object> current = grantBody(later, "stakeholder-newsletter");
        current.put("noticeVersion", newVersion);
        as("sanna", "stakeholder-relations").body(current).when().post("/api/v1/consents")
                .then().statusCode(201).body("noticeVersion", equalTo(newVersion));

        assertThat(history(earlier)).singleElement()
                .satisfies(r -> assertThat(r.get("noticeVersion")).isEqualTo(oldVersion));
        assertThat(stateByPurpose(earlier)).containsEntry("stakeholder-newsletter", "GRANTED");
        assertThat(Fixtures.currentNoticeVersion("stakeholder-newsletter", "fi")).isEqualTo(newVersion);
        List<Map<String, Object>> notices = collector().when().get("/api/v1/purposes/stakeholder-newsletter/notices")
                .then().statusCode(200).extract().jsonPath().getList("$");
        assertThat(notices).filteredOn(n -> oldVersion.equals(n.get("version")))
                .hasSize(3).allSatisfy(n -> assertThat(n.get("supersededAt")).isNotNull());
    }

    @Test
    void shouldConflictOnPublishingAnExistingNoticeVersionAgain() {
        dpo().body(Map.of("version", SEED_VERSION, "texts", Map.of("fi", "x", "sv", "y", "en", "z")))
                .when().post("/api/v1/purposes/marketing-cookies/notices")
                .then().statusCode(409).contentType(PROBLEM_JSON);
        assertThat(Fixtures.currentNoticeVersion("marketing-cookies", "fi")).isEqualTo(SEED_VERSION);
    }

    @Test
    void shouldReturnTheFirstAnswerWhenARequestIdIsRepeated() {
        Map<String, Object> subject = email(randomEmail());
        Map<String, Object> body = grantBody(subject, "marketing-email");
        body.put("requestId", UUID.randomUUID().toString());

        String first = collector().body(body).when().post("/api/v1/consents")
                .then().statusCode(201).extract().path("id");
        collector().body(body).when().post("/api/v1/consents")
                .then().statusCode(200).body("id", equalTo(first))
                .header("Location", endsWith("/api/v1/consents/" + first));

        assertThat(history(subject)).hasSize(1);
    }

    @Test
    void shouldFileACookieChoiceUnderTheDeviceId() {
        String deviceId = randomDeviceId();
        Map<String, Object> body = grantBody(null, "web-analytics-cookies");
        body.put("deviceId", deviceId);
        body.put("channel", "COOKIE_BANNER");

        collector().body(body).when().post("/api/v1/consents")
                .then().statusCode(201).body("subjectKey", startsWith("device_"));

        collector().body(Map.of("deviceId", deviceId)).when().post("/api/v1/consents/state")
                .then().statusCode(200)
                .body("find { it.purpose == 'web-analytics-cookies' }.state", equalTo("GRANTED"));
    }

    @Test
    void shouldRefuseACookieChoiceWithoutDeviceId() {
        Map<String, Object> body = grantBody(email(randomEmail()), "marketing-cookies");
        body.put("channel", "COOKIE_BANNER");
        collector().body(body).when().post("/api/v1/consents")
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("type", equalTo(PROBLEMS + "validation"));
    }

    @Test
    void shouldRequireAGuardianForAChildUnderThirteen() {
        String child = identityCode(LocalDate.now().minusYears(7).minusDays(ThreadLocalRandom.current().nextInt(300)));
        Map<String, Object> subject = Map.of("personalIdentityCode", child);

        collector().body(grantBody(subject, "marketing-email")).when().post("/api/v1/consents")
                .then().statusCode(422).contentType(PROBLEM_JSON)
                .body("type", equalTo(PROBLEMS + "guardian-required"))
                .body("detail", not(org.hamcrest.Matchers.containsString(child)));

        Map<String, Object> withGuardian = grantBody(subject, "marketing-email");
        withGuardian.put("guardian", Map.of("personalIdentityCode", "010594Y9032", "name", "Huoltaja Testi"));
        collector().body(withGuardian).when().post("/api/v1/consents")
                .then().statusCode(201).body("guardianConsented", equalTo(true))
                .body("subjectKey", startsWith("pic_"));
    }

    /** Data Protection Act 1050/2018 §5: the birth date shows a minor even without an identity code. */
    @Test
    void shouldRequireAGuardianWhenTheBirthDateGivenShowsAChildWithoutAnIdentityCode() {
        LocalDate born = LocalDate.now().minusYears(9).minusDays(ThreadLocalRandom.current().nextInt(300));
        Map<String, Object> named = Map.of("name", "Eetu Lapsi-" + UUID.randomUUID().toString().substring(0, 6),
                "birthDate", born.toString());
        collector().body(grantBody(named, "marketing-email")).when().post("/api/v1/consents")
                .then().statusCode(422).contentType(PROBLEM_JSON)
                .body("type", equalTo(PROBLEMS + "guardian-required"));
        Map<String, Object> byEmail = Map.of("email", randomEmail(), "birthDate", born.toString());
        collector().body(grantBody(byEmail, "marketing-sms")).when().post("/api/v1/consents")
                .then().statusCode(422).body("type", equalTo(PROBLEMS + "guardian-required"));
        assertThat(history(named)).isEmpty();

        Map<String, Object> withGuardian = grantBody(named, "marketing-email");
        withGuardian.put("guardian", Map.of("personalIdentityCode", "010594Y9032", "name", "Huoltaja Testi"));
        collector().body(withGuardian).when().post("/api/v1/consents")
                .then().statusCode(201).body("guardianConsented", equalTo(true));
        Map<String, Object> adult = Map.of("email", randomEmail(), "birthDate", born.minusYears(30).toString());
        collector().body(grantBody(adult, "marketing-sms")).when().post("/api/v1/consents")
                .then().statusCode(201).body("guardianConsented", equalTo(false));
    }

    /** Art 7(1), Act 917/2014 §205: a refusal is a recorded choice with the notice shown, not a 409. */
    @Test
    void shouldRecordARefusalOfAnalyticsCookiesWithItsEvidenceAndShowItInStateAndHistory() {
        String deviceId = randomDeviceId();
        collector().body(Fixtures.refuseBody(null, deviceId, "web-analytics-cookies"))
                .when().post("/api/v1/consents/refusals")
                .then().statusCode(201).contentType(ContentType.JSON)
                .body("action", equalTo("REFUSED"))
                .body("purpose", equalTo("web-analytics-cookies"))
                .body("noticeVersion", equalTo(SEED_VERSION))
                .body("noticeHash", matchesPattern("[0-9a-f]{64}"))
                .body("channel", equalTo("COOKIE_BANNER"))
                .body("ipTruncated", equalTo("192.0.2.0/24"))
                .body("subjectKey", startsWith("device_"))
                .body("expiresAt", notNullValue());

        collector().body(Map.of("deviceId", deviceId)).when().post("/api/v1/consents/state").then().statusCode(200)
                .body("find { it.purpose == 'web-analytics-cookies' }.state", equalTo("REFUSED"));
        dpo().body(Map.of("deviceId", deviceId)).when().post("/api/v1/consents/history").then().statusCode(200)
                .body("size()", equalTo(1)).body("[0].action", equalTo("REFUSED"))
                .body("[0].formId", equalTo("asuntohaku-2026-11"));

        // Changing one's mind later is a new grant.
        Map<String, Object> grant = grantBody(null, "web-analytics-cookies");
        grant.put("deviceId", deviceId);
        grant.put("channel", "COOKIE_BANNER");
        collector().body(grant).when().post("/api/v1/consents").then().statusCode(201);
        collector().body(Map.of("deviceId", deviceId)).when().post("/api/v1/consents/state").then().statusCode(200)
                .body("find { it.purpose == 'web-analytics-cookies' }.state", equalTo("GRANTED"));
    }

    @Test
    void shouldRecordAPersonsRefusalAndLetItEndAConsentInForce() {
        Map<String, Object> subject = email(randomEmail());
        collector().body(Fixtures.refuseBody(subject, null, "marketing-email")).when().post("/api/v1/consents/refusals")
                .then().statusCode(201).body("action", equalTo("REFUSED")).body("subjectKey", startsWith("email_"));
        assertThat(stateByPurpose(subject)).containsEntry("marketing-email", "REFUSED");

        grant(subject, "marketing-sms");
        collector().body(Fixtures.refuseBody(subject, null, "marketing-sms")).when().post("/api/v1/consents/refusals")
                .then().statusCode(201);
        assertThat(stateByPurpose(subject)).containsEntry("marketing-sms", "REFUSED");
        assertThat(history(subject)).extracting(r -> r.get("action")).containsExactly("REFUSED", "GRANTED", "REFUSED");
        collector().body(withdrawBody(subject, "marketing-sms")).when().post("/api/v1/consents/withdrawals")
                .then().statusCode(409);
    }

    @Test
    void shouldRefuseARefusalOfAPurposeNotBasedOnConsentOrOfAnUnknownNotice() {
        collector().body(Fixtures.refuseBody(email(randomEmail()), null, "customer-surveys"))
                .when().post("/api/v1/consents/refusals")
                .then().statusCode(422).contentType(PROBLEM_JSON).body("type", equalTo(PROBLEMS + "not-consent-based"));
        Map<String, Object> body = Fixtures.refuseBody(email(randomEmail()), null, "marketing-email");
        body.put("noticeVersion", "1999-01-01");
        collector().body(body).when().post("/api/v1/consents/refusals")
                .then().statusCode(422).body("type", equalTo(PROBLEMS + "unknown-notice-version"));
    }

    /** Act 917/2014 §205: a cookie choice is asked again after the configured months at most. */
    @Test
    void shouldLimitACookieConsentToTheConfiguredValidity() {
        int months = org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getValue("kuopas.consent.retention.cookie-choice-months", Integer.class);
        Map<String, Object> body = grantBody(null, "marketing-cookies");
        body.put("deviceId", randomDeviceId());
        body.put("channel", "COOKIE_BANNER");
        body.put("expiresAt", java.time.Instant.now().plus(java.time.Duration.ofDays(400 * 3)).toString());
        String expiresAt = collector().body(body).when().post("/api/v1/consents").then().statusCode(201)
                .extract().path("expiresAt");
        assertThat(java.time.Instant.parse(expiresAt))
                .isBefore(java.time.ZonedDateTime.now().plusMonths(months).plusDays(1).toInstant())
                .isAfter(java.time.ZonedDateTime.now().plusMonths(months).minusDays(2).toInstant());
    }

    @Test
    void shouldNotRequireAGuardianForAnAdult() {
        Map<String, Object> subject = Map.of("personalIdentityCode", Fixtures.randomAdultIdentityCode());
        collector().body(grantBody(subject, "marketing-sms")).when().post("/api/v1/consents")
                .then().statusCode(201).body("guardianConsented", equalTo(false));
    }

    @Test
    void shouldRefuseAnInvalidIdentityCodeWithoutEchoingIt() {
        String invalid = "131052-308A";
        collector().body(grantBody(Map.of("personalIdentityCode", invalid), "marketing-email"))
                .when().post("/api/v1/consents")
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("type", equalTo(PROBLEMS + "invalid-identity-code"))
                .body(not(org.hamcrest.Matchers.containsString("131052")));
    }

    @Test
    void shouldRefuseMalformedJson() {
        collector().body("{\"purpose\": \"marketing-email\", ").when().post("/api/v1/consents")
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("type", equalTo(PROBLEMS + "malformed-body"))
                .body("status", equalTo(400));
    }

    @Test
    void shouldRefuseANumericChannel() {
        Map<String, Object> subject = email(randomEmail());
        Map<String, Object> body = grantBody(subject, "marketing-email");
        body.put("channel", 5);
        collector().body(body).when().post("/api/v1/consents")
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("type", equalTo(PROBLEMS + "malformed-body"))
                .body("detail", equalTo("field 'channel' has the wrong type or format"));
        assertThat(history(subject)).isEmpty();
    }

    @Test
    void shouldRefuseAnUnknownChannelName() {
        Map<String, Object> body = grantBody(email(randomEmail()), "marketing-email");
        body.put("channel", "CARRIER_PIGEON");
        collector().body(body).when().post("/api/v1/consents")
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("type", equalTo(PROBLEMS + "malformed-body"));
    }

    @Test
    void shouldRefuseAnUnsupportedLanguage() {
        Map<String, Object> body = grantBody(email(randomEmail()), "marketing-email");
        body.put("language", "de");
        collector().body(body).when().post("/api/v1/consents")
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("type", equalTo(PROBLEMS + "validation"))
                .body("violations.field", hasItem("language"));
    }

    @Test
    void shouldRefuseABodyOverOneMegabyte() {
        assertThat(OversizeRequests.post("/api/v1/consents", Tokens.bearer("colin", "consent-collector"), 1_200_000))
                .isEqualTo(413);
    }

    @Test
    void shouldIdentifyTheSameSubjectWithFinnishCharactersInNames() {
        LocalDate birth = LocalDate.of(1960, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(30 * 365));
        Map<String, Object> subject = Map.of("name", "Äijä Öhman-Åström", "birthDate", birth.toString());

        collector().body(grantBody(subject, "marketing-email")).when().post("/api/v1/consents")
                .then().statusCode(201).body("subjectKey", startsWith("name_"));

        // The same person typed differently: lower case, extra space, decomposed letters.
        String decomposed = Normalizer.normalize("äijä  öhman-åström", Normalizer.Form.NFD);
        assertThat(stateByPurpose(Map.of("name", decomposed, "birthDate", birth.toString())))
                .containsEntry("marketing-email", "GRANTED");
        assertThat(stateByPurpose(Map.of("name", "Aija Ohman-Astrom", "birthDate", birth.toString())))
                .doesNotContainKey("marketing-email");
    }

    @Test
    void shouldWithdrawMarketingConsentsAndBlockNewOnesOnADirectMarketingObjection() {
        Map<String, Object> subject = email(randomEmail());
        grant(subject, "marketing-sms");

        customerService().body(Map.of("subject", subject, "scope", "DIRECT_MARKETING", "grounds", "Ei markkinointia"))
                .when().post("/api/v1/objections")
                .then().statusCode(201).body("decision", equalTo("SUPPRESS")).body("scope", equalTo("DIRECT_MARKETING"));

        assertThat(stateByPurpose(subject)).containsEntry("marketing-sms", "WITHDRAWN");
        assertThat(history(subject)).last().satisfies(r -> {
            assertThat(r.get("action")).isEqualTo("WITHDRAWN");
            assertThat(r.get("channel")).isEqualTo("OBJECTION");
        });

        collector().body(grantBody(subject, "marketing-email")).when().post("/api/v1/consents")
                .then().statusCode(409).contentType(PROBLEM_JSON);
        assertThat(stateByPurpose(subject)).doesNotContainKey("marketing-email");
    }

    @Test
    void shouldRequireARecordedReasonForCompellingGrounds() {
        Map<String, Object> subject = email(randomEmail());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("subject", subject);
        body.put("scope", "LEGITIMATE_INTEREST");
        body.put("purpose", "customer-surveys");
        body.put("decision", "COMPELLING_GROUNDS");
        body.put("grounds", "En halua vastata kyselyihin");

        customerService().body(body).when().post("/api/v1/objections")
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("type", equalTo(PROBLEMS + "validation"));

        body.put("decisionReason", "Lakisääteinen asumisterveyskysely koskee kaikkia asukkaita");
        customerService().body(body).when().post("/api/v1/objections")
                .then().statusCode(201)
                .body("decision", equalTo("COMPELLING_GROUNDS"))
                .body("scope", equalTo("LEGITIMATE_INTEREST"))
                .body("purpose", equalTo("customer-surveys"))
                .body("id", notNullValue());
    }

    @Test
    void shouldRecordALegitimateInterestObjectionWithStop() {
        customerService().body(Map.of("subject", email(randomEmail()), "scope", "LEGITIMATE_INTEREST",
                        "purpose", "customer-surveys", "decision", "STOP"))
                .when().post("/api/v1/objections")
                .then().statusCode(201).body("decision", equalTo("STOP"));
    }

    @Test
    void shouldRefuseALegitimateInterestObjectionToAConsentPurpose() {
        customerService().body(Map.of("subject", email(randomEmail()), "scope", "LEGITIMATE_INTEREST",
                        "purpose", "marketing-email", "decision", "STOP"))
                .when().post("/api/v1/objections")
                .then().statusCode(422).contentType(PROBLEM_JSON)
                .body("type", equalTo(PROBLEMS + "not-legitimate-interest"));
    }

    @Test
    void shouldRequireTheCurrentRevisionForALegalBasisChange() {
        String purpose = "test-basis-" + UUID.randomUUID().toString().substring(0, 8);
        String path = "/api/v1/legal-bases/consent/" + purpose;
        dpo().body(changeBody("6(1)(f)", 0)).when().put(path)
                .then().statusCode(200).body("revision", equalTo(1));
        int current = dpo().when().get("/api/v1/legal-bases").then().statusCode(200)
                .extract().path("find { it.register == 'consent' && it.purpose == '" + purpose + "' }.revision");

        dpo().body(changeBody("6(1)(c)", current - 1)).when().put(path)
                .then().statusCode(409).contentType(PROBLEM_JSON)
                .body("type", equalTo(PROBLEMS + "conflict"));

        dpo().body(changeBody("6(1)(c)", current)).when().put(path)
                .then().statusCode(200)
                .body("revision", equalTo(current + 1))
                .body("legalBasis", equalTo("6(1)(c)"))
                .body("changedBy", equalTo("tiina"));
        dpo().when().get("/api/v1/legal-bases").then().statusCode(200)
                .body("find { it.register == 'consent' && it.purpose == '" + purpose + "' }.revision", equalTo(current + 1))
                .body("findAll { it.register == 'consent' && it.purpose == '" + purpose + "' }.size()", equalTo(1));
    }

    @Test
    void shouldRequireAnArticleSixLegalBasis() {
        dpo().body(changeBody("consent", 0)).when().put("/api/v1/legal-bases/consent/test-basis-invalid")
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("violations.field", hasItem("legalBasis"));
    }

    private static Map<String, Object> changeBody(String basis, int expectedRevision) {
        return Map.of("legalBasis", basis, "reason", "Changed after the 2027 privacy statement review",
                "expectedRevision", expectedRevision);
    }
}
