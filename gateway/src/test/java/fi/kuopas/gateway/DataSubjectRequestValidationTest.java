package fi.kuopas.gateway;

import static fi.kuopas.gateway.support.Cases.BASE;
import static fi.kuopas.gateway.support.Cases.dpo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import fi.kuopas.gateway.support.Cases;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Bad input is a clear 4xx problem+json, never a 500 and never an echo of the identity code. */
@QuarkusTest
class DataSubjectRequestValidationTest {

    private static ValidatableResponse post(String json) {
        return given().header("Authorization", dpo()).contentType(ContentType.JSON).body(json)
                .when().post(BASE).then();
    }

    @Test
    void shouldRejectAnInvalidIdentityCodeWithoutEchoingIt() {
        post("{\"type\": \"ACCESS\", \"subject\": {\"personalIdentityCode\": \"131052-308A\"}}")
                .statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("check character")).body(not(containsString("131052-308A")));
    }

    @Test
    void shouldRejectAnEmptySubject() {
        post("{\"type\": \"ACCESS\", \"subject\": {}}").statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("at least one subject identifier"));
        post("{\"type\": \"ACCESS\", \"subject\": {\"name\": \"Matti Meikäläinen\"}}").statusCode(400);
        post("{\"type\": \"ACCESS\"}").statusCode(400).contentType("application/problem+json");
    }

    @Test
    void shouldRejectAnUnknownOrNumericType() {
        post("{\"type\": \"DELETE_EVERYTHING\", \"subject\": {\"email\": \"a@example.fi\"}}")
                .statusCode(400).contentType("application/problem+json").body("detail", containsString("type"));
        post("{\"type\": 2, \"subject\": {\"email\": \"a@example.fi\"}}").statusCode(400);
        post("{\"subject\": {\"email\": \"a@example.fi\"}}").statusCode(400);
    }

    @Test
    void shouldRejectMalformedJson() {
        post("{\"type\": \"ACCESS\", \"subject\": ").statusCode(400).contentType("application/problem+json")
                .body("title", equalTo("Malformed request body"));
    }

    @Test
    void shouldRejectABadEmailAndAFutureReceiptDate() {
        post("{\"type\": \"ACCESS\", \"subject\": {\"email\": \"not-an-email\"}}").statusCode(400)
                .body("violations[0].field", containsString("email"));
        post("{\"type\": \"ACCESS\", \"subject\": {\"email\": \"a@example.fi\"}, \"receivedAt\": \"2999-01-01T00:00:00Z\"}")
                .statusCode(400);
    }

    @Test
    void shouldRequireCorrectionsForARectification() {
        post("{\"type\": \"RECTIFICATION\", \"subject\": {\"email\": \"a@example.fi\"}}").statusCode(400)
                .body("detail", containsString("correction"));
    }

    @Test
    void shouldAnswer404ForAnUnknownCaseAnd400ForAMalformedId() {
        String unknown = BASE + "/" + UUID.randomUUID();
        for (String path : new String[] {"", "/report", "/erasure-preview"}) {
            given().header("Authorization", dpo()).when().get(unknown + path).then().statusCode(404)
                    .contentType("application/problem+json");
        }
        given().header("Authorization", dpo()).contentType(ContentType.JSON).body("{\"reason\": \"x\"}")
                .when().post(unknown + "/extension").then().statusCode(404);
        given().header("Authorization", dpo()).when().get(BASE + "/not-a-uuid").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void shouldRejectAnUnknownReportLanguage() {
        String id = Cases.openVerified("ACCESS");
        given().header("Authorization", dpo()).queryParam("lang", "de").when().get(BASE + "/" + id + "/report")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void shouldRefuseAVerificationThatVerifiesNothing() {
        String id = Cases.open(Cases.body("ACCESS", "NONE"));
        given().header("Authorization", dpo()).contentType(ContentType.JSON)
                .body("{\"method\": \"PENDING\", \"reference\": \"x\"}")
                .when().post(BASE + "/" + id + "/verification").then().statusCode(400);
    }

    @Test
    void shouldRefuseABirthDateThatContradictsTheIdentityCode() {
        given().header("Authorization", Cases.dpo()).contentType(io.restassured.http.ContentType.JSON)
                .body("""
                        {"type": "ACCESS", "subject": {"personalIdentityCode": "131052-308T", "birthDate": "1975-03-01"},
                         "verification": {"method": "STRONG_ELECTRONIC_IDENTIFICATION", "reference": "tx"}}
                        """)
                .when().post(Cases.BASE).then().statusCode(400).contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString("birthDate contradicts"));
    }
}
