package fi.kuopas.gateway;

import static fi.kuopas.gateway.support.Cases.BASE;
import static io.restassured.RestAssured.given;

import fi.kuopas.gateway.support.Cases;
import fi.kuopas.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Every case endpoint: 401 without a token, 403 for any role but dpo, allowed for the dpo. */
@QuarkusTest
class DataSubjectRequestSecurityTest {

    private record Call(String name, Function<RequestSpecification, io.restassured.response.Response> send) {
    }

    private static List<Call> calls(String id) {
        String item = BASE + "/" + id;
        return List.of(
                new Call("open", r -> r.contentType(ContentType.JSON).body(Cases.body("ACCESS", "NONE")).post(BASE)),
                new Call("list", r -> r.get(BASE)),
                new Call("get", r -> r.get(item)),
                new Call("report", r -> r.get(item + "/report")),
                new Call("report page (old address)", r -> r.accept("text/html").redirects().follow(false).get(item + "/report")),
                new Call("report document", r -> r.accept("text/html").get(item + "/report/document")),
                new Call("erasure preview", r -> r.get(item + "/erasure-preview")),
                new Call("erasure execution", r -> r.post(item + "/erasure-execution")),
                new Call("erasure approval", r -> r.post(item + "/erasure-approval")),
                new Call("answer", r -> r.contentType(ContentType.JSON)
                        .body("{\"channel\": \"EMAIL\", \"reference\": \"x\"}").post(item + "/answer")),
                new Call("refusal", r -> r.contentType(ContentType.JSON)
                        .body("{\"ground\": \"EXCESSIVE\", \"reason\": \"x\"}").post(item + "/refusal")),
                new Call("identity doubt", r -> r.contentType(ContentType.JSON)
                        .body("{\"reason\": \"x\", \"requestReference\": \"y\"}").post(item + "/identity-doubt")),
                new Call("lift notice", r -> r.contentType(ContentType.JSON)
                        .body("{\"channel\": \"LETTER\", \"reference\": \"x\"}").post(item + "/lift-notice")),
                new Call("recipient notification", r -> r.contentType(ContentType.JSON)
                        .body("{\"status\": \"SENT\", \"reference\": \"x\"}")
                        .post(item + "/recipient-notifications/" + java.util.UUID.randomUUID())),
                new Call("portability package", r -> r.get(item + "/portability-package")),
                new Call("match confirmation", r -> r.contentType(ContentType.JSON)
                        .body("{\"method\": \"ONE_TIME_CODE\", \"reference\": \"x\"}")
                        .post(item + "/possible-matches/" + java.util.UUID.randomUUID() + "/confirmation")),
                new Call("match dismissal", r -> r.contentType(ContentType.JSON).body("{\"reason\": \"x\"}")
                        .post(item + "/possible-matches/" + java.util.UUID.randomUUID() + "/dismissal")),
                new Call("verification", r -> r.contentType(ContentType.JSON)
                        .body("{\"method\": \"STRONG_ELECTRONIC_IDENTIFICATION\", \"reference\": \"x\"}").post(item + "/verification")),
                new Call("extension", r -> r.contentType(ContentType.JSON).body("{\"reason\": \"x\"}").post(item + "/extension")),
                new Call("cancellation", r -> r.contentType(ContentType.JSON).body("{\"reason\": \"x\"}").post(item + "/cancellation")));
    }

    @Test
    void shouldRefuseEveryCaseEndpointWithoutAToken() {
        String id = Cases.open(Cases.body("ACCESS", "NONE"));
        for (Call call : calls(id)) {
            call.send().apply(given()).then().statusCode(401).contentType("application/problem+json");
        }
    }

    @Test
    void shouldRefuseEveryCaseEndpointToOtherRoles() {
        String id = Cases.open(Cases.body("ACCESS", "NONE"));
        String token = Tokens.bearer("asta", "customer-service", "hr", "security-officer", "dsr-gateway");
        for (Call call : calls(id)) {
            call.send().apply(given().header("Authorization", token)).then().statusCode(403)
                    .contentType("application/problem+json");
        }
    }

    @Test
    void shouldLetTheDpoReachEveryCaseEndpoint() {
        String id = Cases.open(Cases.body("ERASURE", "NONE"));
        for (Call call : calls(id)) {
            int status = call.send().apply(given().header("Authorization", Cases.dpo())).statusCode();
            if (status == 401 || status == 403 || status >= 500) {
                throw new AssertionError(call.name() + " answered " + status + " to the dpo");
            }
        }
    }
}
