package fi.kuopas.consent;

import static fi.kuopas.consent.Fixtures.JSON_UTF8;
import static fi.kuopas.consent.Fixtures.PROBLEMS;
import static fi.kuopas.consent.Fixtures.PROBLEM_JSON;
import static fi.kuopas.consent.Fixtures.as;
import static fi.kuopas.consent.Fixtures.customerService;
import static fi.kuopas.consent.Fixtures.dpo;
import static fi.kuopas.consent.Fixtures.email;
import static fi.kuopas.consent.Fixtures.grant;
import static fi.kuopas.consent.Fixtures.grantBody;
import static fi.kuopas.consent.Fixtures.randomEmail;
import static fi.kuopas.consent.Fixtures.withdrawBody;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import fi.kuopas.privacy.grant.CaseGrant;
import fi.kuopas.privacy.grant.CaseGrant.Operation;
import fi.kuopas.testsupport.CaseGrants;
import fi.kuopas.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Who may call what: no token is 401, a role without the right is 403, and reads are logged. */
@QuarkusTest
class ConsentSecurityTest {

    private static final String[] STAFF = {"customer-service", "stakeholder-relations", "consent-collector", "dpo"};

    @Test
    void shouldLetOnlyConsentStaffGrant() {
        Map<String, Object> body = grantBody(email(randomEmail()), "marketing-email");
        assertGuarded("POST", "/api/v1/consents", body, "hr", "letting-officer", "dsr-gateway");

        for (String role : List.of("consent-collector", "customer-service", "dpo")) {
            as("user-" + role, role).body(grantBody(email(randomEmail()), "marketing-email"))
                    .when().post("/api/v1/consents").then().statusCode(201)
                    .body("collectedBy", equalTo("user-" + role));
        }
        Map<String, Object> stakeholder = grantBody(email(randomEmail()), "stakeholder-newsletter");
        stakeholder.put("noticeVersion", Fixtures.currentNoticeVersion("stakeholder-newsletter", "fi"));
        as("sanna", "stakeholder-relations").body(stakeholder).when().post("/api/v1/consents").then().statusCode(201);
    }

    @Test
    void shouldNotLetCustomerServiceGrantAStakeholderPurpose() {
        Map<String, Object> subject = email(randomEmail());
        Map<String, Object> body = grantBody(subject, "stakeholder-newsletter");
        body.put("noticeVersion", Fixtures.currentNoticeVersion("stakeholder-newsletter", "fi"));
        customerService().body(body).when().post("/api/v1/consents")
                .then().statusCode(403).contentType(PROBLEM_JSON)
                .body("type", equalTo(PROBLEMS + "forbidden"));
        assertThat(Fixtures.stateByPurpose(subject)).isEmpty();
    }

    @Test
    void shouldNotLetStakeholderRelationsGrantACustomerPurpose() {
        as("sanna", "stakeholder-relations").body(grantBody(email(randomEmail()), "marketing-email"))
                .when().post("/api/v1/consents")
                .then().statusCode(403).contentType(PROBLEM_JSON);
    }

    @Test
    void shouldLetOnlyConsentStaffWithdraw() {
        Map<String, Object> subject = email(randomEmail());
        grant(subject, "marketing-sms");
        assertGuarded("POST", "/api/v1/consents/withdrawals", withdrawBody(subject, "marketing-sms"), "hr", "dsr-gateway");
        customerService().body(withdrawBody(subject, "marketing-sms")).when().post("/api/v1/consents/withdrawals")
                .then().statusCode(201);
    }

    @Test
    void shouldLetEveryConsentRoleReadTheState() {
        Map<String, Object> subject = email(randomEmail());
        grant(subject, "marketing-email");
        assertGuarded("POST", "/api/v1/consents/state", Map.of("subject", subject), "hr", "security-officer");
        for (String role : STAFF) {
            as("user-" + role, role).body(Map.of("subject", subject)).when().post("/api/v1/consents/state")
                    .then().statusCode(200).body("find { it.purpose == 'marketing-email' }.state", equalTo("GRANTED"));
        }
    }

