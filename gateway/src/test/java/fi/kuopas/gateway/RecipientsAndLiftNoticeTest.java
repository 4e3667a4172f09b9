package fi.kuopas.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static fi.kuopas.gateway.support.Cases.BASE;
import static fi.kuopas.gateway.support.Cases.dpo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.github.tomakehurst.wiremock.client.WireMock;
import fi.kuopas.gateway.support.Cases;
import fi.kuopas.gateway.support.Registers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Art 19: recipients are told of a change, tracked per recipient; Art 18(3): the subject is told before a restriction is lifted. */
@QuarkusTest
class RecipientsAndLiftNoticeTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Test
    void shouldCreateANotificationTaskPerRecipientAfterARectificationAndTrackIt() {
        String id = Cases.open(Cases.body("RECTIFICATION", "STRONG_ELECTRONIC_IDENTIFICATION")
                .replace("\"details\"", "\"corrections\": [{\"field\": \"email\", \"value\": \"matti@example.fi\"}], \"details\""));
        JsonPath done = Cases.awaitStatus(id, "COMPLETED", WAIT);
        assertThat(done.getList("recipients")).hasSize(2);
        assertThat(done.getList("recipients.recipient", String.class)).containsOnly("Isännöintitoimisto Oy");
        assertThat(done.getList("recipients.status", String.class)).containsOnly("PENDING");
        String customer = done.getString("recipients.find { it.register == 'customer' }.id");
        String personnel = done.getString("recipients.find { it.register == 'personnel' }.id");

        String path = BASE + "/" + id + "/recipient-notifications/";
        given().header("Authorization", dpo()).contentType(ContentType.JSON).body("{\"status\": \"SENT\"}")
                .when().post(path + customer).then().statusCode(400).body("detail", containsString("reference"));
        given().header("Authorization", dpo()).contentType(ContentType.JSON).body("{\"status\": \"NOT_NEEDED\"}")
                .when().post(path + personnel).then().statusCode(400).body("detail", containsString("disproportionate"));
        given().header("Authorization", dpo()).contentType(ContentType.JSON)
                .body("{\"status\": \"SENT\", \"reference\": \"email to the property manager 2026-11-26\"}")
                .when().post(path + customer).then().statusCode(200);
        given().header("Authorization", dpo()).contentType(ContentType.JSON)
                .body("{\"status\": \"NOT_NEEDED\", \"reason\": \"The property manager's contract ended in 2024; no longer reachable\"}")
                .when().post(path + personnel).then().statusCode(200);
        given().header("Authorization", dpo()).contentType(ContentType.JSON).body("{\"status\": \"SENT\", \"reference\": \"x\"}")
                .when().post(path + customer).then().statusCode(409);

        // The subject is told the recipients in the report, without staff names.
        String report = given().header("Authorization", dpo()).when().get(BASE + "/" + id + "/report").then().statusCode(200)
                .body("recipients.find { it.register == 'customer' }.status", equalTo("SENT"))
                .body("recipients.find { it.register == 'personnel' }.status", equalTo("NOT_NEEDED"))
                .extract().asString();
        assertThat(report).doesNotContain("tiina.tietosuoja");
        assertThat(Cases.get(id).getList("history.action", String.class)).contains("RECIPIENT_SENT", "RECIPIENT_NOT_NEEDED");
    }

    @Test
    void shouldCreateRecipientTasksForAnExecutedErasureButNotForItsPreview() {
        String id = Cases.openVerified("ERASURE");
        assertThat(Cases.awaitStatus(id, "AWAITING_ERASURE_CONFIRMATION", WAIT).getList("recipients")).isEmpty();
        given().header("Authorization", Cases.secondDpo()).when().post(BASE + "/" + id + "/erasure-approval").then().statusCode(200);
        given().header("Authorization", dpo()).when().post(BASE + "/" + id + "/erasure-execution").then().statusCode(202);
        JsonPath done = Cases.awaitStatus(id, "COMPLETED", WAIT);
        assertThat(done.getList("recipients.recipient", String.class)).containsOnly("Perintätoimisto Oy").hasSize(2);
    }

    @Test
    void shouldTellTheSubjectBeforeLiftingARestriction() {
        String id = Cases.open(Cases.body("RESTRICTION", "STRONG_ELECTRONIC_IDENTIFICATION")
                .replace("\"details\"", "\"restriction\": \"LIFT\", \"details\""));
        assertThat(Cases.get(id).getString("status")).isEqualTo("AWAITING_LIFT_NOTICE");
        Cases.pause(500);
        Registers.customer().verifyThat(0, postRequestedFor(urlPathEqualTo("/dsr/v1/restriction"))
                .withRequestBody(matchingJsonPath("$.caseId", WireMock.equalTo(id))));
        given().header("Authorization", dpo()).contentType(ContentType.JSON).body("{\"channel\": \"LETTER\"}")
                .when().post(BASE + "/" + id + "/lift-notice").then().statusCode(400);
        given().header("Authorization", dpo()).contentType(ContentType.JSON)
                .body("{\"channel\": \"LETTER\", \"reference\": \"letter 2026-11-26\"}")
                .when().post(BASE + "/" + id + "/lift-notice").then().statusCode(200);
        JsonPath done = Cases.awaitStatus(id, "COMPLETED", WAIT);
        assertThat(done.getList("history.action", String.class)).containsSubsequence("LIFT_NOTICE_SENT", "COMPLETED");
        Registers.customer().verifyThat(postRequestedFor(urlPathEqualTo("/dsr/v1/restriction"))
                .withRequestBody(matchingJsonPath("$.action", WireMock.equalTo("LIFT")))
                .withRequestBody(matchingJsonPath("$.caseId", WireMock.equalTo(id))));
        given().header("Authorization", dpo()).contentType(ContentType.JSON)
                .body("{\"channel\": \"LETTER\", \"reference\": \"again\"}")
                .when().post(BASE + "/" + id + "/lift-notice").then().statusCode(409);

        String set = Cases.openVerified("RESTRICTION");
        assertThat(Cases.awaitStatus(set, "COMPLETED", WAIT).getString("status")).isEqualTo("COMPLETED");
    }
}
