package fi.kuopas.gateway.support;

import org.awaitility.core.ConditionTimeoutException;
import org.awaitility.Awaitility;
import static io.restassured.RestAssured.given;

import fi.kuopas.testsupport.Tokens;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;

/** Opening cases and waiting for them, as the DPO does through the public API. */
public final class Cases {

    public static final String BASE = "/api/v1/data-subject-requests";

    private Cases() {
    }

    public static String dpo() {
        return Tokens.bearer("tiina.tietosuoja", "dpo");
    }

    /** Another DPO: the second pair of eyes an erasure needs. */
    public static String secondDpo() {
        return Tokens.bearer("toinen.tietosuoja", "dpo");
    }

    public static String body(String type, String verification) {
        return """
                {"type": "%s",
                 "subject": {"personalIdentityCode": "131052-308T", "email": "demo.subject@example.fi",
                             "name": "Matti Meikäläinen", "birthDate": "1952-10-13"},
                 "verification": {"method": "%s", "reference": "suomi.fi tx 1"},
                 "details": "Haluan nähdä tietoni."}
                """.formatted(type, verification);
    }

    /** An unverified request with the recorded doubt and request for information that stop the clock (Art 12(6)). */
    public static String doubtful(String type) {
        return body(type, "PENDING").replace("\"details\"",
                "\"identityDoubt\": {\"reason\": \"no identity code given\", \"requestReference\": \"letter 1\"}, \"details\"");
    }

    /** Opens a case and returns its id. */
    public static String open(String json) {
        return given().header("Authorization", dpo()).contentType(ContentType.JSON).body(json)
                .when().post(BASE).then().statusCode(201).extract().path("id");
    }

    public static String openVerified(String type) {
        return open(body(type, "STRONG_ELECTRONIC_IDENTIFICATION"));
    }

    public static JsonPath get(String id) {
        return given().header("Authorization", dpo()).when().get(BASE + "/" + id).then().statusCode(200).extract().jsonPath();
    }

    /** Polls until the case reaches the status, at most the given time. */
    public static JsonPath awaitStatus(String id, String status, Duration atMost) {
        try {
            return Awaitility.await("case reaches " + status).atMost(atMost).pollDelay(Duration.ZERO)
                    .pollInterval(Duration.ofMillis(100)).pollInSameThread()
                    .until(() -> get(id), c -> status.equals(c.getString("status")));
        } catch (ConditionTimeoutException e) {
            JsonPath current = get(id);
            throw new AssertionError("case did not reach " + status + " in " + atMost + "; it is "
                    + current.getString("status") + ", registers " + current.getList("registers"), e);
        }
    }

    public static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
