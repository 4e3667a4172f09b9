package fi.kuopas.consent;

import static fi.kuopas.consent.Fixtures.PROBLEM_JSON;
import static fi.kuopas.consent.Fixtures.as;
import static fi.kuopas.consent.Fixtures.customerService;
import static fi.kuopas.consent.Fixtures.email;
import static fi.kuopas.consent.Fixtures.grant;
import static fi.kuopas.consent.Fixtures.history;
import static fi.kuopas.consent.Fixtures.randomEmail;
import static fi.kuopas.consent.Fixtures.spi;
import static fi.kuopas.consent.Fixtures.stateByPurpose;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import fi.kuopas.privacy.grant.CaseGrant;
import fi.kuopas.privacy.grant.CaseGrant.Operation;
import fi.kuopas.testsupport.CaseGrants;
import fi.kuopas.testsupport.RestrictionRefusals;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/** consent-service's side of the DSR SPI as the gateway calls it. */
@QuarkusTest
class ConsentDsrTest {

    @Test
    void shouldListConsentRecordsAndTheAccessLogInTheAccessReport() {
        Map<String, Object> subject = email(randomEmail());
        String key = grant(subject, "marketing-email");
        grant(subject, "marketing-sms");
        stateByPurpose(subject); // a read by customer service, which the access log must show

        JsonPath report = spi(Operation.ACCESS, UUID.randomUUID(), key).when().post("/dsr/v1/access")
                .then().statusCode(200).extract().jsonPath();

        assertThat(report.getString("register")).isEqualTo("consent");
        assertThat(report.getBoolean("subjectFound")).isTrue();
        assertThat(report.getString("producedAt")).isNotBlank();
        List<Map<String, Object>> records = report.getList("categories.find { it.name == 'Consents and withdrawals' }.records");
        assertThat(records).extracting(r -> r.get("purpose")).containsExactlyInAnyOrder("marketing-email", "marketing-sms");
        assertThat(records).allSatisfy(r -> {
            assertThat(r.get("action")).isEqualTo("GRANTED");
            assertThat(r.get("ipTruncated")).isEqualTo("192.0.2.0/24");
            assertThat(r.get("noticeVersion")).isEqualTo(Fixtures.SEED_VERSION);
        });
        assertThat(report.getString("categories.find { it.name == 'Consents and withdrawals' }.legalBasis")).isNotBlank();
        List<Map<String, Object>> log = report.getList("accessLog");
        assertThat(log).extracting(l -> l.get("action")).contains("CREATE", "VIEW");
        assertThat(log).filteredOn(l -> "VIEW".equals(l.get("action")))
                .allSatisfy(l -> assertThat(l.get("actorRoles")).isEqualTo("customer-service"));
        assertThat(log).allSatisfy(l -> assertThat(l).doesNotContainKey("actor"));
    }

    /**
     * Art 20(1)(a): only data processed on consent, 6(1)(a), or contract, 6(1)(b), is portable. Consent
     * records are kept to prove consent (Art 7(1)), a legal obligation, 6(1)(c): none of them is portable.
     */
    @Test
    void shouldFlagNoCategoryPortableUnlessItRestsOnConsentOrContract() {
        Map<String, Object> subject = email(randomEmail());
        String key = grant(subject, "marketing-email");
        spi(Operation.OBJECTION, UUID.randomUUID(), List.of(key), List.of(), Map.of("grounds", "No marketing"))
                .when().post("/dsr/v1/objection").then().statusCode(200);

        JsonPath report = spi(Operation.ACCESS, UUID.randomUUID(), key).when().post("/dsr/v1/access")
                .then().statusCode(200).extract().jsonPath();

        List<Map<String, Object>> categories = report.getList("categories");
        assertThat(categories).extracting(c -> c.get("name")).contains("Consents and withdrawals", "Objections");
        assertThat(categories).allSatisfy(c -> {
            String basis = String.valueOf(c.get("legalBasis")).replace(" ", "");
            if (!basis.contains("6(1)(a)") && !basis.contains("6(1)(b)")) {
                assertThat(c.get("portable")).as("portable flag of %s (%s)", c.get("name"), c.get("legalBasis")).isEqualTo(false);
            }
        });
        assertThat(report.getBoolean("categories.find { it.name == 'Consents and withdrawals' }.portable")).isFalse();
        assertThat(report.getList("categories.find { it.name == 'Consents and withdrawals' }.records")).hasSize(2);
    }

    @Test
    void shouldAnswerAnEmptyAccessReportForAnUnknownSubject() {
        spi(Operation.ACCESS, UUID.randomUUID(), unknownKey()).when().post("/dsr/v1/access")
                .then().statusCode(200).body("subjectFound", equalTo(false))
                .body("categories.find { it.name == 'Consents and withdrawals' }.records.size()", equalTo(0));
    }

