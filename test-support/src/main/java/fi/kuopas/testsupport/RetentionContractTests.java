package fi.kuopas.testsupport;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.path.json.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * What every register's retention must do through the kit's one path {@code /api/v1/retention/runs}:
 * roles, problem+json for bad bodies, a dry run that only counts, a real run that deletes what has
 * expired and records per-rule counts (affected and held) in the order the rules ran, and the
 * deprecated query form {@code ?dryRun=} that answers 200. A register's test extends this in a
 * @QuarkusTest and says how to make one expired record and how to see whether it is still there;
 * a register whose rules run in a fixed order names it, and one that holds records says how to make
 * one that is held.
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

    /** The register's rules in the order they run, when it fixes one; empty: name order. */
    protected List<String> rulesInOrder() {
        return List.of();
    }

    /** A rule that keeps some expired records on hold (a legal hold, an open debt, a restriction); null: none. */
    protected String holdingRule() {
        return null;
    }

    /** Makes one expired record that {@link #holdingRule()} keeps on hold and answers what identifies it. */
    protected String createHeld() {
        throw new UnsupportedOperationException("a register with a holding rule makes a held record");
    }

    @Test
    void shouldAnswer401WithoutATokenAnd403ToAnotherRole() {
        given().contentType(Callers.JSON_UTF8).body("{\"dryRun\":true}").when().post(RUNS).then().statusCode(401);
        given().when().get(RUNS).then().statusCode(401);
        Callers.as("someone", wrongRole()).body("{\"dryRun\":true}").when().post(RUNS).then().statusCode(403);
        Callers.as("someone", wrongRole()).when().get(RUNS).then().statusCode(403);
        Callers.as("admin", registerRole()).when().get(RUNS).then().statusCode(200);
    }

    @Test
    void shouldLetTheGatewayReadTheRunLogButNotStartARun() {
        Callers.gateway().queryParam("size", 1).when().get(RUNS).then().statusCode(200);
        Callers.gateway().body("{\"dryRun\":true}").when().post(RUNS).then().statusCode(403);
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

    @Test
    void shouldRecordItemsInTheOrderTheRulesRanWithTheirHeldCounts() {
        JsonPath run = Callers.dpo().body("{\"dryRun\":true}").when().post(RUNS).then().statusCode(201)
                .extract().jsonPath();
        List<String> rules = run.getList("items.rule");
        if (rulesInOrder().isEmpty()) {
            assertThat(rules).isSorted();
        } else {
            assertThat(rules).containsExactlyElementsOf(rulesInOrder());
        }
        List<Integer> held = run.getList("items.held", Integer.class);
        assertThat(held).hasSameSizeAs(rules).allSatisfy(h -> assertThat(h).isNotNegative());
        assertThat(run.getInt("held")).isEqualTo(held.stream().mapToInt(Integer::intValue).sum());

        JsonPath stored = Callers.dpo().when().get(RUNS + "/" + run.getString("id")).then().statusCode(200)
                .extract().jsonPath();
        assertThat(stored.getList("items.rule")).containsExactlyElementsOf(rules);
        assertThat(stored.getList("items.held", Integer.class)).containsExactlyElementsOf(held);
    }

    @Test
    void shouldCountWhatARuleHoldsAndKeepIt() {
        Assumptions.assumeTrue(holdingRule() != null, "this register holds nothing");
        String record = createHeld();
        JsonPath run = Callers.dpo().body("{\"dryRun\":false}").when().post(RUNS).then().statusCode(201)
                .extract().jsonPath();
        assertThat(run.getInt("items.find { it.rule == '" + holdingRule() + "' }.held")).isPositive();
        assertThat(run.getInt("held")).isPositive();
        assertThat(exists(record)).as("a held record stays").isTrue();
    }

    @Test
    void shouldStillAcceptTheDeprecatedQueryFormWith200AndLetABodyWin() {
        String record = createExpired();
        Callers.dpo().queryParam("dryRun", "true").when().post(RUNS).then().statusCode(200)
                .header("Location", containsString(RUNS + "/"));
        assertThat(exists(record)).as("?dryRun=true deletes nothing").isTrue();
        Callers.dpo().queryParam("dryRun", "maybe").when().post(RUNS).then().statusCode(400)
                .contentType(startsWith(Callers.PROBLEM_JSON));
        Callers.dpo().queryParam("dryRun", "false").body("{\"dryRun\":true}").when().post(RUNS).then().statusCode(201)
                .body("dryRun", equalTo(true));
        assertThat(exists(record)).as("the body's dry run wins over ?dryRun=false").isTrue();
        given().queryParam("dryRun", "true").when().post(RUNS).then().statusCode(401);
        Callers.as("someone", wrongRole()).queryParam("dryRun", "true").when().post(RUNS).then().statusCode(403);
    }
}
