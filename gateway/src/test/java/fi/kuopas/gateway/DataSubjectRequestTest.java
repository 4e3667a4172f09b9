package fi.kuopas.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static fi.kuopas.gateway.support.Cases.BASE;
import static fi.kuopas.gateway.support.Cases.dpo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import com.github.tomakehurst.wiremock.client.WireMock;
import fi.kuopas.gateway.support.Cases;
import fi.kuopas.gateway.support.Fixtures;
import fi.kuopas.gateway.support.Registers;
import fi.kuopas.gateway.support.RegistersTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DataSubjectRequestTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Test
    void shouldOpenAnAccessRequestAndAnswerItFromEveryRegister() {
        var created = given().header("Authorization", dpo()).contentType(ContentType.JSON)
                .body(Cases.body("ACCESS", "STRONG_ELECTRONIC_IDENTIFICATION"))
                .when().post(BASE).then().statusCode(201)
                .header("Location", containsString(BASE + "/"))
                .body("type", equalTo("ACCESS")).body("status", equalTo("IN_PROGRESS"))
                .body("receivedAt", notNullValue()).body("dueAt", notNullValue())
                .extract();
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith("/api/v1/data-subject-requests/" + id);

        JsonPath done = Cases.awaitStatus(id, "COMPLETED", WAIT);
        assertThat(done.getList("registers.register")).containsExactlyInAnyOrder("customer", "personnel");
        assertThat(done.getList("registers.status")).containsOnly("DONE");
        assertThat(done.getString("subject.name")).isEqualTo("Matti Meikäläinen");
        assertThat(done.getString("subject.personalIdentityCode")).isEqualTo("131052-****");
        assertThat(done.getList("history.action")).contains("OPENED", "REGISTER_ANSWERED", "COMPLETED");

        given().header("Authorization", dpo()).when().get(BASE + "/" + id + "/report").then().statusCode(200)
                .body("type", equalTo("ACCESS"))
                .body("access.register", hasItem("personnel"))
                .body("access", hasSize(2))
                .body("access[0].categories[0].records[0].name", equalTo("Matti Meikäläinen"))
                .body("access[0].accessLog", hasSize(1))
                .body("complaintAuthority", containsString("Tietosuojavaltuutetun toimisto"))
                .body("automatedDecisions", notNullValue());
    }

    @Test
    void shouldAuditEveryStepOfTheCaseUnderTheSubjectKey() {
        String id = Cases.openVerified("ACCESS");
        Cases.awaitStatus(id, "COMPLETED", WAIT);
        given().header("Authorization", dpo()).when().get(BASE + "/" + id + "/report").then().statusCode(200);
        JsonPath log = given().header("Authorization", dpo()).queryParam("size", 500).when().get("/api/v1/audit-log")
                .then().statusCode(200).extract().jsonPath();
        String purpose = "DSR case " + id;
        assertThat(log.getList("findAll { it.purpose == '" + purpose + "' }.action", String.class))
                .contains("DSR", "VIEW", "EXPORT");
        assertThat(log.getList("findAll { it.purpose == '" + purpose + "' }.subjectKey", String.class))
                .allMatch(k -> k.startsWith("pic_"));
        assertThat(log.getList("findAll { it.purpose == '" + purpose + "' && it.action == 'DSR' }.actor", String.class))
                .contains("tiina.tietosuoja", "system");
        given().header("Authorization", dpo()).when().get("/api/v1/audit-log/verification").then().statusCode(200)
                .body("intact", equalTo(true));
    }

    @Test
    void shouldCallTheRegistersWithTheServiceTokenTheCaseIdAndSubjectKeysOnly() {
        String id = Cases.openVerified("ACCESS");
        Cases.awaitStatus(id, "COMPLETED", WAIT);
        Registers.customer().verifyThat(postRequestedFor(urlPathEqualTo("/dsr/v1/access"))
                .withHeader("Authorization", WireMock.equalTo("Bearer " + RegistersTestResource.SERVICE_TOKEN))
                .withRequestBody(matchingJsonPath("$.caseId", WireMock.equalTo(id)))
                .withRequestBody(matchingJsonPath("$.subject.verified[?(@ =~ /pic_.*/)]")).withRequestBody(matchingJsonPath("$.subject.claimed[?(@ =~ /email_.*/)]"))
                .withRequestBody(WireMock.notContaining("131052"))
                .withRequestBody(WireMock.notContaining("demo.subject@example.fi"))
                .withRequestBody(WireMock.notContaining("Meik")));
    }

    @Test
    void shouldServeTheReportAsAnEscapedPageInFinnishAndEnglish() {
        String id = Cases.openVerified("ACCESS");
        Cases.awaitStatus(id, "COMPLETED", WAIT);
        String fi = given().header("Authorization", dpo()).accept("text/html").when().get(BASE + "/" + id + "/report/document")
                .then().statusCode(200).contentType(containsString("text/html"))
                .header("Content-Security-Policy", containsString("default-src 'none'"))
                .extract().asString();
        assertThat(fi).contains("<html lang=\"fi\"", "Vastaus tietosuojapyyntöösi", "Matti Meikäläinen", "131052-****",
                        "Suomen Asiakastieto Oy, 2026-03-02", "Tietosuojavaltuutetun toimisto")
                .doesNotContain(Fixtures.HOSTILE).doesNotContain("131052-308T")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
        given().header("Authorization", dpo()).accept("text/html").queryParam("lang", "en")
                .when().get(BASE + "/" + id + "/report/document").then().statusCode(200)
                .body(containsString("Response to your data protection request"))
                .body(containsString("Office of the Data Protection Ombudsman"));
    }

    @Test
    void shouldKeepTheReportJsonOnlyAndRedirectTheOldPageAddress() {
        String id = Cases.openVerified("ACCESS");
        Cases.awaitStatus(id, "COMPLETED", WAIT);
        given().header("Authorization", dpo()).when().get(BASE + "/" + id + "/report").then().statusCode(200)
                .contentType(containsString("application/json"));
        given().header("Authorization", dpo()).accept("text/html").queryParam("lang", "en").redirects().follow(false)
                .when().get(BASE + "/" + id + "/report").then().statusCode(303)
                .header("Location", endsWith(BASE + "/" + id + "/report/document?lang=en"));
        given().header("Authorization", dpo()).accept("text/html").when().get(BASE + "/" + id + "/report")
                .then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("Vastaus tietosuojapyyntöösi"));
    }

    @Test
    void shouldGiveAJanuary31RequestUntilTheLastDayOfFebruary() {
        String json = Cases.body("ACCESS", "STRONG_ELECTRONIC_IDENTIFICATION")
                .replace("\"details\"", "\"receivedAt\": \"2026-01-31T10:00:00+02:00\", \"details\"");
        given().header("Authorization", dpo()).contentType(ContentType.JSON).body(json)
                .when().post(BASE).then().statusCode(201)
                .body("receivedAt", equalTo("2026-01-31T08:00:00Z"))
                .body("dueAt", equalTo("2026-02-28T08:00:00Z"));
    }

    @Test
    void shouldPauseTheClockUntilIdentityIsVerifiedAndAskNoRegisterMeanwhile() {
        String id = Cases.open(Cases.doubtful("ACCESS"));
        JsonPath waiting = Cases.get(id);
        assertThat(waiting.getString("status")).isEqualTo("AWAITING_VERIFICATION");
        assertThat(waiting.getBoolean("clockPaused")).isTrue();
        assertThat(waiting.getList("registers.attempts", Integer.class)).containsOnly(0);
        Instant dueBefore = Instant.parse(waiting.getString("dueAt"));
        given().header("Authorization", dpo()).when().get(BASE + "/" + id + "/report").then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("identity"));

        Cases.pause(1_100);
        given().header("Authorization", dpo()).contentType(ContentType.JSON)
                .body("{\"method\": \"STRONG_ELECTRONIC_IDENTIFICATION\", \"reference\": \"suomi.fi tx 2\"}")
                .when().post(BASE + "/" + id + "/verification").then().statusCode(200)
                .body("clockPaused", equalTo(false)).body("verification.method", equalTo("STRONG_ELECTRONIC_IDENTIFICATION"));
        JsonPath done = Cases.awaitStatus(id, "COMPLETED", WAIT);
        assertThat(Instant.parse(done.getString("dueAt"))).isAfterOrEqualTo(dueBefore.plusSeconds(1));
        assertThat(done.getList("history.action")).contains("IDENTITY_VERIFIED");
        given().header("Authorization", dpo()).contentType(ContentType.JSON)
                .body("{\"method\": \"STRONG_ELECTRONIC_IDENTIFICATION\", \"reference\": \"again\"}")
                .when().post(BASE + "/" + id + "/verification").then().statusCode(409);
    }

    @Test
    void shouldExtendOnceWithReasonsAndProduceTheSubjectNotice() {
        String id = Cases.open(Cases.body("ACCESS", "PENDING")); // stays open: no register is asked yet
        JsonPath before = Cases.get(id);
        given().header("Authorization", dpo()).contentType(ContentType.JSON)
                .body("{\"reason\": \"Pyyntö koskee kahtatoista vuotta vuokrasuhteen tietoja.\"}")
                .when().post(BASE + "/" + id + "/extension").then().statusCode(200)
                .body("months", equalTo(2))
                .body("originalDueAt", equalTo(before.getString("dueAt")))
                .body("subjectNotice.fi", containsString("2 kuukaudella"))
                .body("subjectNotice.fi", containsString("kahtatoista vuotta"))
                .body("subjectNotice.en", containsString("Article 12(3)"))
                .body("subjectNotice.sv", notNullValue());
        given().header("Authorization", dpo()).contentType(ContentType.JSON).body("{\"reason\": \"Again\"}")
                .when().post(BASE + "/" + id + "/extension").then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("already been extended"));
        assertThat(Cases.get(id).getInt("extension.months")).isEqualTo(2);
    }

    @Test
    void shouldRefuseToExtendACompletedCase() {
        String id = Cases.openVerified("ACCESS");
        Cases.awaitStatus(id, "COMPLETED", WAIT);
        given().header("Authorization", dpo()).contentType(ContentType.JSON).body("{\"reason\": \"Late\"}")
                .when().post(BASE + "/" + id + "/extension").then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void shouldRefuseAnExtensionOverTwoMonthsOrWithoutReason() {
        String id = Cases.open(Cases.body("ACCESS", "PENDING"));
        given().header("Authorization", dpo()).contentType(ContentType.JSON).body("{\"reason\": \"Complex\", \"months\": 3}")
                .when().post(BASE + "/" + id + "/extension").then().statusCode(400).contentType("application/problem+json");
        given().header("Authorization", dpo()).contentType(ContentType.JSON).body("{\"reason\": \" \"}")
                .when().post(BASE + "/" + id + "/extension").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void shouldCancelACaseAndRefuseItsReport() {
        String id = Cases.open(Cases.body("ACCESS", "NONE"));
        given().header("Authorization", dpo()).contentType(ContentType.JSON).body("{\"reason\": \"Peruttu puhelimitse\"}")
                .when().post(BASE + "/" + id + "/cancellation").then().statusCode(200)
                .body("status", equalTo("CANCELLED")).body("registers.status", not(hasItem("PENDING")));
        given().header("Authorization", dpo()).contentType(ContentType.JSON).body("{\"reason\": \"again\"}")
                .when().post(BASE + "/" + id + "/cancellation").then().statusCode(409);
        given().header("Authorization", dpo()).when().get(BASE + "/" + id + "/report").then().statusCode(409);
    }

    @Test
    void shouldListOverdueCasesForTheDpo() {
        String json = Cases.body("ACCESS", "STRONG_ELECTRONIC_IDENTIFICATION")
                .replace("\"details\"", "\"receivedAt\": \"2025-01-31T10:00:00+02:00\", \"details\"");
        String late;
        try (var outage = Registers.personnelDown()) {
            late = Cases.open(json); // stays open while personnel is down
            given().header("Authorization", dpo()).queryParam("overdue", true).queryParam("size", 500)
                    .when().get(BASE).then().statusCode(200)
                    .body("id", hasItem(late))
                    .body("findAll { it.overdue == false }", hasSize(0));
            given().header("Authorization", dpo()).queryParam("overdue", false).queryParam("size", 500)
                    .when().get(BASE).then().statusCode(200).body("id", not(hasItem(late)));
            given().header("Authorization", dpo()).queryParam("status", "IN_PROGRESS").queryParam("size", 500)
                    .when().get(BASE).then().statusCode(200)
                    .body("find { it.id == '" + late + "' }.pendingRegisters", greaterThanOrEqualTo(1));
        }
        String fresh = Cases.openVerified("ACCESS");
        given().header("Authorization", dpo()).queryParam("overdue", false).queryParam("size", 500)
                .when().get(BASE).then().statusCode(200).body("id", hasItem(fresh));
        given().header("Authorization", dpo()).queryParam("status", "WHATEVER").when().get(BASE).then().statusCode(400);
        Cases.awaitStatus(late, "COMPLETED", WAIT);
    }
}
