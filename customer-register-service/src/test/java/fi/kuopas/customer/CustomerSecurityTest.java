package fi.kuopas.customer;

import static fi.kuopas.customer.Fixtures.JSON_UTF8;
import static fi.kuopas.customer.Fixtures.PROBLEM_JSON;
import static fi.kuopas.customer.Fixtures.apply;
import static fi.kuopas.customer.Fixtures.decisionBody;
import static fi.kuopas.customer.Fixtures.dsrCall;
import static fi.kuopas.customer.Fixtures.emailKey;
import static fi.kuopas.customer.Fixtures.externalId;
import static fi.kuopas.customer.Fixtures.newPerson;
import static fi.kuopas.customer.Fixtures.personBody;
import static fi.kuopas.customer.Fixtures.randomCode;
import static fi.kuopas.customer.Fixtures.randomEmail;
import static fi.kuopas.customer.Fixtures.residentRow;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import fi.kuopas.privacy.grant.CaseGrant;
import fi.kuopas.privacy.grant.CaseGrant.Operation;
import fi.kuopas.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Who may call what, endpoint by endpoint: no token is 401 with a Bearer challenge, every role
 * not allowed is 403, both as problem+json; each allowed role gets through (2xx on a valid call).
 */
@QuarkusTest
class CustomerSecurityTest {

    private static final String CS = "customer-service";
    private static final String LO = "letting-officer";
    private static final String DPO = "dpo";
    private static final String PMS = "pms-integration";
    private static final String GW = "dsr-gateway";
    private static final List<String> ROLES = List.of(CS, LO, DPO, PMS, GW, "hr", "hr-health", "supervisor",
            "stakeholder-relations", "security-officer", "consent-collector");

    /** One call: method, path (with query), body (null for none) and the case grant (null for none). */
    private record Call(String method, String path, Object body, String grant) {
        Call(String method, String path, Object body) {
            this(method, path, body, null);
        }
    }

    /** An endpoint, the roles that may call it, and how to make a fresh valid call. */
    private record Endpoint(String name, Set<String> allowed, Supplier<Call> call) {
    }

    @Test
    void shouldGuardThePersonEndpoints() {
        check(List.of(
                new Endpoint("create person", Set.of(CS, LO),
                        () -> new Call("POST", "/api/v1/persons", personBody(randomCode()))),
                new Endpoint("get person", Set.of(CS, LO, DPO), () -> {
                    UUID id = newPerson();
                    return new Call("GET", "/api/v1/persons/" + id, null);
                }),
                new Endpoint("update person", Set.of(CS, LO), () -> {
                    UUID id = newPerson();
                    return new Call("PUT", "/api/v1/persons/" + id,
                            Map.of("version", 0, "firstName", "Maija", "lastName", "Virtanen", "email", randomEmail()));
                }),
                new Endpoint("search persons", Set.of(CS, LO, DPO),
                        () -> new Call("POST", "/api/v1/persons/search", Map.of("lastName", "Meikäläinen", "size", 5))),
                new Endpoint("population register refresh", Set.of(LO), () -> new Call("POST",
                        "/api/v1/persons/" + newPerson() + "/population-register-refresh", Map.of("purpose", "address check"))),
                new Endpoint("credit check", Set.of(LO), () -> {
                    UUID id = newPerson();
                    UUID app = apply(id);
                    return new Call("POST", "/api/v1/persons/" + id + "/credit-checks",
                            Map.of("applicationId", app.toString(), "purpose", "LEASE"));
                }),
                new Endpoint("record disclosure", Set.of(CS, LO, DPO), () -> new Call("POST",
                        "/api/v1/persons/" + newPerson() + "/disclosures",
                        ProtectedAddressTest.disclosure("Perintä Oy", "controller", List.of("name")))),
                new Endpoint("list disclosures", Set.of(CS, LO, DPO),
                        () -> new Call("GET", "/api/v1/persons/" + newPerson() + "/disclosures", null)),
                new Endpoint("link permanent identity code", Set.of(CS, LO), () -> {
                    String temporary = randomCode();
                    UUID id = Fixtures.createPerson(temporary);
                    return new Call("PUT", "/api/v1/persons/" + id + "/identity-code", Map.of("personalIdentityCode",
                            Fixtures.permanentCode(fi.kuopas.privacy.identity.PersonalIdentityCode.parse(temporary).birthDate())));
                }),
                new Endpoint("record compelling grounds", Set.of(DPO), () -> new Call("POST",
                        "/api/v1/persons/" + newPerson() + "/compelling-grounds", Map.of("purpose", "debt-collection",
                                "grounds", "Erääntynyt vuokrasaatava; oikeusvaateen laatiminen on kesken."))),
                new Endpoint("list compelling grounds", Set.of(DPO),
                        () -> new Call("GET", "/api/v1/persons/" + newPerson() + "/compelling-grounds", null))));
    }

