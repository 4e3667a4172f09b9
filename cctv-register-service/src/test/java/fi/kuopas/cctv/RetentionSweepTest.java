package fi.kuopas.cctv;

import static fi.kuopas.cctv.Fixtures.ago;
import static fi.kuopas.cctv.Fixtures.camera;
import static fi.kuopas.cctv.Fixtures.exists;
import static fi.kuopas.cctv.Fixtures.officer;
import static fi.kuopas.cctv.Fixtures.placeHold;
import static fi.kuopas.cctv.Fixtures.segment;
import static fi.kuopas.cctv.Fixtures.site;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import fi.kuopas.cctv.recorder.FakeVideoRecorder;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RetentionSweepTest {

    private static void sweep() {
        officer().queryParam("dryRun", false).when().post("/api/v1/retention/sweeps").then().statusCode(200)
                .body("dryRun", equalTo(false));
    }

    @Inject
    FakeVideoRecorder recorder;

    /** Ingests one segment whose video is in the given recorder. */
    private static long segmentIn(String recorderName, String cameraId, Instant from, Instant to) {
        officer().body(Map.of("segments", List.of(Map.of("cameraId", cameraId, "from", from.toString(), "to", to.toString(),
                "storageRef", recorderName + "/" + cameraId + "/" + from.toEpochMilli() + ".mkv"))))
                .when().post("/api/v1/segments/batches").then().statusCode(200).body("inserted", equalTo(1));
        return Fixtures.segmentId(cameraId, from);
    }

    private static List<Long> videoDeletions(String status) {
        var request = Fixtures.dpo().queryParam("size", 500);
        if (status != null) {
            request = request.queryParam("status", status);
        }
        return request.when().get("/api/v1/retention/video-deletions").then().statusCode(200).contentType(Fixtures.JSON_UTF8)
                .extract().jsonPath().getList("segmentId", Long.class);
    }

    @Test
    void shouldAskTheRecorderToDeleteTheVideoAndRetryWhatItDidNotConfirm() {
        String cam = camera(site(), 1);
        Instant t = ago(5, ChronoUnit.DAYS);
        String down = "nvr-down-" + UUID.randomUUID().toString().substring(0, 8);
        long lost = segmentIn(down, cam, t, t.plus(10, ChronoUnit.MINUTES));
        long ok = segmentIn("nvr-test", cam, t.plus(1, ChronoUnit.HOURS), t.plus(70, ChronoUnit.MINUTES));
        recorder.takeOffline(down);
        try {
            JsonPath first = officer().queryParam("dryRun", false).when().post("/api/v1/retention/sweeps").then().statusCode(200)
                    .body("videoDeletionsUnconfirmed", greaterThanOrEqualTo(1))
                    .body("videoDeletionsConfirmed", greaterThanOrEqualTo(1))
                    .extract().jsonPath();
            assertThat(first.getList("unconfirmedVideoDeletions.segmentId", Long.class)).contains(lost).doesNotContain(ok);
            assertThat(first.getString("unconfirmedVideoDeletions.find { it.segmentId == " + lost + " }.detail"))
                    .contains("did not answer");
            assertThat(first.getString("unconfirmedVideoDeletions.find { it.segmentId == " + lost + " }.reason")).isEqualTo("RETENTION");
            assertThat(first.getInt("unconfirmedVideoDeletions.find { it.segmentId == " + lost + " }.attempts")).isEqualTo(1);
            assertThat(exists(lost)).as("the segment's metadata is deleted on time").isFalse();
            assertThat(exists(ok)).isFalse();

            // Reported to the security officer and the DPO until the recorder confirms; no storage reference is given out.
            assertThat(videoDeletions(null)).contains(lost).doesNotContain(ok);
            officer().when().get("/api/v1/retention/video-deletions").then().statusCode(200)
                    .body("find { it.segmentId == " + lost + " }.status", equalTo("UNCONFIRMED"))
                    .body("find { it.segmentId == " + lost + " }.reason", equalTo("RETENTION"))
                    .body("find { it.segmentId == " + lost + " }.attempts", equalTo(1))
                    .body("find { it.segmentId == " + lost + " }.cameraId", equalTo(cam))
                    .body("find { it.segmentId == " + lost + " }.confirmedAt", nullValue())
                    .body("find { it.segmentId == " + lost + " }", not(hasKey("storageRef")));
            assertThat(videoDeletions("CONFIRMED")).contains(ok);

            recorder.bringOnline(down);
            officer().queryParam("dryRun", false).when().post("/api/v1/retention/sweeps").then().statusCode(200)
                    .body("videoDeletionsRetried", greaterThanOrEqualTo(1))
                    .body("unconfirmedVideoDeletions.segmentId", not(hasItem((int) lost)));
            assertThat(videoDeletions(null)).doesNotContain(lost);
            assertThat(videoDeletions("CONFIRMED")).contains(lost, ok);
            Fixtures.dpo().queryParam("status", "CONFIRMED").queryParam("size", 500).when().get("/api/v1/retention/video-deletions")
                    .then().statusCode(200)
                    .body("find { it.segmentId == " + lost + " }.attempts", equalTo(2))
                    .body("find { it.segmentId == " + lost + " }.confirmedAt", notNullValue());
            Fixtures.dpo().when().get("/api/v1/retention/sweeps").then().statusCode(200)
                    .body("[0].videoDeletionsRetried", greaterThanOrEqualTo(1))
                    .body("[1].videoDeletionsUnconfirmed", greaterThanOrEqualTo(1));
        } finally {
            recorder.bringOnline(down);
        }
    }

    @Test
    void shouldReportOutstandingVideoDeletionsOnADryRunWithoutCallingTheRecorder() {
        String cam = camera(site(), 1);
        Instant t = ago(6, ChronoUnit.DAYS);
        String down = "nvr-down-" + UUID.randomUUID().toString().substring(0, 8);
        long lost = segmentIn(down, cam, t, t.plus(10, ChronoUnit.MINUTES));
        recorder.takeOffline(down);
        try {
            sweep();
            long before = recorder.deletedCount();
            officer().when().post("/api/v1/retention/sweeps").then().statusCode(200).body("dryRun", equalTo(true))
                    .body("videoDeletionsRetried", greaterThanOrEqualTo(1)).body("videoDeletionsConfirmed", equalTo(0));
            assertThat(recorder.deletedCount()).isEqualTo(before);
            assertThat(videoDeletions("UNCONFIRMED")).contains(lost);
        } finally {
            recorder.bringOnline(down);
        }
    }

    @Test
    void shouldKeepAHeldSegmentPastExpiryAndDeleteItAfterRelease() {
        String cam = camera(site(), 1);
        Instant incident = ago(10, ChronoUnit.DAYS);
        long held = segment(cam, incident, incident.plus(15, ChronoUnit.MINUTES));
        long unheld = segment(cam, incident.plus(2, ChronoUnit.HOURS), incident.plus(135, ChronoUnit.MINUTES));
        String holdId = placeHold(cam, incident.minus(5, ChronoUnit.MINUTES), incident.plus(30, ChronoUnit.MINUTES));

        sweep();
        assertThat(exists(held)).as("held segment past its expiry").isTrue();
        assertThat(exists(unheld)).as("expired segment outside the hold").isFalse();

        officer().body(Map.of("reason", "Vahinkoasia käsitelty", "version", 0))
                .when().post("/api/v1/legal-holds/" + holdId + "/release").then().statusCode(200)
                .body("active", equalTo(false)).body("releasedBy", equalTo("teemu"));
        sweep();
        assertThat(exists(held)).as("released hold no longer keeps the segment").isFalse();
    }

    @Test
    void shouldOnlyCountOnADryRunAndLogTheRun() {
        String cam = camera(site(), 1);
        Instant t = ago(5, ChronoUnit.DAYS);
        long expired = segment(cam, t, t.plus(10, ChronoUnit.MINUTES));
        long fresh = segment(cam, ago(1, ChronoUnit.HOURS), ago(50, ChronoUnit.MINUTES));
        officer().when().post("/api/v1/retention/sweeps").then().statusCode(200)
                .body("dryRun", equalTo(true)).body("expired", greaterThanOrEqualTo(1)).body("deleted", greaterThanOrEqualTo(1));
        assertThat(exists(expired)).isTrue();
        sweep();
        assertThat(exists(expired)).isFalse();
        assertThat(exists(fresh)).isTrue();
        Fixtures.dpo().when().get("/api/v1/retention/sweeps").then().statusCode(200)
                .body("size()", greaterThanOrEqualTo(2)).body("[0].dryRun", equalTo(false));
    }

    @Test
    void shouldIgnoreAHoldOnAnotherCameraOrTimeRange() {
        String site = site();
        String cam = camera(site, 1);
        String other = camera(site, 1);
        Instant t = ago(4, ChronoUnit.DAYS);
        long segment = segment(cam, t, t.plus(10, ChronoUnit.MINUTES));
        placeHold(other, t.minus(1, ChronoUnit.HOURS), t.plus(1, ChronoUnit.HOURS));
        placeHold(cam, t.plus(1, ChronoUnit.HOURS), t.plus(2, ChronoUnit.HOURS));
        sweep();
        assertThat(exists(segment)).isFalse();
    }

    @Test
    void shouldKeepCandidatesOfAnOpenFootageRequestUntilItIsReviewed() {
        String site = site();
        String cam = camera(site, 1);
        Instant t = ago(3, ChronoUnit.DAYS);
        long shown = segment(cam, t, t.plus(10, ChronoUnit.MINUTES));
        long notShown = segment(cam, t.plus(20, ChronoUnit.MINUTES), t.plus(30, ChronoUnit.MINUTES));
        String id = officer().body(FootageRequestTest.request(site, t, t.plus(1, ChronoUnit.HOURS), Fixtures.randomEmail()))
                .when().post("/api/v1/footage-requests").then().statusCode(201).extract().path("id");
        sweep();
        assertThat(exists(shown)).isTrue();
        assertThat(exists(notShown)).isTrue();
        officer().body(Map.of("segmentIds", java.util.List.of(shown), "version", 0))
                .when().post("/api/v1/footage-requests/" + id + "/review").then().statusCode(200);
        sweep();
        assertThat(exists(shown)).as("awaits release").isTrue();
        assertThat(exists(notShown)).as("not the subject's").isFalse();
    }
}
