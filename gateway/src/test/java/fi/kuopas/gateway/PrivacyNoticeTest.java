package fi.kuopas.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import fi.kuopas.gateway.support.Fixtures;
import fi.kuopas.gateway.support.Registers;
import fi.kuopas.gateway.support.RegistersTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PrivacyNoticeTest {

    @Test
    void shouldAssembleEveryRegisterIntoOnePublicNoticeInThreeLanguages() {
        for (String lang : new String[] {"fi", "sv", "en"}) {
            given().queryParam("lang", lang).when().get("/api/v1/privacy-notice").then().statusCode(200)
                    .body("language", equalTo(lang))
                    .body("registers", hasSize(2))
                    .body("registers.name", hasItems("Asiakasrekisteri", "Henkilöstörekisteri"))
                    .body("controller.businessId", equalTo("1234567-1"))
                    .body("automatedDecisionMaking", containsString("22"))
                    .body("complaintAuthority", containsString("tietosuoja.fi"));
        }
        given().queryParam("lang", "de").when().get("/api/v1/privacy-notice").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void shouldServeTheNoticeAsAnEscapedPublicPage() {
        String page = given().when().get("/privacy").then().statusCode(200).contentType(containsString("text/html"))
                .extract().asString();
        assertThat(page).contains("Tietosuojaseloste", "Henkilöstörekisteri", "Kuopas Oy", "Tietosuojavaltuutetun toimisto")
                .doesNotContain(Fixtures.HOSTILE).contains("&lt;script&gt;");
        given().queryParam("lang", "en").when().get("/privacy").then().statusCode(200)
                .body(containsString("Privacy notice"));
    }

    @Test
    void shouldOfferALanguageSwitchAndHonourAcceptLanguage() {
        String fi = given().when().get("/privacy").then().statusCode(200).header("Content-Language", "fi")
                .header("Vary", containsString("Accept-Language")).extract().asString();
        assertThat(fi).contains("<html lang=\"fi\"", "href=\"?lang=sv\"", "href=\"?lang=en\"", "svenska", "English",
                "@media print");
        given().header("Accept-Language", "sv-FI, sv;q=0.9, en;q=0.5").when().get("/privacy").then().statusCode(200)
                .header("Content-Language", "sv").body(containsString("Dataskyddsbeskrivning"))
                .body(containsString("href=\"?lang=fi\""));
        given().header("Accept-Language", "de-DE, en;q=0.8").when().get("/privacy").then().statusCode(200)
                .header("Content-Language", "en").body(containsString("Privacy notice"));
        // The explicit choice wins over the browser's.
        given().header("Accept-Language", "en").queryParam("lang", "fi").when().get("/privacy").then().statusCode(200)
                .header("Content-Language", "fi");
        given().header("Accept-Language", "not a language range ;;").when().get("/privacy").then().statusCode(200)
                .header("Content-Language", "fi");
        given().queryParam("lang", "de").when().get("/privacy").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void shouldNeverServeAHalfNoticeSilently() {
        try (var outage = Registers.personnelDown()) {
            given().when().get("/api/v1/privacy-notice").then().statusCode(503)
                    .contentType("application/problem+json")
                    .body("detail", containsString("not served incomplete"));
            given().when().get("/privacy").then().statusCode(503)
                    .body(containsString("class=\"warning\""))
                    .body(containsString("Asiakasrekisteri"));
        }
    }

    @Test
    void shouldNotNeedATokenButNotLeakTheServiceToken() {
        String body = given().when().get("/api/v1/privacy-notice").then().statusCode(200).extract().asString();
        assertThat(body).doesNotContain(RegistersTestResource.SERVICE_TOKEN);
    }
}