    @Test
    void shouldGuardTheApplicationEndpoints() {
        check(List.of(
                new Endpoint("create application", Set.of(CS, LO), () -> new Call("POST", "/api/v1/housing-applications",
                        Map.of("personId", newPerson().toString(), "kind", "KEY", "householdSize", 1))),
                new Endpoint("list applications", Set.of(CS, LO, DPO),
                        () -> new Call("GET", "/api/v1/housing-applications?personId=" + newPerson(), null)),
                new Endpoint("renew application", Set.of(CS, LO), () -> new Call("POST",
                        "/api/v1/housing-applications/" + apply(newPerson()) + "/renewal", Map.of("version", 0))),
                new Endpoint("tenant-selection decision", Set.of(LO), () -> new Call("POST",
                        "/api/v1/tenant-selection-decisions", decisionBody(apply(newPerson()), List.of("application"))))));
    }

    @Test
    void shouldGuardTheSurveyFaultReportAndCollectionEndpoints() {
        check(List.of(
                new Endpoint("record survey response", Set.of(CS),
                        () -> new Call("POST", "/api/v1/survey-responses", Fixtures.surveyBody(newPerson()))),
                new Endpoint("list survey responses", Set.of(CS, DPO),
                        () -> new Call("GET", "/api/v1/survey-responses?personId=" + newPerson(), null)),
                new Endpoint("create fault report", Set.of(CS),
                        () -> new Call("POST", "/api/v1/fault-reports", Fixtures.faultBody(Fixtures.resident()))),
                new Endpoint("change fault report status", Set.of(CS), () -> new Call("PUT",
                        "/api/v1/fault-reports/" + Fixtures.reportFault(Fixtures.resident()) + "/status",
                        Fixtures.statusBody(0, "IN_PROGRESS", "Kiinteistöhuolto Savo Oy"))),
                new Endpoint("list fault reports", Set.of(CS, DPO),
                        () -> new Call("GET", "/api/v1/fault-reports?personId=" + newPerson(), null)),
                new Endpoint("open collection case", Set.of(CS, LO), () -> new Call("POST", "/api/v1/collection-cases",
                        Fixtures.collectionBody(newPerson(), "Perintä Oy", "FI"))),
                new Endpoint("close collection case", Set.of(CS, LO), () -> new Call("POST",
                        "/api/v1/collection-cases/" + Fixtures.openCollectionCase(newPerson()) + "/closure", null)),
                new Endpoint("list collection cases", Set.of(CS, LO, DPO),
                        () -> new Call("GET", "/api/v1/collection-cases?personId=" + newPerson(), null))));
    }

    @Test
    void shouldGuardTheMailingImportRetentionAndAuditEndpoints() {
        check(List.of(
                new Endpoint("mailing recipients", Set.of(CS),
                        () -> new Call("GET", "/api/v1/mailing-recipients?channel=SMS", null)),
                new Endpoint("PMS import", Set.of(PMS), () -> new Call("POST", "/api/v1/pms/residents",
                        Map.of("rows", List.of(residentRow(externalId("PMS-P"), randomCode(), "Salo", null))))),
                new Endpoint("retention run", Set.of(DPO),
                        () -> new Call("POST", "/api/v1/retention/runs?dryRun=true", null)),
                new Endpoint("audit log", Set.of(DPO), () -> new Call("GET", "/api/v1/audit-log?size=5", null)),
                // The kit lets the gateway verify every register's chain too (it opens a breach candidate on a failure).
                new Endpoint("audit log verification", Set.of(DPO, GW),
                        () -> new Call("GET", "/api/v1/audit-log/verification", null))));
    }

