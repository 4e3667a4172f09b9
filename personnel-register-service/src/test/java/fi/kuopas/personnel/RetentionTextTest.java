package fi.kuopas.personnel;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * GDPR Art 13(2)(a): the register description states the retention periods the software enforces.
 * They come from the same properties the retention job reads, so with other periods configured the
 * description says the other periods, in every language.
 */
@QuarkusTest
@TestProfile(RetentionTextTest.OtherPeriods.class)
class RetentionTextTest {

    public static class OtherPeriods implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("kuopas.personnel.retention.applicant-years", "2",
                    "kuopas.personnel.retention.other-hr-years", "3",
                    "kuopas.personnel.retention.core-employment-years", "12",
                    "kuopas.personnel.retention.payroll-voucher-years", "7");
        }
    }

    @Test
    void shouldStateTheConfiguredRetentionPeriodsInTheRegisterDescription() {
        String applicant = config("applicant-years");
        String otherHr = config("other-hr-years");
        String core = config("core-employment-years");
        String payroll = config("payroll-voucher-years");
        assertThat(List.of(applicant, otherHr, core, payroll)).containsExactly("2", "3", "12", "7");
        Map<String, String> year = Map.of("en", " year", "fi", " vuo", "sv", " år");
        for (String lang : List.of("fi", "sv", "en")) {
            JsonPath d = given().queryParam("lang", lang).when().get("/api/v1/register-description").then()
                    .statusCode(200).extract().jsonPath();
            List<String> periods = d.getList("retention.period", String.class);
            assertThat(periods).as(lang).hasSize(8);
            assertThat(periods.subList(0, 3)).as(lang).allSatisfy(p -> assertThat(p).startsWith(applicant + year.get(lang)));
            assertThat(periods.get(3)).as(lang).startsWith(core + year.get(lang));
            assertThat(periods.get(4)).as(lang).startsWith(otherHr + year.get(lang));
            assertThat(periods.get(5)).as(lang).contains(payroll + year.get(lang));
            assertThat(periods.get(6)).as(lang).startsWith(otherHr + year.get(lang));
            assertThat(periods.get(7)).as(lang).contains(otherHr + year.get(lang));
            assertThat(String.join(" ", periods)).as(lang).doesNotContain("${");
        }
    }

    private static String config(String name) {
        return ConfigProvider.getConfig().getValue("kuopas.personnel.retention." + name, String.class);
    }
}
