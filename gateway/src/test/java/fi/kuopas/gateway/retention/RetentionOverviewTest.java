package fi.kuopas.gateway.retention;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static fi.kuopas.gateway.support.Cases.dpo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import fi.kuopas.gateway.support.Registers;
import fi.kuopas.gateway.support.RegistersTestResource;
import fi.kuopas.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The suite-wide retention overview over the simulated registers (the same WireMock registers the
 * audit overview is tested with): the kit's run log read with the gateway's service token, tolerant
 * of fields it does not know, one row per register even when one is down or slow.
 */
@QuarkusTest
class RetentionOverviewTest {

    private static final String PATH = "/api/v1/retention/runs/latest";

    private StubMapping override;

    @AfterEach
    void removeOverride() {
        if (override != null) {
            Registers.personnel().removeStubMapping(override);
            override = null;
        }
    }

    @Test
    void shouldRefuseCallersWithoutTheDpoRole() {
        given().when().get(PATH).then().statusCode(401);
        given().header("Authorization", Tokens.bearer("asta", "customer-service")).when().get(PATH).then().statusCode(403);
        given().header("Authorization", Tokens.bearer("gw", "dsr-gateway")).when().get(PATH).then().statusCode(403);
    }

    @Test
    void shouldShowTheLatestRunOfEveryRegisterWithItsCountsPerRule() {
        JsonPath body = given().header("Authorization", dpo()).when().get(PATH).then().statusCode(200)
                .contentType(containsString("application/json"))
                .body("registers.register", org.hamcrest.Matchers.contains("customer", "personnel"))
                .body("registers[0].status", equalTo("ok"))
                .body("registers[0].runId", equalTo("3f1c2a9e-8d0b-4c51-9a43-0c5e1b7d2f60"))
                .body("registers[0].startedAt", equalTo("2026-11-27T01:30:00Z"))
                .body("registers[0].dryRun", equalTo(false))
                .body("registers[0].problem", nullValue())
                .body("registers[0].rules[0].rule", equalTo("housing-applications"))
                .body("registers[0].rules[0].legalReference", equalTo("GDPR Art 5(1)(e)"))
                .body("registers[0].rules[0].affected", equalTo(12))
                .body("registers[0].rules[0].held", equalTo(1))
                .body("registers[0].rules[1].affected", equalTo(3))
                .body("registers[0].rules[1].held", nullValue())
                .body("registers[1].status", equalTo("none"))
                .body("registers[1].runId", nullValue())
                .extract().jsonPath();
        // Unknown fields of the register's run are not passed on, nor is who triggered it.
        assertThat(body.prettify()).doesNotContain("futureField", "unknownCount", "triggeredBy");
        assertThat(Instant.parse(body.getString("registers[0].finishedAt"))).isEqualTo(Instant.parse("2026-11-27T01:30:02.5Z"));
        // Asked for the newest run only, with the gateway's own token (the stub answers nothing else).
        Registers.customer().verifyThat(getRequestedFor(urlPathEqualTo("/api/v1/retention/runs"))
                .withQueryParam("size", WireMock.equalTo("1"))
                .withHeader("Authorization", WireMock.equalTo("Bearer " + RegistersTestResource.SERVICE_TOKEN)));
    }

    @Test
    void shouldShowASlowRegisterAsUnreachableWithoutWaitingForIt() {
        override = Registers.personnel().register(get(urlPathEqualTo("/api/v1/retention/runs")).atPriority(1)
                .willReturn(okJson("[]").withFixedDelay(5_000)));
        Instant start = Instant.now();
        given().header("Authorization", dpo()).when().get(PATH).then().statusCode(200)
                .body("registers[0].status", equalTo("ok"))
                .body("registers[1].register", equalTo("personnel"))
                .body("registers[1].status", equalTo("unreachable"))
                .body("registers[1].problem", containsString("no answer within"))
                .body("registers[1].rules.size()", equalTo(0));
        assertThat(Duration.between(start, Instant.now())).as("the slow register is not waited for").isLessThan(Duration.ofSeconds(4));
    }

    @Test
    void shouldSayWhyARegisterGaveNoUsableAnswer() {
        override = Registers.personnel().register(get(urlPathEqualTo("/api/v1/retention/runs")).atPriority(1)
                .willReturn(aResponse().withStatus(403).withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"title\": \"Forbidden\", \"detail\": \"secret detail\"}")));
        given().header("Authorization", dpo()).when().get(PATH).then().statusCode(200)
                .body("registers[1].status", equalTo("unreachable"))
                .body("registers[1].problem", equalTo("HTTP 403: the register refused the gateway's token"));
        Registers.personnel().removeStubMapping(override);

        override = Registers.personnel().register(get(urlPathEqualTo("/api/v1/retention/runs")).atPriority(1)
                .willReturn(aResponse().withStatus(404)));
        given().header("Authorization", dpo()).when().get(PATH).then().statusCode(200)
                .body("registers[1].problem", equalTo("HTTP 404: the register does not serve /api/v1/retention/runs"));
        Registers.personnel().removeStubMapping(override);

        override = Registers.personnel().register(get(urlPathEqualTo("/api/v1/retention/runs")).atPriority(1)
                .willReturn(okJson("{\"runs\": \"not a list\"}")));
        given().header("Authorization", dpo()).when().get(PATH).then().statusCode(200)
                .body("registers[1].status", equalTo("unreachable"))
                .body("registers[1].problem", equalTo("the answer is not a list of retention runs"))
                .body("registers[0].status", equalTo("ok"));
    }

    @Test
    void shouldPublishTheOverviewWithNamedSchemasAndAnExample() {
        JsonPath doc = given().accept("application/json").when().get("/q/openapi?format=json").then().statusCode(200)
                .extract().jsonPath();
        String op = "paths.'" + PATH + "'.get";
        assertThat(doc.getString(op + ".operationId")).isEqualTo("gatewayListLatestRetentionRuns");
        assertThat(doc.getMap(op + ".responses")).containsKeys("200", "401", "403");
        assertThat(doc.getString(op + ".responses.'200'.content.'application/json'.schema.$ref")).endsWith("/GatewayRetentionOverview");
        assertThat(doc.getMap(op + ".responses.'200'.content.'application/json'.examples")).containsKey("overview");
        assertThat(doc.getString("components.schemas.GatewayRetentionOverview.properties.registers.items.$ref"))
                .endsWith("/GatewayRegisterLatestRetentionRun");
        assertThat(doc.getList("components.schemas.GatewayRegisterLatestRetentionRun.properties.status.enum"))
                .containsExactly("ok", "none", "unreachable");
        assertThat(doc.getString("components.schemas.GatewayRegisterLatestRetentionRun.properties.rules.items.$ref"))
                .endsWith("/GatewayRetentionRuleCount");
        assertThat(doc.getMap("components.schemas.GatewayRetentionRuleCount.properties")).containsKeys("rule", "legalReference",
                "affected", "held");
    }
}
