package fi.kuopas.gateway;

import static fi.kuopas.gateway.support.Cases.BASE;
import static fi.kuopas.gateway.support.Cases.dpo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import fi.kuopas.gateway.support.Cases;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Answering, refusing and pausing a case: each a recorded act with its reasons (GDPR Art 12). */
@QuarkusTest
class CaseAnswerTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Test
    void shouldRecordTheAnswerOnceAndStopCountingTheCaseAsOverdue() {
        Instant received = Instant.now().minus(40, ChronoUnit.DAYS);
        String id = Cases.open(Cases.body("ACCESS", "STRONG_ELECTRONIC_IDENTIFICATION")
                .replace("\"details\"", "\"receivedAt\": \"" + received + "\", \"details\""));
        Cases.awaitStatus(id, "COMPLETED", WAIT);
        // Completed but not answered, past the due date: overdue, and listed as unanswered.
        assertThat(Cases.get(id).getBoolean("overdue")).isTrue();
        assertThat(ids("overdue=true")).contains(id);
        assertThat(ids("answered=false")).contains(id);

        given().header("Authorization", dpo()).contentType(ContentType.JSON).body("{\"channel\": \"SECURE_MESSAGE\"}")
                .when().post(BASE + "/" + id + "/answer").then().statusCode(400).contentType("application/problem+json");
        given().header("Authorization", dpo()).contentType(ContentType.JSON)
                .body("{\"channel\": \"SECURE_MESSAGE\", \"reference\": \"secure mail #5512\"}")
                .when().post(BASE + "/" + id + "/answer").then().statusCode(200)
                .body("answer.channel", equalTo("SECURE_MESSAGE")).body("answer.reference", equalTo("secure mail #5512"))
                .body("overdue", equalTo(false)).body("history.action", hasItem("ANSWERED"));
        assertThat(ids("overdue=true")).doesNotContain(id);
        assertThat(ids("answered=true")).contains(id);
        given().header("Authorization", dpo()).contentType(ContentType.JSON)
                .body("{\"channel\": \"LETTER\", \"reference\": \"again\"}")
                .when().post(BASE + "/" + id + "/answer").then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void shouldRefuseToAnswerACaseThatIsStillOpen() {
        String id = Cases.open(Cases.body("ACCESS", "NONE"));
        given().header("Authorization", dpo()).contentType(ContentType.JSON)
                .body("{\"channel\": \"EMAIL\", \"reference\": \"x\"}")
                .when().post(BASE + "/" + id + "/answer").then().statusCode(409)
                .body("detail", containsString("completed or refused"));
    }

    @Test
    void shouldRefuseAnExcessiveRequestWithReasonsAndTheRightToComplainInThreeLanguages() {
        String id = Cases.openVerified("ACCESS");
        Cases.awaitStatus(id, "COMPLETED", WAIT);
        String id2 = Cases.open(Cases.body("ACCESS", "NONE"));
        JsonPath refusal = given().header("Authorization", dpo()).contentType(ContentType.JSON)
                .body("{\"ground\": \"EXCESSIVE\", \"reason\": \"The same request was answered in full twice this month\"}")
                .when().post(BASE + "/" + id2 + "/refusal").then().statusCode(200).extract().jsonPath();
        assertThat(refusal.getString("ground")).isEqualTo("EXCESSIVE");
        assertThat(refusal.getString("subjectNotice.fi")).contains("kohtuuton", "tietosuojavaltuutetun", "tuomioistuimelta",
                "answered in full twice");
        assertThat(refusal.getString("subjectNotice.sv")).contains("orimlig", "dataombudsmannens", "domstol");
        assertThat(refusal.getString("subjectNotice.en")).contains("excessive", "Data Protection Ombudsman", "judicial remedy");
        JsonPath refused = Cases.get(id2);
        assertThat(refused.getString("status")).isEqualTo("REFUSED");
        assertThat(refused.getString("refusal.reason")).contains("twice");
        given().header("Authorization", dpo()).when().get(BASE + "/" + id2 + "/report").then().statusCode(409);
        // Closed: no second refusal; the refusal notice is still an answer to record.
        given().header("Authorization", dpo()).contentType(ContentType.JSON)
                .body("{\"ground\": \"EXCESSIVE\", \"reason\": \"again\"}")
                .when().post(BASE + "/" + id2 + "/refusal").then().statusCode(409);
        given().header("Authorization", dpo()).contentType(ContentType.JSON)
                .body("{\"channel\": \"LETTER\", \"reference\": \"letter 2026-11-26\"}")
                .when().post(BASE + "/" + id2 + "/answer").then().statusCode(200).body("answer.channel", equalTo("LETTER"));
    }

    @Test
    void shouldRefuseOnUnestablishedIdentityOnlyWhileIdentityIsUnverified() {
        String verified = Cases.openVerified("ACCESS");
        given().header("Authorization", dpo()).contentType(ContentType.JSON)
                .body("{\"ground\": \"IDENTITY_NOT_ESTABLISHED\", \"reason\": \"no answer\"}")
                .when().post(BASE + "/" + verified + "/refusal").then().statusCode(409);
        String unverified = Cases.open(Cases.body("ACCESS", "NONE"));
        given().header("Authorization", dpo()).contentType(ContentType.JSON)
                .body("{\"ground\": \"IDENTITY_NOT_ESTABLISHED\", \"reason\": \"The requested identification was not returned\"}")
                .when().post(BASE + "/" + unverified + "/refusal").then().statusCode(200)
                .body("subjectNotice.en", containsString("identity could not be established"));
        given().header("Authorization", dpo()).contentType(ContentType.JSON).body("{\"ground\": \"NOT_A_GROUND\", \"reason\": \"x\"}")
                .when().post(BASE + "/" + Cases.open(Cases.body("ACCESS", "NONE")) + "/refusal").then().statusCode(400);
    }

    @Test
    void shouldStopTheClockOnlyForARecordedDoubtWithARequestForInformation() {
        String running = Cases.open(Cases.body("ACCESS", "NONE"));
        assertThat(Cases.get(running).getBoolean("clockPaused")).as("no doubt recorded: the clock runs").isFalse();

        given().header("Authorization", dpo()).contentType(ContentType.JSON).body("{\"reason\": \"email differs from records\"}")
                .when().post(BASE + "/" + running + "/identity-doubt").then().statusCode(400);
        given().header("Authorization", dpo()).contentType(ContentType.JSON)
                .body("{\"reason\": \"The email differs from every address on record\", \"requestReference\": \"letter 2026-11-26\"}")
                .when().post(BASE + "/" + running + "/identity-doubt").then().statusCode(200)
                .body("clockPaused", equalTo(true)).body("pause.requestReference", equalTo("letter 2026-11-26"))
                .body("history.action", hasItem("CLOCK_STOPPED"));
        given().header("Authorization", dpo()).contentType(ContentType.JSON)
                .body("{\"reason\": \"again\", \"requestReference\": \"again\"}")
                .when().post(BASE + "/" + running + "/identity-doubt").then().statusCode(409);

        String verified = Cases.openVerified("ACCESS");
        given().header("Authorization", dpo()).contentType(ContentType.JSON)
                .body("{\"reason\": \"x\", \"requestReference\": \"y\"}")
                .when().post(BASE + "/" + verified + "/identity-doubt").then().statusCode(409);
    }

    @Test
    void shouldListAPauseOlderThanFourteenDaysForFollowUp() {
        Instant requested = Instant.now().minus(15, ChronoUnit.DAYS);
        String old = Cases.open(Cases.body("ACCESS", "PENDING").replace("\"details\"",
                "\"identityDoubt\": {\"reason\": \"no identity code given\", \"requestReference\": \"letter\", "
                        + "\"informationRequestedAt\": \"" + requested + "\"}, \"details\""));
        String fresh = Cases.open(Cases.body("ACCESS", "PENDING").replace("\"details\"",
                "\"identityDoubt\": {\"reason\": \"no identity code given\", \"requestReference\": \"letter\"}, \"details\""));
        assertThat(Cases.get(old).getBoolean("followUp")).isTrue();
        assertThat(Cases.get(fresh).getBoolean("followUp")).isFalse();
        assertThat(ids("followUp=true")).contains(old).doesNotContain(fresh);
        given().header("Authorization", dpo()).when().get(BASE + "/" + fresh).then().body("pause.reason", notNullValue());
    }

    private static List<String> ids(String query) {
        return given().header("Authorization", dpo()).when().get(BASE + "?size=500&" + query).then().statusCode(200)
                .extract().jsonPath().getList("id", String.class);
    }
}
