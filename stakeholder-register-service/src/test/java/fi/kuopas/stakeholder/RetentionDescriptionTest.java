package fi.kuopas.stakeholder;

import static fi.kuopas.stakeholder.Fixtures.createPerson;
import static fi.kuopas.stakeholder.Fixtures.dpo;
import static fi.kuopas.stakeholder.Fixtures.randomEmail;
import static fi.kuopas.stakeholder.Fixtures.sirpa;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import fi.kuopas.stakeholder.domain.ContactPerson;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.time.ZonedDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * The register description states the retention the retention job applies, from the same property
 * (kuopas.stakeholder.retention.years): with another value configured, both change together.
 */
@QuarkusTest
@TestProfile(RetentionDescriptionTest.ThreeYears.class)
class RetentionDescriptionTest {

    public static class ThreeYears implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("kuopas.stakeholder.retention.years", "3");
        }
    }

    private static String years() {
        return ConfigProvider.getConfig().getValue("kuopas.stakeholder.retention.years", String.class);
    }

    @Test
    void shouldStateTheConfiguredRetentionYearsInEveryLanguage() {
        assertThat(years()).isEqualTo("3");
        for (String lang : List.of("fi", "sv", "en")) {
            JsonPath d = given().queryParam("lang", lang).when().get("/api/v1/register-description").then().statusCode(200)
                    .body("register", equalTo("stakeholder")).extract().jsonPath();
            String contacts = d.getString("retention[0].period");
            String events = d.getString("retention[2].period");
            assertThat(contacts).as(lang).contains(years() + " ").doesNotContain("2 ");
            assertThat(events).as(lang).contains(years() + " ").doesNotContain("2 ");
            assertThat(d.prettify()).as(lang).doesNotContain("${");
        }
    }

    @Test
    void shouldDeleteAfterTheSameYearsTheDescriptionStates() {
        String withinThree = createPerson(randomEmail(), "CONTRACT");
        String pastThree = createPerson(randomEmail(), "CONTRACT");
        backdate(withinThree, 30);
        backdate(pastThree, 37);
        dpo().when().post("/api/v1/retention/runs?dryRun=false").then().statusCode(200)
                .body("rule", containsString(years() + " year"));
        sirpa().when().get("/api/v1/contact-persons/" + withinThree).then().statusCode(200);
        sirpa().when().get("/api/v1/contact-persons/" + pastThree).then().statusCode(404);
    }

    private static void backdate(String personId, int monthsAgo) {
        var when = ZonedDateTime.now(ZoneOffset.UTC).minusMonths(monthsAgo).toInstant();
        QuarkusTransaction.requiringNew().run(() -> ContactPerson.update(
                "createdAt = ?1, lastInteractionAt = ?1 where id = ?2", when, UUID.fromString(personId)));
    }
}
