package fi.kuopas.gateway;

import org.awaitility.Awaitility;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static fi.kuopas.gateway.support.Cases.BASE;
import static fi.kuopas.gateway.support.Cases.dpo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;

import com.github.tomakehurst.wiremock.client.WireMock;
import fi.kuopas.gateway.support.Cases;
import fi.kuopas.gateway.support.Registers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A register that is down or slow leaves the case pending, never a report without it. */
@QuarkusTest
class PartialFailureTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Test
    void shouldKeepTheCasePendingWhileARegisterIsDownAndCompleteItWhenItAnswers() {
        String id;
        try (var outage = Registers.personnelDown()) {
            id = Cases.openVerified("ACCESS");
            JsonPath partial = awaitRegister(id, "customer", "DONE");
            Map<String, Object> personnel = register(partial, Registers.url(1));
            assertThat(personnel.get("status")).isEqualTo("PENDING");
            awaitFailedAttempt(id);
            assertThat(Cases.get(id).getString("status")).isEqualTo("IN_PROGRESS");

            given().header("Authorization", dpo()).when().get(BASE + "/" + id + "/report").then().statusCode(409)
                    .contentType("application/problem+json")
                    // Registers by name: internal URLs never reach a problem detail.
                    .body("pendingRegisters", contains("personnel"))
                    .body("detail", containsString("personnel"))
                    .body("detail", org.hamcrest.Matchers.not(containsString(Registers.url(1))));
            given().header("Authorization", dpo()).accept("text/html").when().get(BASE + "/" + id + "/report/document")
                    .then().statusCode(409).contentType("application/problem+json");
            given().header("Authorization", dpo()).accept("text/html").when().get(BASE + "/" + id + "/report")
                    .then().statusCode(409).contentType("application/problem+json");
        }
        JsonPath done = Cases.awaitStatus(id, "COMPLETED", WAIT);
        assertThat(done.getList("registers.status")).containsOnly("DONE");
        assertThat(done.getList("history.action")).contains("REGISTER_PENDING", "COMPLETED");
        given().header("Authorization", dpo()).when().get(BASE + "/" + id + "/report").then().statusCode(200)
                .body("access", hasSize(2));
        // Every attempt carried the same case id, which the register uses to answer a repeat as one.
        Registers.personnel().verifyThat(WireMock.moreThanOrExactly(2), postRequestedFor(urlPathEqualTo("/dsr/v1/access"))
                .withRequestBody(matchingJsonPath("$.caseId", WireMock.equalTo(id))));
    }

    @Test
    void shouldPreviewAnErasureInEveryRegisterBeforeExecutingIt() {
        String id = Cases.openVerified("ERASURE");
        Cases.awaitStatus(id, "AWAITING_ERASURE_CONFIRMATION", WAIT);
        Registers.customer().verifyThat(0, postRequestedFor(urlPathEqualTo("/dsr/v1/erasure"))
                .withQueryParam("dryRun", WireMock.equalTo("false"))
                .withRequestBody(matchingJsonPath("$.caseId", WireMock.equalTo(id))));
        given().header("Authorization", dpo()).when().get(BASE + "/" + id + "/erasure-preview").then().statusCode(200)
                .body("registers", hasSize(2)).body("registers.dryRun", everyItem(equalTo(true)))
                .body("registers[0].kept[0].legalReference", equalTo("Accounting Act 1336/1997 ch. 2 §10"));
        given().header("Authorization", dpo()).when().get(BASE + "/" + id + "/report").then().statusCode(409)
                .body("detail", containsString("erasure-execution"));

        given().header("Authorization", Cases.secondDpo()).when().post(BASE + "/" + id + "/erasure-approval").then().statusCode(200);
        given().header("Authorization", dpo()).when().post(BASE + "/" + id + "/erasure-execution").then().statusCode(202);
        Cases.awaitStatus(id, "COMPLETED", WAIT);
        given().header("Authorization", dpo()).when().get(BASE + "/" + id + "/report").then().statusCode(200)
                .body("erasure", hasSize(2)).body("erasure.dryRun", everyItem(equalTo(false)))
                .body("erasure[0].kept[0].until", equalTo("2036-12-31"));
        given().header("Authorization", dpo()).when().post(BASE + "/" + id + "/erasure-execution").then().statusCode(409);
    }

    @Test
    void shouldRefuseToExecuteAnErasureBeforeThePreviewIsComplete() {
        try (var outage = Registers.personnelDown()) {
            String id = Cases.openVerified("ERASURE");
            awaitRegister(id, "customer", "DONE");
            given().header("Authorization", dpo()).when().post(BASE + "/" + id + "/erasure-execution").then().statusCode(409)
                    .contentType("application/problem+json");
            given().header("Authorization", dpo()).when().get(BASE + "/" + id + "/erasure-preview").then().statusCode(409)
                    .body("pendingRegisters", contains("personnel"));
        }
    }

    @Test
    void shouldPropagateARestrictionToEveryRegister() {
        String id = Cases.openVerified("RESTRICTION");
        Cases.awaitStatus(id, "COMPLETED", WAIT);
        given().header("Authorization", dpo()).when().get(BASE + "/" + id + "/report").then().statusCode(200)
                .body("outcomes", hasSize(2)).body("outcomes[0].applied[0]", equalTo("restriction applied"));
        Registers.personnel().verifyThat(postRequestedFor(urlPathEqualTo("/dsr/v1/restriction"))
                .withRequestBody(matchingJsonPath("$.action", WireMock.equalTo("SET")))
                .withRequestBody(matchingJsonPath("$.caseId", WireMock.equalTo(id))));
    }

    @Test
    void shouldOnlyPutConsentOrContractDataInAPortabilityPackage() {
        String id = Cases.openVerified("PORTABILITY");
        Cases.awaitStatus(id, "COMPLETED", WAIT);
        given().header("Authorization", dpo()).when().get(BASE + "/" + id + "/report").then().statusCode(200)
                .body("portability", hasSize(2))
                .body("portability[0].categories.name", contains("Asuntohakemus"));
    }

    private static JsonPath awaitRegister(String id, String register, String status) {
        return Awaitility.await(register + " reaches " + status).atMost(WAIT).pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(100)).pollInSameThread()
                .until(() -> Cases.get(id),
                        c -> c.getList("registers.findAll { it.register == '" + register + "' }.status").contains(status));
    }

    private static void awaitFailedAttempt(String id) {
        Awaitility.await("personnel is recorded as failed").atMost(WAIT).pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(100)).pollInSameThread()
                .until(() -> register(Cases.get(id), Registers.url(1)).get("lastError") != null);
    }

    private static Map<String, Object> register(JsonPath c, String url) {
        return c.getMap("registers.find { it.url == '" + url + "' }");
    }
}
