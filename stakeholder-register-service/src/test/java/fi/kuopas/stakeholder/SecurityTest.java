package fi.kuopas.stakeholder;

import static fi.kuopas.stakeholder.Fixtures.PROBLEM_JSON;
import static fi.kuopas.stakeholder.Fixtures.as;
import static io.restassured.RestAssured.given;

import fi.kuopas.privacy.grant.CaseGrant;
import fi.kuopas.privacy.grant.CaseGrant.Operation;
import fi.kuopas.testsupport.CaseGrants;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every endpoint: no token is 401, a role without the right is 403, the right role gets past security.
 * SPI calls carry a valid case grant, so a 403 there is the role's, not a missing grant's.
 */
@QuarkusTest
class SecurityTest {

    private static final String ID = UUID.randomUUID().toString();
    private static final Set<String> DSR_KEYS = Set.of("email_" + "0".repeat(64));

    static Stream<Arguments> endpoints() {
        return Stream.of(
                Arguments.of("POST", "/api/v1/organisations", "stakeholder-relations"),
                Arguments.of("GET", "/api/v1/organisations", "stakeholder-relations"),
                Arguments.of("GET", "/api/v1/organisations/" + ID, "stakeholder-relations"),
                Arguments.of("PUT", "/api/v1/organisations/" + ID, "stakeholder-relations"),
                Arguments.of("DELETE", "/api/v1/organisations/" + ID, "stakeholder-relations"),
                Arguments.of("POST", "/api/v1/contact-persons", "stakeholder-relations"),
                Arguments.of("GET", "/api/v1/contact-persons", "stakeholder-relations"),
                Arguments.of("GET", "/api/v1/contact-persons/" + ID, "stakeholder-relations"),
                Arguments.of("PUT", "/api/v1/contact-persons/" + ID, "stakeholder-relations"),
                Arguments.of("DELETE", "/api/v1/contact-persons/" + ID, "stakeholder-relations"),
                Arguments.of("POST", "/api/v1/contact-persons/" + ID + "/interactions", "stakeholder-relations"),
                Arguments.of("GET", "/api/v1/contact-persons/" + ID + "/interactions", "stakeholder-relations"),
                Arguments.of("POST", "/api/v1/mailing-lists", "stakeholder-relations"),
                Arguments.of("GET", "/api/v1/mailing-lists", "stakeholder-relations"),
                Arguments.of("GET", "/api/v1/mailing-lists/" + ID, "stakeholder-relations"),
                Arguments.of("PUT", "/api/v1/mailing-lists/" + ID, "stakeholder-relations"),
                Arguments.of("DELETE", "/api/v1/mailing-lists/" + ID, "stakeholder-relations"),
                Arguments.of("POST", "/api/v1/mailing-lists/" + ID + "/members", "stakeholder-relations"),
                Arguments.of("GET", "/api/v1/mailing-lists/" + ID + "/members", "stakeholder-relations"),
                Arguments.of("DELETE", "/api/v1/mailing-lists/" + ID + "/members/" + ID, "stakeholder-relations"),
                Arguments.of("GET", "/api/v1/mailing-lists/" + ID + "/export", "stakeholder-relations"),
                Arguments.of("GET", "/api/v1/mailing-lists/" + ID + "/export.csv", "stakeholder-relations"),
                Arguments.of("POST", "/api/v1/suppressions", "stakeholder-relations"),
                Arguments.of("POST", "/api/v1/retention/runs", "dpo"),
                Arguments.of("GET", "/api/v1/retention/runs", "dpo,dsr-gateway"), // the gateway's retention overview reads the log
                Arguments.of("POST", "/dsr/v1/lookup", "dsr-gateway"),
                Arguments.of("POST", "/dsr/v1/access", "dsr-gateway"),
                Arguments.of("POST", "/dsr/v1/erasure", "dsr-gateway"),
                Arguments.of("GET", "/dsr/v1/description", "dsr-gateway"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("endpoints")
    void shouldRefuseACallerWithoutAToken(String method, String path, String role) {
        given().contentType("application/json").body("{}").when().request(method, path)
                .then().statusCode(401).contentType(PROBLEM_JSON);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("endpoints")
    void shouldRefuseRolesThatDoNotNeedTheEndpoint(String method, String path, String role) {
        for (String other : new String[] {"customer-service", "hr", "security-officer", "dsr-gateway", "stakeholder-relations", "dpo"}) {
            if (java.util.List.of(role.split(",")).contains(other)) {
                continue;
            }
            call("someone", other, path).when().request(method, path)
                    .then().statusCode(403).contentType(PROBLEM_JSON);
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("endpoints")
    void shouldLetTheRightRolePastSecurity(String method, String path, String role) {
        for (String allowed : role.split(",")) {
            int status = call("someone", allowed, path).when().request(method, path).then().extract().statusCode();
            org.assertj.core.api.Assertions.assertThat(status).as(method + " " + path + " as " + allowed).isNotIn(401, 403, 500);
        }
    }

    private static RequestSpecification call(String user, String role, String path) {
        Operation op = switch (path) {
            case "/dsr/v1/lookup" -> Operation.LOOKUP;
            case "/dsr/v1/access" -> Operation.ACCESS;
            case "/dsr/v1/erasure" -> Operation.ERASURE_PREVIEW;
            default -> null;
        };
        if (op == null) {
            return as(user, role).body(Map.of());
        }
        UUID caseId = UUID.fromString(ID);
        return as(user, role).header(CaseGrant.HEADER, CaseGrants.grant(Fixtures.REGISTER, op, caseId, DSR_KEYS, Set.of()))
                .body(CaseGrants.body(caseId, DSR_KEYS, Set.of()));
    }
}
