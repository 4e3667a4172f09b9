package fi.kuopas.stakeholder;

import static io.restassured.RestAssured.given;

import fi.kuopas.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * As in production (kuopas.operations-endpoints.protected=true, the default outside dev and test):
 * OpenAPI, Swagger UI and metrics only with an access token; health stays open for probes.
 */
@QuarkusTest
@TestProfile(OperationsEndpointsTest.Protected.class)
class OperationsEndpointsTest {

    public static class Protected implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("kuopas.operations-endpoints.protected", "true");
        }
    }

    @Test
    void shouldRefuseOpenApiSwaggerAndMetricsWithoutAToken() {
        for (String path : new String[] {"/q/openapi", "/q/openapi?format=json", "/q/swagger-ui/", "/q/metrics"}) {
            given().when().get(path).then().statusCode(401);
        }
    }

    @Test
    void shouldServeThemWithAnAccessTokenButNotWithAnIdToken() {
        String token = Tokens.bearer("olli", "stakeholder-relations");
        given().header("Authorization", token).when().get("/q/openapi").then().statusCode(200);
        given().header("Authorization", token).when().get("/q/metrics").then().statusCode(200);
        given().header("Authorization", "Bearer " + OidcWiremockTestResource.getIdToken("olli", Set.of()))
                .when().get("/q/openapi").then().statusCode(401);
    }

    @Test
    void shouldKeepHealthOpenForProbes() {
        given().when().get("/q/health/ready").then().statusCode(200);
    }
}
