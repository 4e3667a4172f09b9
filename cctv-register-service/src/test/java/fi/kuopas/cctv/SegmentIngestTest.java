package fi.kuopas.cctv;

import static fi.kuopas.cctv.Fixtures.PROBLEMS;
import static fi.kuopas.cctv.Fixtures.PROBLEM_JSON;
import static fi.kuopas.cctv.Fixtures.ago;
import static fi.kuopas.cctv.Fixtures.camera;
import static fi.kuopas.cctv.Fixtures.officer;
import static fi.kuopas.cctv.Fixtures.row;
import static fi.kuopas.cctv.Fixtures.site;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SegmentIngestTest {

    @Test
    void shouldIngestABatchIdempotentlyOnCameraAndStart() {
        String cam = camera(site());
        Instant t = ago(2, ChronoUnit.HOURS);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            rows.add(row(cam, t.plus(15L * i, ChronoUnit.MINUTES), t.plus(15L * (i + 1), ChronoUnit.MINUTES)));
        }
        rows.add(rows.get(0));
        officer().body(Map.of("segments", rows)).when().post("/api/v1/segments/batches").then().statusCode(200)
                .body("received", equalTo(4)).body("inserted", equalTo(3)).body("duplicates", equalTo(1));
        officer().body(Map.of("segments", rows)).when().post("/api/v1/segments/batches").then().statusCode(200)
                .body("inserted", equalTo(0)).body("duplicates", equalTo(4));
        officer().queryParam("cameraId", cam).queryParam("from", t.toString()).queryParam("to", t.plus(1, ChronoUnit.HOURS).toString())
                .when().get("/api/v1/segments").then().statusCode(200).body("$", hasSize(3))
                .body("[0].expiresAt", equalTo(t.plus(15, ChronoUnit.MINUTES).plus(14, ChronoUnit.DAYS).toString()))
                .body("[0]", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("storageRef")));
    }

    @Test
    void shouldRefuseAWholeBatchWithAnUnknownCamera() {
        String cam = camera(site());
        Instant t = ago(3, ChronoUnit.HOURS);
        String unknown = UUID.randomUUID().toString();
        officer().body(Map.of("segments", List.of(row(cam, t, t.plus(5, ChronoUnit.MINUTES)),
                row(unknown, t, t.plus(5, ChronoUnit.MINUTES))))).when().post("/api/v1/segments/batches")
                .then().statusCode(422).contentType(PROBLEM_JSON).body("type", equalTo(PROBLEMS + "unknown-camera"))
                .body("detail", containsString(unknown));
        org.junit.jupiter.api.Assertions.assertEquals(-1, Fixtures.segmentId(cam, t));
    }

    @Test
    void shouldRefuseReversedAndOverlongSegments() {
        String cam = camera(site());
        Instant t = ago(1, ChronoUnit.DAYS);
        officer().body(Map.of("segments", List.of(row(cam, t, t.minus(1, ChronoUnit.MINUTES)))))
                .when().post("/api/v1/segments/batches").then().statusCode(400).body("detail", containsString("segments[0]"));
        officer().body(Map.of("segments", List.of(row(cam, t, t.plus(25, ChronoUnit.HOURS)))))
                .when().post("/api/v1/segments/batches").then().statusCode(400).body("detail", containsString("24 h"));
        officer().body(Map.of("segments", List.of())).when().post("/api/v1/segments/batches").then().statusCode(400);
        officer().body(Map.of("segments", List.of(Map.of("cameraId", cam, "from", "eilen", "to", t.toString(), "storageRef", "x"))))
                .when().post("/api/v1/segments/batches").then().statusCode(400).contentType(PROBLEM_JSON);
    }

    @Test
    void shouldRefuseSearchWindowsThatAreReversedOrLongerThanADay() {
        String cam = camera(site());
        Instant t = ago(1, ChronoUnit.DAYS);
        officer().queryParam("cameraId", cam).queryParam("from", t.toString()).queryParam("to", t.minus(1, ChronoUnit.HOURS).toString())
                .when().get("/api/v1/segments").then().statusCode(400).contentType(PROBLEM_JSON);
        officer().queryParam("cameraId", cam).queryParam("from", t.toString()).queryParam("to", t.plus(25, ChronoUnit.HOURS).toString())
                .when().get("/api/v1/segments").then().statusCode(400).body("detail", containsString("24 h"));
        officer().queryParam("cameraId", UUID.randomUUID().toString()).queryParam("from", t.toString())
                .queryParam("to", t.plus(1, ChronoUnit.HOURS).toString())
                .when().get("/api/v1/segments").then().statusCode(404);
    }
}