    @Test
    void shouldChangeNothingInAnErasureDryRun() {
        Map<String, Object> subject = email(randomEmail());
        String key = grant(subject, "marketing-email");
        grant(subject, "marketing-sms");

        JsonPath preview = spi(Operation.ERASURE_PREVIEW, UUID.randomUUID(), key).queryParam("dryRun", true)
                .when().post("/dsr/v1/erasure").then().statusCode(200).extract().jsonPath();
        assertThat(preview.getBoolean("dryRun")).isTrue();
        assertThat(preview.getInt("erased.find { it.category == 'consents in force (withdrawn)' }.count")).isEqualTo(2);
        assertThat(preview.getList("kept")).isNotEmpty();

        // Without the parameter the SPI previews too: erasure never happens by default.
        spi(Operation.ERASURE_PREVIEW, UUID.randomUUID(), key).when().post("/dsr/v1/erasure")
                .then().statusCode(200).body("dryRun", equalTo(true));

        assertThat(stateByPurpose(subject)).containsEntry("marketing-email", "GRANTED")
                .containsEntry("marketing-sms", "GRANTED");
        assertThat(history(subject)).hasSize(2)
                .allSatisfy(r -> assertThat(r.get("formId")).isEqualTo("asuntohaku-2026-11"));
    }

    @Test
    void shouldWithdrawConsentsKeepMinimalProofAndBeIdempotentPerCaseOnErasure() {
        Map<String, Object> subject = email(randomEmail());
        String key = grant(subject, "marketing-email");
        grant(subject, "marketing-sms");
        Fixtures.withdraw(subject, "marketing-sms");
        UUID caseId = UUID.randomUUID();

        String first = spi(Operation.ERASURE_EXECUTE, caseId, key).queryParam("dryRun", false)
                .when().post("/dsr/v1/erasure").then().statusCode(200).extract().asString();
        JsonPath report = JsonPath.from(first);
        assertThat(report.getBoolean("dryRun")).isFalse();
        assertThat(report.getInt("erased.find { it.category == 'consents in force (withdrawn)' }.count")).isEqualTo(1);
        List<Map<String, Object>> kept = report.getList("kept");
        assertThat(kept).isNotEmpty();
        LocalDate until = LocalDate.parse(report.getString("kept[0].until"));
        assertThat(until).isAfter(LocalDate.now(ZoneOffset.UTC).plusYears(2));
        assertThat(report.getString("kept[0].legalReference")).isNotBlank();
        // Codes beside the English words, for the gateway to word in the subject's language.
        assertThat(report.getList("erased.categoryCode")).contains("category.consent.in-force");
        assertThat(report.getString("kept[0].reasonCode")).isEqualTo("kept.legal-claims.consent-proof");
        assertThat(report.getString("kept[0].legalReferenceCode")).isEqualTo("ref.limitation-of-debts-4");

        assertThat(stateByPurpose(subject)).containsEntry("marketing-email", "WITHDRAWN")
                .containsEntry("marketing-sms", "WITHDRAWN");
        List<Map<String, Object>> afterErasure = history(subject);
        assertThat(afterErasure).hasSize(4).allSatisfy(r -> {
            assertThat(r).doesNotContainKeys("formId", "userAgent", "ipTruncated");
            assertThat(r.get("purpose")).isNotNull();
            assertThat(r.get("occurredAt")).isNotNull();
        });
        assertThat(afterErasure).filteredOn(r -> "GRANTED".equals(r.get("action")))
                .allSatisfy(r -> assertThat(r.get("noticeVersion")).isEqualTo(Fixtures.SEED_VERSION));
        assertThat(afterErasure).last().satisfies(r -> assertThat(r.get("channel")).isEqualTo("ERASURE"));

        String repeat = spi(Operation.ERASURE_EXECUTE, caseId, key).queryParam("dryRun", false)
                .when().post("/dsr/v1/erasure").then().statusCode(200).extract().asString();
        assertThat(JsonPath.from(repeat).getMap("$")).isEqualTo(report.getMap("$"));
        assertThat(history(subject)).hasSize(4);
    }

    @Test
    void shouldFindAKnownSubjectAndNotAnUnknownOne() {
        Map<String, Object> subject = email(randomEmail());
        String key = grant(subject, "marketing-email");

        spi(Operation.LOOKUP, UUID.randomUUID(), key).when().post("/dsr/v1/lookup")
                .then().statusCode(200).body("register", equalTo("consent")).body("found", equalTo(true))
                .body("records", equalTo(1)).body("categories", equalTo(List.of("consents")));

        spi(Operation.LOOKUP, UUID.randomUUID(), unknownKey()).when().post("/dsr/v1/lookup")
                .then().statusCode(200).body("found", equalTo(false)).body("records", equalTo(0));
    }

