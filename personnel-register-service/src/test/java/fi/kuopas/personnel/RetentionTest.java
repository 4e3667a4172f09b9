package fi.kuopas.personnel;

import static fi.kuopas.personnel.Fixtures.addContract;
import static fi.kuopas.personnel.Fixtures.apply;
import static fi.kuopas.personnel.Fixtures.createEmployee;
import static fi.kuopas.personnel.Fixtures.dpo;
import static fi.kuopas.personnel.Fixtures.hr;
import static fi.kuopas.personnel.Fixtures.openPosting;
import static fi.kuopas.personnel.Fixtures.randomEmail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import fi.kuopas.personnel.domain.JobPosting;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The retention rules: a dry run only counts; a real run deletes what is past its period and logs counts. */
@QuarkusTest
class RetentionTest {

    @Test
    void shouldCountButDeleteNothingOnADryRunAndDeleteAndLogOnARealRun() {
        String longGone = createEmployee();
        addContract(longGone, "2001-01-01", "2012-12-31");
        String recentlyLeft = createEmployee();
        addContract(recentlyLeft, "2015-01-01", "2025-06-30");
        String[] rejected = apply(openPosting(false), randomEmail());
        hr().body(Map.of("version", 0, "outcome", "NOT_SELECTED", "notifiedAt", Instant.now().toString()))
                .when().put("/api/v1/applications/" + rejected[0] + "/decision").then().statusCode(200);
        PersonnelDsrTest.backdate(rejected[0], PersonnelDsrTest.yearsAgo(1));
        String[] fresh = apply(openPosting(false), randomEmail());

        JsonPath dry = dpo().queryParam("dryRun", true).when().post("/api/v1/retention-runs").then().statusCode(200)
                .body("dryRun", equalTo(true)).extract().jsonPath();
        assertThat(dry.getInt("items.find { it.rule == 'core-employment-data' }.affected")).isPositive();
        assertThat(dry.getInt("items.find { it.rule == 'non-selected-applicants' }.affected")).isPositive();
        hr().when().get("/api/v1/employees/" + longGone).then().statusCode(200);
        hr().when().get("/api/v1/applications/" + rejected[0]).then().statusCode(200);

        dpo().queryParam("dryRun", false).when().post("/api/v1/retention-runs").then().statusCode(200)
                .body("dryRun", equalTo(false));
        hr().when().get("/api/v1/employees/" + longGone).then().statusCode(404);
        hr().when().get("/api/v1/applications/" + rejected[0]).then().statusCode(404);
        hr().when().get("/api/v1/employees/" + recentlyLeft).then().statusCode(200);
        hr().when().get("/api/v1/applications/" + fresh[0]).then().statusCode(200);

        dpo().when().get("/api/v1/retention-runs").then().statusCode(200)
                .body("[0].dryRun", equalTo(false)).body("[0].triggeredBy", equalTo("tiina"))
                .body("[0].items.size()", equalTo(4));
    }

    /**
     * GDPR Art 5(1)(e): an applicant's retention always ends. A non-selected application with no
     * recorded notification, and a pending one of a posting that closed, run from the posting's
     * close date; a pending one of an open posting is kept.
     */
    @Test
    void shouldDeleteApplicationsWithoutANotifiedDecisionOnceTheirPostingClosedLongEnoughAgo() {
        String closedEarly = openPosting(false);
        String[] undecided = apply(closedEarly, randomEmail());
        String[] rejectedSilently = apply(closedEarly, randomEmail());
        hr().body(Map.of("version", 0, "outcome", "NOT_SELECTED"))
                .when().put("/api/v1/applications/" + rejectedSilently[0] + "/decision").then().statusCode(200)
                .body("notifiedAt", org.hamcrest.Matchers.nullValue());
        long version = hr().when().get("/api/v1/job-postings/" + closedEarly).then().extract().<Integer>path("version");
        hr().body(Map.of("version", version)).when().post("/api/v1/job-postings/" + closedEarly + "/closure")
                .then().statusCode(200).body("closedAt", org.hamcrest.Matchers.notNullValue());
        backdateClosure(closedEarly, PersonnelDsrTest.yearsAgo(2));
        String lapsed = openPosting(false);
        String[] pendingOfLapsed = apply(lapsed, randomEmail());
        backdateLastDay(lapsed, LocalDate.now().minusYears(2));
        String[] pendingOfOpen = apply(openPosting(false), randomEmail());

        JsonPath dry = dpo().queryParam("dryRun", true).when().post("/api/v1/retention-runs").then().statusCode(200)
                .extract().jsonPath();
        assertThat(dry.getInt("items.find { it.rule == 'non-selected-applicants' }.affected")).isGreaterThanOrEqualTo(3);

        dpo().queryParam("dryRun", false).when().post("/api/v1/retention-runs").then().statusCode(200);
        hr().when().get("/api/v1/applications/" + undecided[0]).then().statusCode(404);
        hr().when().get("/api/v1/applications/" + rejectedSilently[0]).then().statusCode(404);
        hr().when().get("/api/v1/applications/" + pendingOfLapsed[0]).then().statusCode(404);
        hr().when().get("/api/v1/applications/" + pendingOfOpen[0]).then().statusCode(200);
    }

    @Test
    void shouldKeepAnUndecidedApplicationOfARecentlyClosedPostingUntilItsPeriodEnds() {
        String posting = openPosting(false);
        String[] undecided = apply(posting, randomEmail());
        long version = hr().when().get("/api/v1/job-postings/" + posting).then().extract().<Integer>path("version");
        hr().body(Map.of("version", version)).when().post("/api/v1/job-postings/" + posting + "/closure")
                .then().statusCode(200);
        dpo().queryParam("dryRun", false).when().post("/api/v1/retention-runs").then().statusCode(200);
        hr().when().get("/api/v1/applications/" + undecided[0]).then().statusCode(200);
    }

    @Test
    void shouldMakeRetentionRunsDryByDefault() {
        dpo().when().post("/api/v1/retention-runs").then().statusCode(200).body("dryRun", equalTo(true));
    }

    private static void backdateClosure(String postingId, Instant closedAt) {
        QuarkusTransaction.requiringNew().run(() -> JobPosting.update("closedAt = ?1 WHERE id = ?2", closedAt,
                UUID.fromString(postingId)));
    }

    private static void backdateLastDay(String postingId, LocalDate lastDay) {
        QuarkusTransaction.requiringNew().run(() -> JobPosting.update("closesOn = ?1 WHERE id = ?2", lastDay,
                UUID.fromString(postingId)));
    }
}
