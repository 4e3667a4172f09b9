package fi.kuopas.cctv;

import static fi.kuopas.cctv.Fixtures.ago;
import static fi.kuopas.cctv.Fixtures.camera;
import static fi.kuopas.cctv.Fixtures.placeHold;
import static fi.kuopas.cctv.Fixtures.segment;
import static fi.kuopas.cctv.Fixtures.site;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import fi.kuopas.testsupport.RetentionContractTests;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Retention through the kit's /api/v1/retention/runs: a segment of a one-day camera recorded five
 * days ago has expired; one a legal hold covers is held. The unconfirmed video deletions are retried
 * before the sweep deletes new segments. A run through the kit and one through the deprecated
 * /api/v1/retention/sweeps are the same run.
 */
@QuarkusTest
class CctvRetentionContractTest extends RetentionContractTests {

    @Override
    protected String registerRole() {
        return "security-officer";
    }

    @Override
    protected String wrongRole() {
        return "customer-service";
    }

    @Override
    protected String rule() {
        return "expired-segments";
    }

    /** A ten-minute segment of a one-day camera, recorded at {@code t}. */
    private static String segmentAt(String cam, Instant t) {
        return Long.toString(segment(cam, t, t.plus(10, ChronoUnit.MINUTES)));
    }

    @Override
    protected String createExpired() {
        return segmentAt(camera(site(), 1), ago(5, ChronoUnit.DAYS));
    }

    @Override
    protected boolean exists(String segment) {
        return Fixtures.exists(Long.parseLong(segment));
    }

    @Override
    protected List<String> rulesInOrder() {
        return List.of("video-deletion-retries", "expired-segments");
    }

    @Override
    protected String holdingRule() {
        return "expired-segments";
    }

    @Override
    protected String createHeld() {
        String cam = camera(site(), 1);
        Instant t = ago(6, ChronoUnit.DAYS);
        String held = segmentAt(cam, t);
        placeHold(cam, t.minus(5, ChronoUnit.MINUTES), t.plus(30, ChronoUnit.MINUTES));
        return held;
    }

    @Test
    void shouldListARunOfTheKitAmongTheSweepsWithTheSweepsCountsAndASweepAmongTheKitsRuns() {
        createHeld();
        JsonPath run = Fixtures.officer().body("{\"dryRun\":true}").when().post(RUNS).then().statusCode(201)
                .extract().jsonPath();
        String id = run.getString("id");
        int held = run.getInt("items.find { it.rule == 'expired-segments' }.held");
        JsonPath sweeps = Fixtures.dpo().queryParam("size", 500).when().get("/api/v1/retention/sweeps").then().statusCode(200)
                .body("find { it.id == '" + id + "' }.dryRun", equalTo(true))
                .body("find { it.id == '" + id + "' }.triggeredBy", equalTo("teemu"))
                .extract().jsonPath();
        String sweep = "find { it.id == '" + id + "' }";
        assertThat(sweeps.getLong(sweep + ".held") + sweeps.getLong(sweep + ".keptForRequests")).isEqualTo(held);
        assertThat(sweeps.getLong(sweep + ".held")).isPositive();
        assertThat(sweeps.getLong(sweep + ".expired")).isGreaterThanOrEqualTo(held);
        assertThat(sweeps.getLong(sweep + ".deleted"))
                .isEqualTo(run.getLong("items.find { it.rule == 'expired-segments' }.affected"));
        assertThat(sweeps.getLong(sweep + ".videoDeletionsRetried"))
                .isEqualTo(run.getLong("items.find { it.rule == 'video-deletion-retries' }.affected"));

        String swept = Fixtures.officer().queryParam("dryRun", true).when().post("/api/v1/retention/sweeps").then()
                .statusCode(200).extract().path("id");
        Fixtures.dpo().when().get(RUNS + "/" + swept).then().statusCode(200).body("dryRun", equalTo(true))
                .body("items.rule", equalTo(rulesInOrder()));
    }
}
