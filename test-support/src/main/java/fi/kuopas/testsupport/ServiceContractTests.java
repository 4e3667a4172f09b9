package fi.kuopas.testsupport;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

import fi.kuopas.privacy.grant.CaseGrant;
import fi.kuopas.privacy.grant.CaseGrant.Operation;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * What every Kuopas service must do the same way: health, OpenAPI, token checks, problem+json
 * and the audit log. Each service module runs these by extending this class in a @QuarkusTest.
 */
public abstract class ServiceContractTests {

    /** A subject key nobody in the test data has. */
    private static final String KEY = "email_" + "0".repeat(64);

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
    void shouldAnswerAHugePageNumberOnEveryListWithProblemJsonNot500() {
        JsonPath doc = given().accept("application/json").when().get("/q/openapi?format=json")
                .then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Map<String, Object>>> paths = doc.getMap("paths");
        String everyRole = Tokens.bearer("all-roles", "customer-service", "letting-officer", "hr", "hr-health", "supervisor",
                "stakeholder-relations", "security-officer", "dpo", "pms-integration", "dsr-gateway", "consent-collector");
        List<String> lists = new java.util.ArrayList<>();
        paths.forEach((path, ops) -> {
            Map<String, Object> get = ops.get("get");
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> params = get == null || get.get("parameters") == null ? List.of()
                    : (List<Map<String, Object>>) get.get("parameters");
            if (params.stream().noneMatch(p -> "page".equals(p.get("name")) && "query".equals(p.get("in")))) {
                return;
            }
            String url = path;
            for (Map<String, Object> p : params) {
                if ("path".equals(p.get("in"))) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> schema = (Map<String, Object>) p.getOrDefault("schema", Map.of());
                    String value = "integer".equals(schema.get("type")) ? "1" : UUID.randomUUID().toString();
                    url = url.replace("{" + p.get("name") + "}", value);
                }
            }
            lists.add(path);
            given().header("Authorization", everyRole).queryParam("page", 42949673).when().get(url).then()
                    .statusCode(400).contentType("application/problem+json");
            given().header("Authorization", everyRole).queryParam("size", 100_000).when().get(url).then()
                    .statusCode(400).contentType("application/problem+json");
        });
        assertThat(lists).as("paged lists of this service (at least the audit log)").isNotEmpty();
    }

    @Test
    void shouldAnswerAPagedListWithTotalAndLinkHeadersKeepingTheBareArray() {
        String dpo = Tokens.bearer("tiina", "dpo");
        var first = given().header("Authorization", dpo).queryParam("size", 1).when().get("/api/v1/audit-log")
                .then().statusCode(200).extract();
        long total = Long.parseLong(first.header("X-Total-Count"));
        assertThat(first.jsonPath().getList("$")).hasSize((int) Math.min(total, 1));
        String link = first.header("Link");
        assertThat(link).contains("</api/v1/audit-log?", "rel=\"first\"", "rel=\"last\"", "page=" + Math.max(total - 1, 0))
                .doesNotContain("rel=\"prev\"");
        if (total > 1) {
            assertThat(link).contains("page=1&size=1>; rel=\"next\"");
        } else {
            assertThat(link).doesNotContain("rel=\"next\"");
        }
        var second = given().header("Authorization", dpo).queryParam("size", 1).queryParam("page", 1)
                .when().get("/api/v1/audit-log").then().statusCode(200).extract();
        assertThat(second.header("Link")).contains("page=0&size=1>; rel=\"prev\"");
    }

    @Test
    void shouldRefuseAnIdTokenAsBearer() {
        given().header("Authorization", "Bearer " + OidcWiremockTestResource.getIdToken("tiina", Set.of("dpo")))
                .when().get("/api/v1/audit-log/verification").then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void shouldPublishAContractGeneratedClientsCanUseAsIs() {
        JsonPath doc = given().accept("application/json").when().get("/q/openapi?format=json")
                .then().statusCode(200).extract().jsonPath();
        String prefix = config("quarkus.application.name").split("-")[0];
        assertThat(doc.getList("servers.url", String.class)).isNotEmpty();
        assertThat(doc.getString("components.securitySchemes.oidc.type")).isEqualTo("openIdConnect");
        assertThat(doc.getString("components.securitySchemes.oidc.openIdConnectUrl")).endsWith("/.well-known/openid-configuration");
        Map<String, Object> schemas = doc.getMap("components.schemas");
        schemas.keySet().forEach(name -> assertThat(name).as("schema name").matches("Problem|" + Character.toUpperCase(prefix.charAt(0))
                + prefix.substring(1) + "[A-Z].*"));
        Map<String, Map<String, Map<String, Object>>> forbidden = doc.getMap("components.responses.Forbidden.content");
        assertThat(forbidden.get("application/problem+json").get("schema")).isEqualTo(Map.of("$ref", "#/components/schemas/Problem"));
        assertThat(forbidden.get("application/problem+json").get("example")).as("problem example").isNotNull();
        Map<String, Object> listHeaders = doc.getMap("paths.'/api/v1/audit-log'.get.responses.'200'.headers");
        assertThat(listHeaders).containsKeys("Link", "X-Total-Count");
        Map<String, Map<String, Map<String, Object>>> paths = doc.getMap("paths");
        paths.forEach((path, ops) -> ops.forEach((method, op) -> {
            if (!List.of("get", "post", "put", "patch", "delete").contains(method)) {
                return;
            }
            String what = method + " " + path;
            assertThat((String) op.get("operationId")).as(what).startsWith(prefix);
            @SuppressWarnings("unchecked")
            Map<String, Map<String, Object>> responses = (Map<String, Map<String, Object>>) op.get("responses");
            assertThat(responses.keySet()).as("success response of " + what).anyMatch(code -> code.startsWith("2"));
            @SuppressWarnings("unchecked")
            List<Object> security = (List<Object>) op.get("security");
            assertThat(security).as("security of " + what).isNotNull();
            if (!security.isEmpty()) {
                assertThat(responses).as(what).containsKeys("401", "403");
                assertThat(responses.get("401").get("$ref")).as(what).isEqualTo("#/components/responses/Unauthorized");
                assertThat(responses.get("403").get("$ref")).as(what).isEqualTo("#/components/responses/Forbidden");
                assertThat((String) op.get("description")).as(what).contains("Roles: ");
            }
            if (responses.containsKey("201")) {
                assertThat(responses.get("201")).as(what).containsKey("headers");
            }
        }));
    }

    @Test
    void shouldNameEverySchemaAndShowAnExampleOfEveryBody() {
        JsonPath doc = given().accept("application/json").when().get("/q/openapi?format=json")
                .then().statusCode(200).extract().jsonPath();
        Map<String, Object> schemas = doc.getMap("components.schemas");
        assertThat(schemas.keySet()).as("schema names a generator turns into class names")
                .noneMatch(name -> name.matches(".*\\d$"));
        Map<String, Map<String, Map<String, Object>>> paths = doc.getMap("paths");
        List<String> bodies = new java.util.ArrayList<>();
        paths.forEach((path, ops) -> ops.forEach((method, op) -> {
            if (!List.of("get", "post", "put", "patch", "delete").contains(method)) {
                return;
            }
            List<Map<String, Map<String, Object>>> contents = new java.util.ArrayList<>();
            @SuppressWarnings("unchecked")
            Map<String, Object> requestBody = (Map<String, Object>) op.get("requestBody");
            if (requestBody != null && requestBody.get("content") != null) {
                @SuppressWarnings("unchecked")
                Map<String, Map<String, Object>> content = (Map<String, Map<String, Object>>) requestBody.get("content");
                contents.add(content);
            }
            @SuppressWarnings("unchecked")
            Map<String, Map<String, Object>> responses = (Map<String, Map<String, Object>>) op.get("responses");
            responses.forEach((code, response) -> {
                if (code.startsWith("2") && response.get("content") != null) {
                    @SuppressWarnings("unchecked")
                    Map<String, Map<String, Object>> content = (Map<String, Map<String, Object>>) response.get("content");
                    contents.add(content);
                }
            });
            contents.forEach(content -> content.forEach((type, media) -> {
                if (type.contains("json") || type.startsWith("text/")) {
                    bodies.add(method + " " + path + " " + type);
                    @SuppressWarnings("unchecked")
                    Map<String, Object> schema = resolved(schemas, (Map<String, Object>) media.get("schema"));
                    boolean shown = media.get("example") != null || media.get("examples") != null
                            || (schema != null && (schema.get("example") != null || schema.get("examples") != null));
                    assertThat(shown).as("an example of the " + type + " body of " + method + " " + path).isTrue();
                }
            }));
        }));
        assertThat(bodies).as("bodies of this service").isNotEmpty();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> resolved(Map<String, Object> schemas, Map<String, Object> schema) {
        if (schema != null && schema.get("$ref") instanceof String ref) {
            return (Map<String, Object>) schemas.get(ref.substring(ref.lastIndexOf('/') + 1));
        }
        return schema;
    }

    @Test
    void shouldRefuseAuditLogWithoutTokenAsProblemJson() {
        given().when().get("/api/v1/audit-log/verification").then().statusCode(401)
                .contentType("application/problem+json").body("status", equalTo(401));
    }

    @Test
    void shouldRefuseATokenIssuedForAnotherService() {
        assertThat(Tokens.audience()).as("the audience this service checks").isEqualTo(config("quarkus.application.name"));
        given().header("Authorization", "Bearer " + Tokens.forAudience("another-service", "tiina", "dpo"))
                .when().get("/api/v1/audit-log/verification").then().statusCode(401)
                .contentType("application/problem+json");
        given().header("Authorization", Tokens.bearer("tiina", "dpo"))
                .when().get("/api/v1/audit-log/verification").then().statusCode(200);
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
    void shouldForbidCachingAndTypeSniffingOfPersonalDataResponses() {
        given().header("Authorization", Tokens.bearer("tiina", "dpo")).when().get("/api/v1/audit-log").then().statusCode(200)
                .header("Cache-Control", "no-store").header("X-Content-Type-Options", "nosniff");
        given().when().get("/api/v1/audit-log").then().statusCode(401)
                .header("Cache-Control", "no-store").header("X-Content-Type-Options", "nosniff");
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

    private static String config(String property) {
        return ConfigProvider.getConfig().getValue(property, String.class);
    }

    /** The register's name, the audience of the gateway's case grants; null for a service without the SPI. */
    protected String registerName() {
        return null;
    }

    @Test
    void shouldRefuseAnErasureWhoseDryRunFlagIsNotABoolean() {
        Assumptions.assumeTrue(registerName() != null, "no DSR SPI");
        UUID caseId = UUID.randomUUID();
        CaseGrants.call(registerName(), Operation.ERASURE_PREVIEW, caseId, KEY).queryParam("dryRun", "yes")
                .when().post("/dsr/v1/erasure").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void shouldRefuseAnSpiCallWithoutACaseGrantEvenFromTheGatewayAccount() {
        Assumptions.assumeTrue(registerName() != null, "no DSR SPI");
        UUID caseId = UUID.randomUUID();
        for (String path : List.of("/dsr/v1/lookup", "/dsr/v1/access", "/dsr/v1/erasure?dryRun=false")) {
            given().header("Authorization", Tokens.bearer("gateway", "dsr-gateway")).contentType("application/json")
                    .body(CaseGrants.body(caseId, Set.of(KEY), Set.of())).when().post(path).then().statusCode(403)
                    .contentType("application/problem+json").body("type", endsWith("case-grant"));
        }
    }

    @Test
    void shouldRefuseACaseGrantForAnotherRegisterOperationCaseOrSubject() {
        Assumptions.assumeTrue(registerName() != null, "no DSR SPI");
        UUID caseId = UUID.randomUUID();
        Set<String> keys = Set.of(KEY);
        String other = "email_" + "1".repeat(64);
        Map<String, String> refusals = Map.of(
                CaseGrants.grant("another-register", Operation.ACCESS, caseId, keys, Set.of()), "another register",
                CaseGrants.grant(registerName(), Operation.LOOKUP, caseId, keys, Set.of()), "operation",
                CaseGrants.grant(registerName(), Operation.ACCESS, UUID.randomUUID(), keys, Set.of()), "another case",
                CaseGrants.grant(registerName(), Operation.ACCESS, caseId, Set.of(other), Set.of()), "other subject keys",
                CaseGrants.grant(registerName(), Operation.ACCESS, caseId, keys, Set.of(other)), "other subject keys",
                CaseGrants.grant(registerName(), Operation.ACCESS, caseId, keys, Set.of(), Instant.now().minusSeconds(400),
                        Duration.ofSeconds(120)), "expired",
                CaseGrants.grant(registerName(), Operation.ACCESS, caseId, keys, Set.of(), Instant.now(),
                        Duration.ofHours(1)), "not valid",
                "eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.", "not valid");
        refusals.forEach((grant, why) -> given().header("Authorization", Tokens.bearer("gateway", "dsr-gateway"))
                .header(CaseGrant.HEADER, grant).contentType("application/json").body(CaseGrants.body(caseId, keys, Set.of()))
                .when().post("/dsr/v1/access").then().statusCode(403).contentType("application/problem+json")
                .body("detail", containsString(why)));
    }

    @Test
    void shouldRefuseAnErasurePreviewGrantForAnExecution() {
        Assumptions.assumeTrue(registerName() != null, "no DSR SPI");
        UUID caseId = UUID.randomUUID();
        given().header("Authorization", Tokens.bearer("gateway", "dsr-gateway"))
                .header(CaseGrant.HEADER, CaseGrants.grant(registerName(), Operation.ERASURE_PREVIEW, caseId, Set.of(KEY), Set.of()))
                .contentType("application/json").body(CaseGrants.body(caseId, Set.of(KEY), Set.of()))
                .queryParam("dryRun", false).when().post("/dsr/v1/erasure").then().statusCode(403)
                .body("detail", containsString("operation"));
    }

    @Test
    void shouldAnswerAnSpiCallWithAValidGrant() {
        Assumptions.assumeTrue(registerName() != null, "no DSR SPI");
        CaseGrants.call(registerName(), Operation.LOOKUP, UUID.randomUUID(), KEY).when().post("/dsr/v1/lookup")
                .then().statusCode(200).body("register", equalTo(registerName())).body("found", equalTo(false));
    }

    @Test
    void shouldServeTheRegisterDescriptionPubliclyInThreeLanguages() {
        Assumptions.assumeTrue(servesRegisterDescription(), "no register description");
        for (String lang : List.of("fi", "sv", "en")) {
            given().queryParam("lang", lang).when().get("/api/v1/register-description").then().statusCode(200)
                    .body("language", equalTo(lang))
                    .body("controller.businessId", notNullValue())
                    // Controller details come from configuration, never copied into the texts.
                    .body("controller.name", equalTo(config("kuopas.controller.name")))
                    .body("contactPerson", containsString(config("kuopas.controller.name")))
                    .body("dpoContact", containsString(config("kuopas.controller.dpo-email")))
                    .body(not(containsString("${")))
                    .body("automatedDecisionMaking", notNullValue());
        }
        // Recipients by name (C-154/21), from configuration: at least one configured company is named.
        List<String> companies = new java.util.ArrayList<>();
        ConfigProvider.getConfig().getPropertyNames().forEach(p -> {
            if (p.startsWith("kuopas.recipients.")) {
                companies.add(config(p));
            }
        });
        List<String> recipients = given().queryParam("lang", "en").when().get("/api/v1/register-description").then()
                .statusCode(200).extract().jsonPath().getList("recipients.name", String.class);
        assertThat(recipients).anySatisfy(name -> assertThat(companies).anySatisfy(c -> assertThat(name).contains(c)));
        given().queryParam("lang", "de").when().get("/api/v1/register-description").then().statusCode(400)
                .contentType("application/problem+json").body("detail", equalTo("lang must be one of fi, sv, en"));
    }
}
