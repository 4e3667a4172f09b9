package fi.kuopas.cctv;

import static fi.kuopas.cctv.Fixtures.PROBLEMS;
import static fi.kuopas.cctv.Fixtures.PROBLEM_JSON;
import static fi.kuopas.cctv.Fixtures.ago;
import static fi.kuopas.cctv.Fixtures.camera;
import static fi.kuopas.cctv.Fixtures.hold;
import static fi.kuopas.cctv.Fixtures.officer;
import static fi.kuopas.cctv.Fixtures.segment;
import static fi.kuopas.cctv.Fixtures.site;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class HoldViewDisclosureTest {

    @Test
    void shouldLogEveryViewWithWhoWhenAndWhy() {
        String cam = camera(site());
        Instant t = ago(3, ChronoUnit.HOURS);
        long id = segment(cam, t, t.plus(15, ChronoUnit.MINUTES));
        officer().body(Map.of("reason", "Ilkivalta A-portaassa yöllä")).when().post("/api/v1/segments/" + id + "/views")
                .then().statusCode(200).body("storageRef", startsWith("nvr-test/")).body("segment.id", equalTo((int) id));
        Fixtures.dpo().queryParam("segmentId", id).when().get("/api/v1/views").then().statusCode(200)
                .body("$", hasSize(1)).body("[0].viewedBy", equalTo("teemu"))
                .body("[0].reason", equalTo("Ilkivalta A-portaassa yöllä")).body("[0].viewerRoles", equalTo("security-officer"));
    }

    @Test
    void shouldRefuseAViewWithoutAReason() {
        String cam = camera(site());
        Instant t = ago(4, ChronoUnit.HOURS);
        long id = segment(cam, t, t.plus(15, ChronoUnit.MINUTES));
        officer().body(Map.of("reason", "  ")).when().post("/api/v1/segments/" + id + "/views").then().statusCode(400)
                .contentType(PROBLEM_JSON).body("violations.field", hasItems("reason"));
        officer().body(Map.of()).when().post("/api/v1/segments/" + id + "/views").then().statusCode(400);
        officer().body(Map.of("reason", "tarkistus")).when().post("/api/v1/segments/999999999/views").then().statusCode(404)
                .contentType(PROBLEM_JSON);
        Fixtures.dpo().queryParam("segmentId", id).when().get("/api/v1/views").then().statusCode(200).body("$", hasSize(0));
    }

    @Test
    void shouldRefuseHoldsWithoutAReasonOrWithBadWindowsOrCameras() {
        String cam = camera(site());
        Instant t = ago(2, ChronoUnit.DAYS);
        Map<String, Object> body = hold(cam, t, t.plus(1, ChronoUnit.HOURS), " ");
        officer().body(body).when().post("/api/v1/legal-holds").then().statusCode(400).contentType(PROBLEM_JSON)
                .body("violations.field", hasItems("reason"));
        body = hold(cam, t, t.minus(1, ChronoUnit.HOURS), "Murto");
        officer().body(body).when().post("/api/v1/legal-holds").then().statusCode(400).body("detail", containsString("after"));
        body = hold(UUID.randomUUID().toString(), t, t.plus(1, ChronoUnit.HOURS), "Murto");
        officer().body(body).when().post("/api/v1/legal-holds").then().statusCode(422)
                .body("type", equalTo(PROBLEMS + "unknown-camera"));
        body = hold(cam, t, t.plus(1, ChronoUnit.HOURS), "Poliisin pyyntö");
        body.put("kind", "POLICE_REQUEST");
        officer().body(body).when().post("/api/v1/legal-holds").then().statusCode(400)
                .body("detail", containsString("police case number"));
        body.put("policeCaseNumber", "5500/R/12345/26");
        officer().body(body).when().post("/api/v1/legal-holds").then().statusCode(201).body("active", equalTo(true))
                .body("owner", equalTo("Turvallisuuspäällikkö Teemu Turva"));
    }

    @Test
    void shouldRefuseASecondReleaseAndAStaleOne() {
        String cam = camera(site());
        Instant t = ago(2, ChronoUnit.DAYS);
        String id = Fixtures.placeHold(cam, t, t.plus(1, ChronoUnit.HOURS));
        officer().body(Map.of("reason", "x", "version", 5)).when().post("/api/v1/legal-holds/" + id + "/release")
                .then().statusCode(409).body("type", equalTo(PROBLEMS + "stale-version"));
        officer().body(Map.of("reason", "Asia selvitetty", "version", 0)).when().post("/api/v1/legal-holds/" + id + "/release")
                .then().statusCode(200);
        officer().body(Map.of("reason", "Asia selvitetty", "version", 1)).when().post("/api/v1/legal-holds/" + id + "/release")
                .then().statusCode(409);
    }

    @Test
    void shouldLogADisclosureToThePoliceWithTheCaseNumber() {
        String cam = camera(site());
        Instant t = ago(6, ChronoUnit.HOURS);
        long id = segment(cam, t, t.plus(15, ChronoUnit.MINUTES));
        Map<String, Object> body = new java.util.HashMap<>(Map.of("recipientType", "POLICE", "recipient", "Itä-Suomen poliisilaitos",
                "basis", "Esitutkintalaki 805/2011; GDPR 6(1)(c)", "segmentIds", List.of(id)));
        officer().body(body).when().post("/api/v1/disclosures").then().statusCode(400)
                .body("detail", containsString("police case number"));
        body.put("policeCaseNumber", "5500/R/12345/26");
        String disclosure = officer().body(body).when().post("/api/v1/disclosures").then().statusCode(201)
                .body("disclosedBy", equalTo("teemu")).body("segments[0].segmentId", equalTo((int) id))
                .extract().path("id");
        Fixtures.dpo().when().get("/api/v1/disclosures/" + disclosure).then().statusCode(200)
                .body("policeCaseNumber", equalTo("5500/R/12345/26"));
        body.put("segmentIds", List.of(999999999L));
        officer().body(body).when().post("/api/v1/disclosures").then().statusCode(422)
                .body("type", equalTo(PROBLEMS + "unknown-segment"));
    }
}
