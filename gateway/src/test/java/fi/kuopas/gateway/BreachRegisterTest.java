package fi.kuopas.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static fi.kuopas.gateway.support.Cases.dpo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import fi.kuopas.gateway.breach.AuditWatch;
import fi.kuopas.gateway.support.Registers;
import fi.kuopas.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The breach register: facts, the 72-hour clock, the Art 33 and Art 34 decisions, and candidates the suite opens itself. */
@QuarkusTest
class BreachRegisterTest {

    private static final String BASE = "/api/v1/breaches";

    @Inject
    AuditWatch watch;

    @Test
    void shouldRecordABreachWithTheSeventyTwoHourClockAndItsDecisions() {
        Instant aware = Instant.now().minus(80, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        JsonPath b = given().header("Authorization", dpo()).contentType(ContentType.JSON).body(breach(aware))
                .when().post(BASE).then().statusCode(201).header("Location", containsString(BASE + "/")).extract().jsonPath();
        assertThat(Instant.parse(b.getString("notificationDueAt"))).isEqualTo(aware.plus(72, ChronoUnit.HOURS));
        assertThat(b.getBoolean("notificationOverdue")).isTrue();
        String id = b.getString("id");

        // Late notification needs its reasons (Art 33(1)); a notification needs the authority's reference.
        given().header("Authorization", dpo()).contentType(ContentType.JSON).body("{\"decision\": \"NOTIFIED\", \"reference\": \"TSV/1/2026\"}")
                .when().post(BASE + "/" + id + "/authority-notification").then().statusCode(400)
                .body("detail", containsString("delayReason"));
        given().header("Authorization", dpo()).contentType(ContentType.JSON).body("{\"decision\": \"NOTIFIED\"}")
                .when().post(BASE + "/" + id + "/authority-notification").then().statusCode(400);
        given().header("Authorization", dpo()).contentType(ContentType.JSON)
                .body("{\"decision\": \"NOTIFIED\", \"reference\": \"TSV/1/2026\", \"delayReason\": \"found over a weekend\"}")
                .when().post(BASE + "/" + id + "/authority-notification").then().statusCode(200)
                .body("authorityDecision", equalTo("NOTIFIED")).body("notificationOverdue", equalTo(false));
        given().header("Authorization", dpo()).contentType(ContentType.JSON).body("{\"decision\": \"NOT_NOTIFIED\", \"reason\": \"x\"}")
                .when().post(BASE + "/" + id + "/authority-notification").then().statusCode(409);

        given().header("Authorization", dpo()).contentType(ContentType.JSON).body("{\"decision\": \"NOT_REQUIRED\"}")
                .when().post(BASE + "/" + id + "/subject-communication").then().statusCode(400);
        given().header("Authorization", dpo()).contentType(ContentType.JSON)
                .body("{\"decision\": \"NOT_REQUIRED\", \"reason\": \"Art 34(3)(b): the recipient destroyed the letter unopened\"}")
                .when().post(BASE + "/" + id + "/subject-communication").then().statusCode(200)
                .body("subjectsDecision", equalTo("NOT_REQUIRED"))
                .body("history.action", hasItem("AUTHORITY_NOTIFIED")).body("history.action", hasItem("SUBJECTS_NOT_REQUIRED"));
    }

    @Test
    void shouldRefuseABreachWithoutAwarenessTimeOrWithBadInput() {
        given().header("Authorization", dpo()).contentType(ContentType.JSON)
                .body(breach(Instant.now()).replaceAll(",\\s*\"awareAt\": \"[^\"]+\"", ""))
                .when().post(BASE).then().statusCode(400).contentType("application/problem+json");
        given().header("Authorization", dpo()).contentType(ContentType.JSON)
                .body(breach(Instant.now().plus(1, ChronoUnit.DAYS)))
                .when().post(BASE).then().statusCode(400);
        given().header("Authorization", dpo()).contentType(ContentType.JSON).body("{\"nature\": ")
                .when().post(BASE).then().statusCode(400).contentType("application/problem+json");
        given().header("Authorization", dpo()).when().get(BASE + "/" + java.util.UUID.randomUUID()).then().statusCode(404);
        given().header("Authorization", dpo()).when().get(BASE + "?page=-1").then().statusCode(400);
    }

    @Test
    void shouldRefuseTheBreachRegisterWithoutTokenOrToANonDpo() {
        given().when().get(BASE).then().statusCode(401).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(breach(Instant.now())).when().post(BASE).then().statusCode(401);
        String other = Tokens.bearer("asta", "customer-service");
        given().header("Authorization", other).when().get(BASE).then().statusCode(403);
        given().header("Authorization", other).contentType(ContentType.JSON).body(breach(Instant.now()))
                .when().post(BASE).then().statusCode(403);
    }

    @Test
    void shouldOpenOneBreachCandidateWhenARegistersAuditLogFailsVerification() {
        StubMapping broken = Registers.customer().register(get(urlPathEqualTo("/api/v1/audit-log/verification")).atPriority(1)
                .willReturn(okJson("{\"intact\": false, \"checked\": 10, \"firstBrokenId\": 7}")));
        try {
            watch.check();
            watch.check();
        } finally {
            Registers.customer().removeStubMapping(broken);
        }
        List<Map<String, Object>> candidates = given().header("Authorization", dpo()).when().get(BASE + "?status=CANDIDATE")
                .then().statusCode(200).extract().jsonPath().getList("findAll { it.source == 'audit-verification:customer' }");
        assertThat(candidates).hasSize(1);
        assertThat((String) candidates.get(0).get("nature")).contains("customer", "first broken entry 7");
        String id = (String) candidates.get(0).get("id");
        given().header("Authorization", dpo()).contentType(ContentType.JSON)
                .body("{\"breach\": false, \"reason\": \"A test database was restored over the log\"}")
                .when().post(BASE + "/" + id + "/assessment").then().statusCode(200).body("status", equalTo("DISMISSED"));
        given().header("Authorization", dpo()).contentType(ContentType.JSON)
                .body("{\"breach\": true, \"reason\": \"again\"}")
                .when().post(BASE + "/" + id + "/assessment").then().statusCode(409);
    }

    private static String breach(Instant aware) {
        return """
                {"nature": "A letter about rent arrears was sent to the wrong address",
                 "subjectCategories": ["tenants"], "recordCategories": ["contact details", "rent ledger"],
                 "approxSubjects": 1, "approxRecords": 1, "registersAffected": ["customer"],
                 "likelyConsequences": "The recipient learns of the arrears",
                 "measures": "The recipient was asked to destroy the letter",
                 "awareAt": "%s"}
                """.formatted(aware);
    }
}
