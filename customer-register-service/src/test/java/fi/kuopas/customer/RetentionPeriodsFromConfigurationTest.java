package fi.kuopas.customer;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Changing a retention period in the configuration changes the retention job and the register
 * description together: the notice cannot drift from what is done (GDPR Art 13(2)(a)).
 */
@QuarkusTest
@TestProfile(RetentionPeriodsFromConfigurationTest.LongerRetention.class)
class RetentionPeriodsFromConfigurationTest {

    public static class LongerRetention implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("kuopas.customer.retention.survey-response-years", "5", "kuopas.customer.retention.expired-application-months", "7");
        }
    }

    @Test
    void shouldChangeTheRegisterDescriptionWhenTheRetentionPropertyChanges() {
        given().queryParam("lang", "en").when().get("/api/v1/register-description").then().statusCode(200)
                .body("retention.find { it.category == 'Survey responses' }.period", equalTo("5 years"))
                .body("retention.find { it.category == 'Housing and key applications' }.period",
                        equalTo("The application is valid for 3 months and is deleted 7 months after it expires"));
        given().queryParam("lang", "fi").when().get("/api/v1/register-description").then().statusCode(200)
                .body("retention.find { it.category == 'Kyselyvastaukset' }.period", equalTo("5 vuotta"));
        given().queryParam("lang", "sv").when().get("/api/v1/register-description").then().statusCode(200)
                .body("retention.find { it.category == 'Enkätsvar' }.period", equalTo("5 år"));

        // ... and the retention job uses the same numbers.
        JsonPath run = Fixtures.dpo().queryParam("dryRun", true).when().post("/api/v1/retention/runs")
                .then().statusCode(200).extract().jsonPath();
        assertThat(run.getString("find { it.rule == 'delete-survey-responses' }.legalReference")).contains("5 years");
        assertThat(run.getString("find { it.rule == 'delete-expired-applications' }.legalReference")).contains("7 months");
    }
}
