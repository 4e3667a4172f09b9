package fi.kuopas.testsupport;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What every Kuopas service must do the same way: health, OpenAPI, token checks, problem+json
 * and the audit log. Each service module runs these by extending this class in a @QuarkusTest.
 */
public abstract class ServiceContractTests {

    /** Whether the service serves a register description (every register and consent-service). */
    protected boolean servesRegisterDescription() {
        return true;
    }

    @Test
    void shouldReportReadinessUpWithTheDatabase() {
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'Database connections health check' }.status", equalTo("UP"));
    }

    @Test
    void shouldPublishOpenApiWithOperationIdsAndBearerSecurity() {
        JsonPath doc = given().accept("application/json").when().get("/q/openapi?format=json")
                .then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Map<String, Object>>> paths = doc.getMap("paths");
        assertThat(paths).isNotEmpty();
        paths.forEach((path, ops) -> ops.forEach((method, op) -> {
            if (List.of("get", "post", "put", "patch", "delete").contains(method)) {
                assertThat(op).as(method + " " + path).containsKey("operationId").containsKey("responses");
                @SuppressWarnings("unchecked")
                Map<String, Object> responses = (Map<String, Object>) op.get("responses");
                assertThat(responses).as("errors of " + method + " " + path).containsKeys("400", "500");
            }
        }));
        assertThat(doc.getMap("components.securitySchemes")).isNotEmpty();
        assertThat(doc.getMap("components.schemas")).containsKey("Problem");
    }

    @Test
    void shouldRefuseAuditLogWithoutTokenAsProblemJson() {
        given().when().get("/api/v1/audit-log/verification").then().statusCode(401)
                .contentType("application/problem+json").body("status", equalTo(401));
    }

    @Test
    void shouldRefuseAForgedToken() {
        given().header("Authorization", "Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl")
                .when().get("/api/v1/audit-log/verification").then().statusCode(401);
    }

    @Test
    void shouldRefuseAuditLogToANonDpoRole() {
        given().header("Authorization", Tokens.bearer("colin", "consent-collector", "customer-service"))
                .when().get("/api/v1/audit-log/verification").then().statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void shouldVerifyTheAuditChainForTheDpo() {
        given().header("Authorization", Tokens.bearer("tiina", "dpo"))
                .when().get("/api/v1/audit-log/verification").then().statusCode(200)
                .body("intact", equalTo(true)).body("checked", notNullValue());
    }

    @Test
    void shouldRejectAMalformedAuditQueryAsProblemJson() {
        given().header("Authorization", Tokens.bearer("tiina", "dpo")).queryParam("size", "lots")
                .when().get("/api/v1/audit-log").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void shouldRefuseABodyOverTheSizeLimit() {
        assertThat(OversizeRequests.post("/api/v1/audit-log", Tokens.bearer("tiina", "dpo"), 50_000_000)).isEqualTo(413);
    }

    @Test
    void shouldAnswerAnUnknownPathWithProblemJson() {
        given().header("Authorization", Tokens.bearer("tiina", "dpo"))
                .when().get("/api/v1/no-such-thing").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void shouldRefuseAnErasureWhoseDryRunFlagIsNotABoolean() {
        if (!servesRegisterDescription()) {
            return;
        }
        String body = "{\"caseId\": \"" + java.util.UUID.randomUUID() + "\", \"subject\": {\"keys\": [\"email_"
                + "0".repeat(64) + "\"]}}";
        given().header("Authorization", Tokens.bearer("gateway", "dsr-gateway")).contentType("application/json").body(body)
                .queryParam("dryRun", "yes")
                .when().post("/dsr/v1/erasure").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void shouldServeTheRegisterDescriptionPubliclyInThreeLanguages() {
        if (!servesRegisterDescription()) {
            return;
        }
        for (String lang : List.of("fi", "sv", "en")) {
            given().queryParam("lang", lang).when().get("/api/v1/register-description").then().statusCode(200)
                    .body("language", equalTo(lang))
                    .body("controller.businessId", notNullValue())
                    .body("automatedDecisionMaking", notNullValue());
        }
        given().queryParam("lang", "de").when().get("/api/v1/register-description").then().statusCode(400)
                .contentType("application/problem+json").body("detail", equalTo("lang must be one of fi, sv, en"));
    }
}
