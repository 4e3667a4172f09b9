package fi.kuopas.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

/** The stable public contract as published: every stable path, none of the registers' SPI. */
@QuarkusTest
class GatewayOpenApiTest {

    @Test
    void shouldPublishThePublicApiAndNotTheRegisterSpi() {
        JsonPath doc = given().accept("application/json").when().get("/q/openapi?format=json")
                .then().statusCode(200).extract().jsonPath();
        assertThat(doc.getMap("paths").keySet()).contains(
                "/api/v1/data-subject-requests",
                "/api/v1/data-subject-requests/{id}",
                "/api/v1/data-subject-requests/{id}/report",
                "/api/v1/data-subject-requests/{id}/report/document",
                "/api/v1/data-subject-requests/{id}/extension",
                "/api/v1/data-subject-requests/{id}/cancellation",
                "/api/v1/data-subject-requests/{id}/erasure-preview",
                "/api/v1/data-subject-requests/{id}/erasure-execution",
                "/api/v1/privacy-notice",
                "/privacy")
                .noneMatch(p -> p.toString().startsWith("/dsr/"));
        assertThat(doc.getString("paths.'/api/v1/data-subject-requests'.post.operationId")).isEqualTo("gatewayOpenDataSubjectRequest");
        assertThat(doc.getMap("paths.'/api/v1/data-subject-requests/{id}/report'.get.responses")).containsKeys("200", "401", "403", "404", "409");
        // The report is JSON only (one typed operation); the readable document has its own path.
        assertThat(doc.getString("paths.'/api/v1/data-subject-requests/{id}/report'.get.operationId")).isEqualTo("gatewayGetDataSubjectRequestReport");
        assertThat(doc.getMap("paths.'/api/v1/data-subject-requests/{id}/report'.get.responses.'200'.content").keySet())
                .containsExactly("application/json");
        assertThat(doc.getString("paths.'/api/v1/data-subject-requests/{id}/report'.get.responses.'200'.content.'application/json'.schema.$ref"))
                .endsWith("/GatewayCaseReport");
        assertThat(doc.getMap("paths.'/api/v1/data-subject-requests/{id}/report/document'.get.responses.'200'.content").keySet())
                .contains("text/html");
        assertThat(doc.getMap("paths.'/api/v1/privacy-notice'.get.responses")).containsKeys("200", "400", "503");
        assertThat(doc.getList("components.schemas.GatewayOpenCaseRequest.required")).contains("type", "subject");
    }
}
