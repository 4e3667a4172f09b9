package fi.kuopas.cctv;

import static fi.kuopas.cctv.Fixtures.cameraBody;
import static fi.kuopas.cctv.Fixtures.officer;
import static fi.kuopas.cctv.Fixtures.site;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * The register description states the retention the code enforces, from the same properties
 * (kuopas.cctv.retention.*): with other values configured, the notice changes with them.
 */
@QuarkusTest
@TestProfile(RegisterDescriptionRetentionTest.OtherRetention.class)
class RegisterDescriptionRetentionTest {

    public static class OtherRetention implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("kuopas.cctv.retention.default-days", "10",
                    "kuopas.cctv.retention.max-days", "19",
                    "kuopas.cctv.retention.max-days-employees", "200");
        }
    }

    private static String config(String property) {
        return ConfigProvider.getConfig().getValue(property, String.class);
    }

    private static JsonPath description(String lang) {
        return given().queryParam("lang", lang).when().get("/api/v1/register-description").then().statusCode(200)
                .body("register", equalTo("cctv")).extract().jsonPath();
    }

    @Test
    void shouldStateTheConfiguredRetentionInEveryLanguage() {
        String days = config("kuopas.cctv.retention.default-days");
        String max = config("kuopas.cctv.retention.max-days");
        String employees = config("kuopas.cctv.retention.max-days-employees");
        assertThat(List.of(days, max, employees)).containsExactly("10", "19", "200");
        for (String lang : List.of("fi", "sv", "en")) {
            JsonPath d = description(lang);
            String recordings = d.getString("retention[0].period");
            String employeeRecordings = d.getString("retention[1].period");
            assertThat(recordings).as(lang).contains(days + " ").contains(max + " ").doesNotContain("14").doesNotContain("21");
            assertThat(employeeRecordings).as(lang).contains(days + " ").contains(employees + " ")
                    .doesNotContain("14").doesNotContain("1 year").doesNotContain("1 vuosi").doesNotContain("1 år");
            assertThat(d.getString("rights")).as(lang).contains(days + " ").doesNotContain("14");
            assertThat(d.prettify()).as(lang).doesNotContain("${");
        }
    }

    @Test
    void shouldEnforceTheSameRetentionTheDescriptionStates() {
        String siteId = site();
        Map<String, Object> body = cameraBody(siteId);
        officer().body(body).when().post("/api/v1/cameras").then().statusCode(201).body("retentionDays", equalTo(10));
        Map<String, Object> longer = cameraBody(siteId);
        longer.put("retentionDays", 20);
        officer().body(longer).when().post("/api/v1/cameras").then().statusCode(422)
                .body("detail", org.hamcrest.Matchers.containsString("at most 19 days"));
    }

    @Test
    void shouldStateTheRulesOnResidentialCommonAreasAndVideoDeletion() {
        assertThat(description("en").prettify()).contains("housing company's decision").contains("residents are informed")
                .contains("the recording system is asked to delete it and to confirm the deletion");
        assertThat(description("fi").prettify()).contains("taloyhtiön päätöksellä").contains("asukkaille kerrotaan")
                .contains("tallennusjärjestelmää pyydetään poistamaan video ja vahvistamaan poisto");
        assertThat(description("sv").prettify()).contains("bostadsbolagets beslut").contains("de boende informeras")
                .contains("inspelningssystemet ombeds radera den och bekräfta raderingen");
    }
}
