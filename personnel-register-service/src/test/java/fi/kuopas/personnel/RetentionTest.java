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

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The retention rules: a dry run only counts; a real run deletes what is past its period and logs counts. */
@QuarkusTest
class RetentionTest {

    @Test
    void dryRunCountsButDeletesNothingAndARealRunDeletesAndIsLogged() {
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

    @Test
    void retentionRunsAreDryByDefault() {
        dpo().when().post("/api/v1/retention-runs").then().statusCode(200).body("dryRun", equalTo(true));
    }
}
