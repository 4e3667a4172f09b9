package fi.kuopas.testsupport;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;

/**
 * Authenticated callers and the media types every service test needs. Each service's test
 * {@code Fixtures} extends this class and adds its own staff roles, so {@code Fixtures.dpo()}
 * and {@code Fixtures.as(...)} mean the same thing in every module.
 */
public class Callers {

    public static final String JSON_UTF8 = "application/json; charset=UTF-8";
    public static final String PROBLEM_JSON = "application/problem+json";
    /** The base of every problem type URI the suite answers with. */
    public static final String PROBLEMS = "https://kuopas.fi/problems/";

    protected Callers() {
    }

    /** A JSON request with a real signed access token of {@code user} holding {@code roles}. */
    public static RequestSpecification as(String user, String... roles) {
        return given().header("Authorization", Tokens.bearer(user, roles)).contentType(JSON_UTF8);
    }

    /** The data protection officer. */
    public static RequestSpecification dpo() {
        return as("tiina", "dpo");
    }

    /** The gateway's service account without a case grant (enough only for the register description). */
    public static RequestSpecification gateway() {
        return as("dsr-gateway", "dsr-gateway");
    }
}
