package fi.kuopas.testsupport;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

/**
 * What every register's retention must do through the kit's one path {@code /api/v1/retention/runs}:
 * roles, problem+json for bad bodies, a dry run that only counts, a real run that deletes what has
 * expired and records per-rule counts. A register's test extends this in a @QuarkusTest and says
 * how to make one expired record and how to see whether it is still there.
 */
public abstract class RetentionContractTests {

    protected static final String RUNS = "/api/v1/retention/runs";

    /** The register's administrator role that may run retention besides the DPO. */
    protected abstract String registerRole();

    /** A staff role of this register that may not run retention. */
    protected abstract String wrongRole();

    /** The rule that deletes what {@link #createExpired()} makes. */
    protected abstract String rule();

    /** Makes one record whose retention period has passed and answers something that identifies it. */
    protected abstract String createExpired();

    /** Whether the record made by {@link #createExpired()} is still stored. */
    protected abstract boolean exists(String record);

    @Test
    void shouldAnswer401WithoutATokenAnd403ToAnotherRole() {
        given().contentType(Callers.JSON_UTF8).body("{\"dryRun\":true}").when().post(RUNS).then().statusCode(401);
        given().when().get(RUNS).then().statusCode(401);
        Callers.as("someone", wrongRole()).body("{\"dryRun\":true}").when().post(RUNS).then().statusCode(403);
        Callers.as("someone", wrongRole()).when().get(RUNS).then().statusCode(403);
        Callers.as("admin", registerRole()).when().get(RUNS).then().statusCode(200);
    }

    @Test
    void shouldRejectABodyWithoutABooleanDryRunAsProblemJson() {
        Callers.dpo().body("{}").when().post(RUNS).then().statusCode(400)
                .contentType(startsWith(Callers.PROBLEM_JSON));
        Callers.dpo().body("{\"dryRun\":\"maybe\"}").when().post(RUNS).then().statusCode(400)
                .contentType(startsWith(Callers.PROBLEM_JSON));
        Callers.dpo().when().get(RUNS + "/not-a-uuid").then().statusCode(400)
                .contentType(startsWith(Callers.PROBLEM_JSON));
        Callers.dpo().when().get(RUNS + "/00000000-0000-0000-0000-000000000000").then().statusCode(404)
                .contentType(startsWith(Callers.PROBLEM_JSON));
    }

    @Test
    void shouldCountInADryRunWithoutDeleting() {
        String record = createExpired();
        JsonPath run = Callers.dpo().body("{\"dryRun\":true}").when().post(RUNS).then().statusCode(201)
                .header("Location", notNullValue()).body("dryRun", equalTo(true)).extract().jsonPath();
        assertThat(run.getInt("items.find { it.rule == '" + rule() + "' }.affected")).isPositive();
        assertThat(exists(record)).as("a dry run deletes nothing").isTrue();
    }

    @Test
    void shouldDeleteWhatExpiredInARealRunAndRecordItsItems() {
        String record = createExpired();
        JsonPath run = Callers.as("admin", registerRole()).body("{\"dryRun\":false}").when().post(RUNS).then()
                .statusCode(201).body("dryRun", equalTo(false)).body("triggeredBy", equalTo("admin"))
                .extract().jsonPath();
        assertThat(run.getInt("items.find { it.rule == '" + rule() + "' }.affected")).isPositive();
        assertThat(exists(record)).as("a real run deletes what expired").isFalse();

        String id = run.getString("id");
        Callers.dpo().when().get(RUNS + "/" + id).then().statusCode(200)
                .body("id", equalTo(id)).body("finishedAt", notNullValue())
                .body("items.find { it.rule == '" + rule() + "' }.legalReference", notNullValue());
        Callers.dpo().queryParam("size", 1).when().get(RUNS).then().statusCode(200)
                .header("X-Total-Count", notNullValue()).body("size()", equalTo(1));
    }
}
