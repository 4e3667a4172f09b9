package fi.kuopas.consent;

import static fi.kuopas.consent.Fixtures.email;
import static fi.kuopas.consent.Fixtures.grant;
import static fi.kuopas.consent.Fixtures.randomEmail;
import static fi.kuopas.consent.Fixtures.spi;
import static fi.kuopas.consent.Fixtures.withdraw;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import fi.kuopas.consent.retention.EndedConsentPastProof;
import fi.kuopas.privacy.grant.CaseGrant.Operation;
import fi.kuopas.testsupport.Callers;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * GDPR Art 13(2)(a): the register description states the periods the software enforces, from the
 * same properties the code reads; with other periods configured it says the other periods.
 */
@QuarkusTest
@TestProfile(ConsentRetentionTextTest.OtherPeriods.class)
class ConsentRetentionTextTest {

    public static class OtherPeriods implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("kuopas.consent.retention.proof-years", "5",
                    "kuopas.consent.retention.cookie-choice-months", "6");
        }
    }

    @Inject
    AgroalDataSource db;

    /** The retention of ended consents applies the configured period, not the trigger's three-year floor. */
    @Test
    void shouldDeleteAnEndedConsentOnlyAfterTheConfiguredProofPeriod() throws SQLException {
        Map<String, Object> four = email(randomEmail());
        String fourKey = grant(four, "marketing-email");
        withdraw(four, "marketing-email");
        EndedConsents.ended(db, fourKey, "marketing-email", 4);
        Map<String, Object> six = email(randomEmail());
        String sixKey = grant(six, "marketing-email");
        withdraw(six, "marketing-email");
        EndedConsents.ended(db, sixKey, "marketing-email", 6);

        Callers.dpo().body("{\"dryRun\":false}").when().post("/api/v1/retention/runs").then().statusCode(201)
                .body("items.find { it.rule == '" + EndedConsentPastProof.NAME + "' }.legalReference",
                        containsString(" 5 years "));

        assertThat(EndedConsents.records(db, fourKey, "marketing-email")).as("ended 4 of 5 years ago").isEqualTo(2);
        assertThat(EndedConsents.records(db, sixKey, "marketing-email")).as("ended 6 of 5 years ago").isZero();
    }

    @Test
    void shouldStateTheConfiguredPeriodsInTheRegisterDescriptionAndEnforceThem() {
        int proofYears = ConfigProvider.getConfig().getValue("kuopas.consent.retention.proof-years", Integer.class);
        int cookieMonths = ConfigProvider.getConfig().getValue("kuopas.consent.retention.cookie-choice-months", Integer.class);
        assertThat(List.of(proofYears, cookieMonths)).containsExactly(5, 6);
        Map<String, List<String>> words = Map.of("en", List.of(" years", " month"), "fi", List.of(" vuotta", " kuukau"),
                "sv", List.of(" år", " mån"));
        for (String lang : List.of("fi", "sv", "en")) {
            JsonPath d = given().queryParam("lang", lang).when().get("/api/v1/register-description").then()
                    .statusCode(200).extract().jsonPath();
            List<String> periods = d.getList("retention.period", String.class);
            String year = words.get(lang).get(0);
            assertThat(periods.get(0)).as(lang).contains(proofYears + year).doesNotContain("3" + year);
            assertThat(periods.get(2)).as(lang).contains(proofYears + year);
            assertThat(periods.get(3)).as(lang).contains(cookieMonths + words.get(lang).get(1)).contains(proofYears + year)
                    .doesNotContain("12");
        }

        // The erasure keeps the minimal proof for the same configured period.
        String key = grant(email(randomEmail()), "marketing-email");
        String until = spi(Operation.ERASURE_PREVIEW, UUID.randomUUID(), key).queryParam("dryRun", true)
                .when().post("/dsr/v1/erasure").then().statusCode(200).extract().path("kept[0].until");
        assertThat(LocalDate.parse(until)).isEqualTo(LocalDate.now(ZoneOffset.UTC).plusYears(proofYears));
    }
}
