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
import fi.kuopas.testsupport.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(RegistersTestResource.class)
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
