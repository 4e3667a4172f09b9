package fi.kuopas.cctv;

import static io.restassured.RestAssured.given;

import fi.kuopas.privacy.grant.CaseGrant;
import fi.kuopas.privacy.grant.CaseGrant.Operation;
import fi.kuopas.testsupport.CaseGrants;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every endpoint: no token is 401, a role without CCTV duties is 403 (before any input is looked at).
 * SPI calls of a wrong role carry a valid case grant, so their 403 is the role's, not a missing grant's.
 */
@QuarkusTest
class CctvSecurityTest {

    static Stream<Arguments> endpoints() {
        String id = UUID.randomUUID().toString();
        return Stream.of(
                Arguments.of("POST", "/api/v1/sites", "dpo"),
                Arguments.of("GET", "/api/v1/sites", "hr"),
                Arguments.of("GET", "/api/v1/sites/" + id, "hr"),
                Arguments.of("POST", "/api/v1/cameras", "dpo"),
                Arguments.of("PUT", "/api/v1/cameras/" + id, "dpo"),
                Arguments.of("GET", "/api/v1/cameras", "customer-service"),
                Arguments.of("GET", "/api/v1/cameras/" + id, "customer-service"),
                Arguments.of("POST", "/api/v1/segments/batches", "dpo"),
                Arguments.of("GET", "/api/v1/segments", "supervisor"),
                Arguments.of("GET", "/api/v1/segments/1", "supervisor"),
                Arguments.of("POST", "/api/v1/segments/1/views", "dpo"),
                Arguments.of("GET", "/api/v1/views", "hr"),
                Arguments.of("POST", "/api/v1/legal-holds", "dpo"),
                Arguments.of("GET", "/api/v1/legal-holds", "hr"),
                Arguments.of("GET", "/api/v1/legal-holds/" + id, "hr"),
                Arguments.of("POST", "/api/v1/legal-holds/" + id + "/release", "dpo"),
                Arguments.of("POST", "/api/v1/disclosures", "dpo"),
                Arguments.of("GET", "/api/v1/disclosures", "customer-service"),
                Arguments.of("GET", "/api/v1/disclosures/" + id, "customer-service"),
                Arguments.of("POST", "/api/v1/footage-requests", "customer-service"),
                Arguments.of("GET", "/api/v1/footage-requests", "customer-service"),
                Arguments.of("GET", "/api/v1/footage-requests/" + id, "customer-service"),
                Arguments.of("POST", "/api/v1/footage-requests/" + id + "/review", "dpo"),
                Arguments.of("POST", "/api/v1/footage-requests/" + id + "/release", "dpo"),
                Arguments.of("POST", "/api/v1/retention/sweeps", "hr"),
                Arguments.of("GET", "/api/v1/retention/sweeps", "hr"),
                Arguments.of("GET", "/api/v1/retention/video-deletions", "customer-service"),
                Arguments.of("POST", "/dsr/v1/access", "security-officer"),
                Arguments.of("POST", "/dsr/v1/erasure", "dpo"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("endpoints")
    void shouldRequireATokenAndTheRightRole(String method, String path, String wrongRole) {
        given().contentType("application/json").body("{}").when().request(method, path).then().statusCode(401)
                .contentType(Fixtures.PROBLEM_JSON);
        withGrant(Fixtures.as("someone", wrongRole), path).when().request(method, path).then().statusCode(403)
                .contentType(Fixtures.PROBLEM_JSON);
    }

    private static RequestSpecification withGrant(RequestSpecification request, String path) {
        Operation op = switch (path) {
            case "/dsr/v1/access" -> Operation.ACCESS;
            case "/dsr/v1/erasure" -> Operation.ERASURE_PREVIEW;
            default -> null;
        };
        if (op == null) {
            return request.body("{}");
        }
        UUID caseId = UUID.randomUUID();
        Set<String> keys = Set.of("email_" + "0".repeat(64));
        return request.header(CaseGrant.HEADER, CaseGrants.grant(Fixtures.REGISTER, op, caseId, keys, Set.of()))
                .body(CaseGrants.body(caseId, keys, Set.of()));
    }
}
