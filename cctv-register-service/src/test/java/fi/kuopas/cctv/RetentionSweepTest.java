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

import fi.kuopas.testsupport.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class RetentionSweepTest {

    private static void sweep() {
        officer().queryParam("dryRun", false).when().post("/api/v1/retention/sweeps").then().statusCode(200)
                .body("dryRun", equalTo(false));
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