    @Test
    void shouldNotLetTheConsentCollectorReadHistory() {
        Map<String, Object> subject = email(randomEmail());
        grant(subject, "marketing-email");
        assertGuarded("POST", "/api/v1/consents/history", Map.of("subject", subject), "hr", "consent-collector");
        for (String role : List.of("customer-service", "stakeholder-relations", "dpo")) {
            as("user-" + role, role).body(Map.of("subject", subject)).when().post("/api/v1/consents/history")
                    .then().statusCode(200).body("size()", equalTo(1));
        }
    }

    @Test
    void shouldLetStaffNotTheCollectorRecordObjections() {
        Map<String, Object> body = Map.of("subject", email(randomEmail()), "scope", "DIRECT_MARKETING");
        assertGuarded("POST", "/api/v1/objections", body, "hr", "consent-collector");
        for (String role : List.of("customer-service", "stakeholder-relations", "dpo")) {
            as("user-" + role, role).body(Map.of("subject", email(randomEmail()), "scope", "DIRECT_MARKETING"))
                    .when().post("/api/v1/objections").then().statusCode(201);
        }
    }

    @Test
    void shouldLetConsentRolesReadTheCatalogue() {
        assertGuarded("GET", "/api/v1/purposes", null, "hr");
        assertGuarded("GET", "/api/v1/purposes/marketing-email/notices", null, "hr");
        for (String role : STAFF) {
            as("user-" + role, role).when().get("/api/v1/purposes").then().statusCode(200);
            as("user-" + role, role).when().get("/api/v1/purposes/marketing-email/notices").then().statusCode(200);
        }
    }

    @Test
    void shouldLetOnlyTheDpoPublishNotices() {
        Map<String, Object> body = Map.of("version", "2099-01-01", "texts", Map.of("fi", "a", "sv", "b", "en", "c"));
        assertGuarded("POST", "/api/v1/purposes/no-such-purpose/notices", body,
                "hr", "consent-collector", "customer-service", "stakeholder-relations");
        // The DPO gets past the role check; the purpose does not exist, so nothing is published.
        dpo().body(body).when().post("/api/v1/purposes/no-such-purpose/notices")
                .then().statusCode(404).contentType(PROBLEM_JSON);
    }

