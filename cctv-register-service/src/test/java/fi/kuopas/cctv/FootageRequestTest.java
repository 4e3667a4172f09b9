package fi.kuopas.cctv;

import static fi.kuopas.cctv.Fixtures.PROBLEMS;
import static fi.kuopas.cctv.Fixtures.PROBLEM_JSON;
import static fi.kuopas.cctv.Fixtures.ago;
import static fi.kuopas.cctv.Fixtures.camera;
import static fi.kuopas.cctv.Fixtures.officer;
import static fi.kuopas.cctv.Fixtures.randomEmail;
import static fi.kuopas.cctv.Fixtures.segment;
import static fi.kuopas.cctv.Fixtures.site;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class FootageRequestTest {

    static Map<String, Object> request(String siteId, Instant from, Instant to, String email) {
        Map<String, Object> body = new HashMap<>();
        body.put("subject", Map.of("email", email));
        body.put("siteId", siteId);
        body.put("from", from.toString());
        body.put("to", to.toString());
        body.put("placeDescription", "B-portaan ovella, sininen takki");
        return body;
    }

    @Test
    void shouldFindCandidatesByTimeAndPlaceAndLogEveryStepUntilRelease() {
        String site = site();
        String cam1 = camera(site);
        String cam2 = camera(site);
        String elsewhere = camera(site());
        Instant t = ago(5, ChronoUnit.HOURS);
        long a = segment(cam1, t, t.plus(15, ChronoUnit.MINUTES));
        long b = segment(cam2, t.plus(15, ChronoUnit.MINUTES), t.plus(30, ChronoUnit.MINUTES));
        segment(cam1, t.plus(3, ChronoUnit.HOURS), t.plus(195, ChronoUnit.MINUTES));
        segment(elsewhere, t, t.plus(15, ChronoUnit.MINUTES));

        var created = officer().body(request(site, t.minus(10, ChronoUnit.MINUTES), t.plus(1, ChronoUnit.HOURS), randomEmail()))
                .when().post("/api/v1/footage-requests").then().statusCode(201)
                .body("status", equalTo("OPEN")).body("subjectKeyCount", equalTo(1))
                .body("candidates.segmentId", containsInAnyOrder((int) a, (int) b))
                .body("steps.step", contains("RECEIVED")).extract();
        String id = created.path("id");

        officer().body(Map.of("segmentIds", List.of(999L), "version", 0)).when().post("/api/v1/footage-requests/" + id + "/review")
                .then().statusCode(422).body("type", equalTo(PROBLEMS + "not-a-candidate"));
        officer().body(Map.of("segmentIds", List.of(b), "note", "Hakija tunnistettu B-portaan kamerasta", "version", 0))
                .when().post("/api/v1/footage-requests/" + id + "/review").then().statusCode(200)
                .body("status", equalTo("REVIEWED")).body("version", equalTo(1))
                .body("candidates.find { it.segmentId == " + b + " }.showsSubject", equalTo(true))
                .body("candidates.find { it.segmentId == " + a + " }.showsSubject", equalTo(false));
        Fixtures.dpo().queryParam("footageRequestId", id).when().get("/api/v1/views").then().statusCode(200)
                .body("$", hasSize(2)).body("reason", org.hamcrest.Matchers.everyItem(equalTo("Art 15 footage request review")));

        officer().body(Map.of("othersMasked", false, "maskingNote", "ei vielä", "version", 1))
                .when().post("/api/v1/footage-requests/" + id + "/release").then().statusCode(422)
                .body("type", equalTo(PROBLEMS + "others-not-masked"));
        officer().body(Map.of("othersMasked", true, "maskingNote", "Kaksi muuta henkilöä sumennettu", "delivery",
                "Salattu latauslinkki", "version", 1)).when().post("/api/v1/footage-requests/" + id + "/release")
                .then().statusCode(200).body("status", equalTo("RELEASED")).body("othersMasked", equalTo(true))
                .body("steps.step", contains("RECEIVED", "REVIEWED", "MASKED", "RELEASED"))
                .body("steps.actor", org.hamcrest.Matchers.everyItem(equalTo("teemu")));
        Fixtures.dpo().when().get("/api/v1/disclosures").then().statusCode(200)
                .body("find { it.footageRequestId == '" + id + "' }.recipientType", equalTo("DATA_SUBJECT"))
                .body("find { it.footageRequestId == '" + id + "' }.segments.segmentId", contains((int) b));
    }

    @Test
    void shouldCloseARequestWhenNoCandidateShowsTheSubject() {
        String site = site();
        String cam = camera(site);
        Instant t = ago(7, ChronoUnit.HOURS);
        segment(cam, t, t.plus(15, ChronoUnit.MINUTES));
        String id = officer().body(request(site, t, t.plus(1, ChronoUnit.HOURS), randomEmail()))
                .when().post("/api/v1/footage-requests").then().statusCode(201).extract().path("id");
        officer().body(Map.of("segmentIds", List.of(), "version", 0)).when().post("/api/v1/footage-requests/" + id + "/review")
                .then().statusCode(200).body("status", equalTo("NO_FOOTAGE"));
        officer().body(Map.of("othersMasked", true, "maskingNote", "-", "version", 1))
                .when().post("/api/v1/footage-requests/" + id + "/release").then().statusCode(409);
    }

    @Test
    void shouldRefuseReversedOrOverlongWindowsUnknownSitesAndMissingIdentifiers() {
        String site = site();
        Instant t = ago(1, ChronoUnit.DAYS);
        officer().body(request(site, t, t.minus(1, ChronoUnit.HOURS), randomEmail())).when().post("/api/v1/footage-requests")
                .then().statusCode(400).contentType(PROBLEM_JSON).body("detail", containsString("after"));
        officer().body(request(site, t.minus(2, ChronoUnit.DAYS), t, randomEmail())).when().post("/api/v1/footage-requests")
                .then().statusCode(400).body("detail", containsString("24 h"));
        officer().body(request(UUID.randomUUID().toString(), t, t.plus(1, ChronoUnit.HOURS), randomEmail()))
                .when().post("/api/v1/footage-requests").then().statusCode(404);
        Map<String, Object> noSubject = request(site, t, t.plus(1, ChronoUnit.HOURS), randomEmail());
        noSubject.put("subject", Map.of());
        officer().body(noSubject).when().post("/api/v1/footage-requests").then().statusCode(400)
                .body("detail", containsString("at least one subject identifier"));
        Map<String, Object> badCode = request(site, t, t.plus(1, ChronoUnit.HOURS), randomEmail());
        badCode.put("subject", Map.of("personalIdentityCode", "131052-308X"));
        officer().body(badCode).when().post("/api/v1/footage-requests").then().statusCode(400).contentType(PROBLEM_JSON);
    }

    @Test
    void shouldAnswerARepeatedExternalReferenceWithTheFirstRequest() {
        String site = site();
        Instant t = ago(9, ChronoUnit.HOURS);
        String email = randomEmail();
        Map<String, Object> body = request(site, t, t.plus(1, ChronoUnit.HOURS), email);
        body.put("externalReference", "FR-" + UUID.randomUUID());
        String first = officer().body(body).when().post("/api/v1/footage-requests").then().statusCode(201).extract().path("id");
        officer().body(body).when().post("/api/v1/footage-requests").then().statusCode(200).body("id", equalTo(first));
        body.put("subject", Map.of("email", randomEmail()));
        officer().body(body).when().post("/api/v1/footage-requests").then().statusCode(409);
    }
}