    @Test
    void shouldRefuseARestrictedSubjectsConsentEvidenceWithTheKitProblemTypeAndAuditTheRefusal() {
        Map<String, Object> subject = email(randomEmail());
        String key = grant(subject, "marketing-email");
        String recordId = history(subject).get(0).get("id").toString();
        UUID caseId = UUID.randomUUID();
        spi(Operation.RESTRICTION, caseId, List.of(key), List.of(), Map.of("action", "SET"))
                .when().post("/dsr/v1/restriction").then().statusCode(200).body("subjectFound", equalTo(true));

        RestrictionRefusals.assertRefusedAndAudited(key, "consent-history",
                () -> customerService().body(Map.of("subject", subject)).when().post("/api/v1/consents/history").then());
        RestrictionRefusals.assertRefusedAndAudited(key, "consent",
                () -> customerService().when().get("/api/v1/consents/" + recordId).then());

        spi(Operation.RESTRICTION, caseId, List.of(key), List.of(), Map.of("action", "LIFT"))
                .when().post("/dsr/v1/restriction").then().statusCode(200);
        assertThat(history(subject)).hasSize(1);
    }

    @Test
    void shouldRefuseRectificationWithAReason() {
        Map<String, Object> subject = email(randomEmail());
        String key = grant(subject, "marketing-email");

        spi(Operation.RECTIFICATION, UUID.randomUUID(), List.of(key), List.of(),
                        Map.of("corrections", List.of(Map.of("field", "noticeVersion", "value", "2027-01-01"))))
                .when().post("/dsr/v1/rectification")
                .then().statusCode(200)
                .body("subjectFound", equalTo(true))
                .body("applied.size()", equalTo(0))
                .body("refused.size()", equalTo(1))
                .body("refused[0]", org.hamcrest.Matchers.startsWith("noticeVersion: "));
        assertThat(history(subject)).singleElement()
                .satisfies(r -> assertThat(r.get("noticeVersion")).isEqualTo(Fixtures.SEED_VERSION));
    }

    @Test
    void shouldSuppressDirectMarketingOnAnObjectionThroughTheGateway() {
        Map<String, Object> subject = email(randomEmail());
        String key = grant(subject, "marketing-email");
        UUID caseId = UUID.randomUUID();
        Map<String, Object> grounds = Map.of("grounds", "No marketing");

        spi(Operation.OBJECTION, caseId, List.of(key), List.of(), grounds).when().post("/dsr/v1/objection").then().statusCode(200)
                .body("subjectFound", equalTo(true)).body("applied.size()", equalTo(1));
        spi(Operation.OBJECTION, caseId, List.of(key), List.of(), grounds).when().post("/dsr/v1/objection").then().statusCode(200)
                .body("applied.size()", equalTo(1));

        assertThat(stateByPurpose(subject)).containsEntry("marketing-email", "WITHDRAWN");
        assertThat(history(subject)).hasSize(2);
    }

    @Test
    void shouldRefuseOtherRolesAndMalformedSubjectKeysAtTheSpi() {
        // Other roles are refused even with a valid case grant for the call.
        UUID caseId = UUID.randomUUID();
        String key = unknownKey();
        Map<String, Object> call = CaseGrants.body(caseId, Set.of(key), Set.of());
        for (String role : List.of("dpo", "customer-service", "consent-collector")) {
            as("user-" + role, role).header(CaseGrant.HEADER, CaseGrants.grant(Fixtures.REGISTER, Operation.LOOKUP, caseId,
                    Set.of(key), Set.of())).body(call).when().post("/dsr/v1/lookup")
                    .then().statusCode(403).contentType(PROBLEM_JSON);
        }
        spi(Operation.LOOKUP, UUID.randomUUID(), "x@example.fi")
                .when().post("/dsr/v1/lookup").then().statusCode(400).contentType(PROBLEM_JSON);
        customerService().header(CaseGrant.HEADER, CaseGrants.grant(Fixtures.REGISTER, Operation.ERASURE_PREVIEW, caseId,
                Set.of(key), Set.of())).body(call).when().post("/dsr/v1/erasure").then().statusCode(403);
    }

    private static String unknownKey() {
        byte[] random = new byte[32];
        ThreadLocalRandom.current().nextBytes(random);
        return "email_" + HexFormat.of().formatHex(random);
    }
}