    @Test
    void shouldLetTheGatewayReadLegalBasesAndOnlyTheDpoChangeThem() {
        assertGuarded("GET", "/api/v1/legal-bases", null, "hr");
        for (String role : List.of("customer-service", "stakeholder-relations", "consent-collector", "dpo", "dsr-gateway")) {
            as("user-" + role, role).when().get("/api/v1/legal-bases").then().statusCode(200);
        }
        String path = "/api/v1/legal-bases/consent/test-sec-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> change = Map.of("legalBasis", "6(1)(f)", "reason", "Security test of the legal-basis registry",
                "expectedRevision", 0);
        assertGuarded("PUT", path, change, "hr", "consent-collector", "customer-service", "dsr-gateway");
        dpo().body(change).when().put(path).then().statusCode(200).body("revision", equalTo(1));
    }

    @Test
    void shouldOpenTheDsrSpiOnlyToTheGateway() {
        String key = "email_" + "0".repeat(64);
        Map<String, Operation> spi = Map.of("/dsr/v1/lookup", Operation.LOOKUP, "/dsr/v1/access", Operation.ACCESS,
                "/dsr/v1/erasure", Operation.ERASURE_PREVIEW);
        spi.forEach((path, op) -> {
            UUID caseId = UUID.randomUUID();
            Map<String, Object> call = CaseGrants.body(caseId, Set.of(key), Set.of());
            assertGuarded("POST", path, call, "hr", "dpo", "customer-service", "consent-collector");
            // A valid case grant does not make another role the gateway.
            for (String role : List.of("hr", "dpo", "customer-service", "consent-collector")) {
                as("user-" + role, role).header(CaseGrant.HEADER, CaseGrants.grant(Fixtures.REGISTER, op, caseId, Set.of(key),
                        Set.of())).body(call).when().post(path).then().statusCode(403).contentType(PROBLEM_JSON);
            }
            Fixtures.spi(op, caseId, key).when().post(path).then().statusCode(200);
        });
    }

    @Test
    void shouldOpenTheAuditLogOnlyToTheDpo() {
        assertGuarded("GET", "/api/v1/audit-log", null, "hr", "customer-service", "dsr-gateway");
        assertGuarded("GET", "/api/v1/audit-log/verification", null, "hr", "customer-service");
        dpo().when().get("/api/v1/audit-log").then().statusCode(200);
    }

    @Test
    void shouldLogEveryReadByCustomerServiceAndKeepTheLogIntact() {
        Map<String, Object> subject = email(randomEmail());
        String key = grant(subject, "marketing-email");

        customerService().body(Map.of("subject", subject)).when().post("/api/v1/consents/state").then().statusCode(200);
        customerService().body(Map.of("subject", subject)).when().post("/api/v1/consents/state").then().statusCode(200);
        customerService().body(Map.of("subject", subject)).when().post("/api/v1/consents/history").then().statusCode(200);

        List<Map<String, Object>> entries = dpo().queryParam("subjectKey", key).when().get("/api/v1/audit-log")
                .then().statusCode(200).extract().jsonPath().getList("$");
        assertThat(entries).allSatisfy(e -> assertThat(e.get("subjectKey")).isEqualTo(key));
        assertThat(entries).filteredOn(e -> "VIEW".equals(e.get("action")) && "consent-state".equals(e.get("recordType")))
                .hasSize(2)
                .allSatisfy(e -> {
                    assertThat(e.get("actor")).isEqualTo("asta");
                    assertThat(e.get("actorRoles")).isEqualTo("customer-service");
                    assertThat(e.get("purpose")).isEqualTo("consent management");
                });
        assertThat(entries).filteredOn(e -> "VIEW".equals(e.get("action")) && "consent-history".equals(e.get("recordType")))
                .singleElement().satisfies(e -> assertThat(e.get("actor")).isEqualTo("asta"));
        assertThat(entries).filteredOn(e -> "CREATE".equals(e.get("action")) && "consent".equals(e.get("recordType")))
                .singleElement().satisfies(e -> assertThat(e.get("actorRoles")).isEqualTo("consent-collector"));

        dpo().when().get("/api/v1/audit-log/verification").then().statusCode(200)
                .body("intact", equalTo(true));
    }

    @Test
    void shouldLeaveNoAuditEntryForARefusedRead() {
        Map<String, Object> subject = email(randomEmail());
        String key = grant(subject, "marketing-email");
        as("harri", "hr").body(Map.of("subject", subject)).when().post("/api/v1/consents/state").then().statusCode(403);
        as("colin", "consent-collector").body(Map.of("subject", subject)).when().post("/api/v1/consents/history")
                .then().statusCode(403);
        dpo().queryParam("subjectKey", key).when().get("/api/v1/audit-log").then().statusCode(200)
                .body("findAll { it.action == 'VIEW' }.size()", equalTo(0));
    }

    /** No token: 401 with a Bearer challenge; each given role: 403. Both as problem+json. */
    private static void assertGuarded(String method, String path, Object body, String... forbiddenRoles) {
        send(given().contentType(JSON_UTF8), method, path, body)
                .statusCode(401).contentType(PROBLEM_JSON).header("WWW-Authenticate", "Bearer")
                .body("status", equalTo(401));
        for (String role : forbiddenRoles) {
            send(given().contentType(JSON_UTF8).header("Authorization", Tokens.bearer("user-" + role, role)),
                    method, path, body)
                    .statusCode(403).contentType(PROBLEM_JSON).body("status", equalTo(403));
        }
    }

    private static ValidatableResponse send(RequestSpecification spec, String method, String path, Object body) {
        if (body != null) {
            spec = spec.body(body);
        }
        return spec.when().request(method, path).then();
    }
}