    @Test
    void shouldGuardTheDsrSpiEndpoints() {
        // Every SPI call carries a valid case grant, so a refusal below is for the caller's role alone.
        BiFunction<Operation, Map<String, Object>, Supplier<Call>> spi = (op, extra) -> () -> {
            UUID caseId = UUID.randomUUID();
            String key = emailKey(randomEmail());
            Map<String, Object> body = new LinkedHashMap<>(dsrCall(caseId, key));
            body.putAll(extra);
            String path = switch (op) {
                case ERASURE_EXECUTE -> "/dsr/v1/erasure?dryRun=false";
                default -> "/dsr/v1/" + op.name().toLowerCase(java.util.Locale.ROOT);
            };
            return new Call("POST", path, body, Fixtures.grant(op, caseId, key));
        };
        check(List.of(
                new Endpoint("dsr lookup", Set.of(GW), spi.apply(Operation.LOOKUP, Map.of())),
                new Endpoint("dsr access", Set.of(GW), spi.apply(Operation.ACCESS, Map.of())),
                new Endpoint("dsr erasure", Set.of(GW), spi.apply(Operation.ERASURE_EXECUTE, Map.of())),
                new Endpoint("dsr restriction", Set.of(GW), spi.apply(Operation.RESTRICTION, Map.of("action", "SET"))),
                new Endpoint("dsr objection", Set.of(GW), spi.apply(Operation.OBJECTION, Map.of())),
                new Endpoint("dsr rectification", Set.of(GW), spi.apply(Operation.RECTIFICATION,
                        Map.of("corrections", List.of(Map.of("field", "email", "value", randomEmail()))))),
                new Endpoint("dsr description", Set.of(GW), () -> new Call("GET", "/dsr/v1/description?lang=en", null))));
    }

    @Test
    void shouldServeTheRegisterDescriptionPublicly() {
        given().when().get("/api/v1/register-description?lang=fi").then().statusCode(200);
    }

    @Test
    void shouldTreatExpiredOrForeignTokensAsUnauthenticated() {
        given().header("Authorization", "Bearer not-a-token").when().get("/api/v1/persons/" + UUID.randomUUID())
                .then().statusCode(401).contentType(PROBLEM_JSON);
        given().header("Authorization", "Basic dGlpbmE6a3VvcGFzLWRlbW8=").when().get("/api/v1/persons/" + UUID.randomUUID())
                .then().statusCode(401).contentType(PROBLEM_JSON);
    }

    @Test
    void shouldLeaveNoAuditLineForARefusedRead() {
        UUID id = newPerson();
        for (String role : List.of(PMS, GW, "hr")) {
            Fixtures.as("user-" + role, role).when().get("/api/v1/persons/" + id).then().statusCode(403);
        }
        assertThat(Fixtures.audited(id, "VIEW")).isZero();
    }

    private static void check(List<Endpoint> endpoints) {
        List<String> failures = new ArrayList<>();
        for (Endpoint e : endpoints) {
            Call anonymous = e.call().get();
            Response r = send(given(), anonymous);
            if (r.statusCode() != 401 || !r.contentType().startsWith(PROBLEM_JSON) || !"Bearer".equals(r.header("WWW-Authenticate"))) {
                failures.add(e.name() + " without token: " + r.statusCode() + " " + r.contentType());
            }
            for (String role : ROLES) {
                if (e.allowed().contains(role)) {
                    continue;
                }
                Response refused = send(given().header("Authorization", Tokens.bearer("user-" + role, role)), anonymous);
                if (refused.statusCode() != 403 || !refused.contentType().startsWith(PROBLEM_JSON)) {
                    failures.add(e.name() + " as " + role + ": expected 403, got " + refused.statusCode());
                }
            }
            for (String role : e.allowed()) {
                Response allowed = send(given().header("Authorization", Tokens.bearer("user-" + role, role)), e.call().get());
                if (allowed.statusCode() < 200 || allowed.statusCode() > 299) {
                    failures.add(e.name() + " as " + role + ": expected 2xx, got " + allowed.statusCode() + " "
                            + allowed.asString());
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    private static Response send(RequestSpecification spec, Call call) {
        spec = spec.contentType(JSON_UTF8);
        if (call.grant() != null) {
            spec = spec.header(CaseGrant.HEADER, call.grant());
        }
        if (call.body() != null) {
            spec = spec.body(call.body());
        }
        return spec.when().request(call.method(), call.path()).then().extract().response();
    }
}
