package fi.kuopas.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static fi.kuopas.gateway.support.Cases.BASE;
import static fi.kuopas.gateway.support.Cases.dpo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import fi.kuopas.gateway.support.Cases;
import fi.kuopas.gateway.support.Registers;
import fi.kuopas.privacy.identity.PersonalIdentityCode;
import fi.kuopas.privacy.subject.SubjectKeys;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A subject's report: repeated access-log lines grouped with counts, roles rather than staff names. */
@QuarkusTest
class ReportHygieneTest {

    private static final String CODE = "150375-4565";

    @Inject
    SubjectKeys keys;

    @Test
    void shouldGroupRepeatedAccessLogLinesWithCounts() {
        String line = "{\"at\": \"%s\", \"actorRoles\": \"customer-service\", \"action\": \"VIEW\", \"recordType\": \"person\", "
                + "\"purpose\": \"Art 15 access request\"}";
        StubMapping stub = Registers.customer().register(post(urlPathEqualTo("/dsr/v1/access")).atPriority(1)
                .withRequestBody(matchingJsonPath("$.subject.verified[?(@ == '" + keys.ofIdentityCode(PersonalIdentityCode.parse(CODE)) + "')]"))
                .willReturn(okJson("""
                        {"register": "customer", "subjectFound": true, "producedAt": "2026-11-26T10:00:00Z", "categories": [],
                         "accessLog": [%s, %s, %s, {"at": "2026-03-01T08:00:00Z", "actorRoles": "letting-officer", "action": "VIEW",
                                        "recordType": "credit_check", "purpose": "tenant selection"}]}
                        """.formatted(line.formatted("2026-01-02T08:00:00Z"), line.formatted("2026-01-01T08:00:00Z"),
                        line.formatted("2026-02-01T08:00:00Z")))));
        try {
            String id = Cases.open("""
                    {"type": "ACCESS", "subject": {"personalIdentityCode": "%s"},
                     "verification": {"method": "STRONG_ELECTRONIC_IDENTIFICATION", "reference": "tx"}}""".formatted(CODE));
            Cases.awaitStatus(id, "COMPLETED", Duration.ofSeconds(20));
            JsonPath report = given().header("Authorization", dpo()).when().get(BASE + "/" + id + "/report").then().statusCode(200)
                    .extract().jsonPath();
            assertThat(report.getList("access.find { it.register == 'customer' }.accessLog")).hasSize(2);
            assertThat(report.getInt("access.find { it.register == 'customer' }.accessLog.find { it.recordType == 'person' }.count"))
                    .isEqualTo(3);
            assertThat(report.getString("access.find { it.register == 'customer' }.accessLog.find { it.recordType == 'person' }.at"))
                    .isEqualTo("2026-01-01T08:00:00Z");
            assertThat(report.getString("access.find { it.register == 'customer' }.accessLog.find { it.recordType == 'person' }.lastAt"))
                    .isEqualTo("2026-02-01T08:00:00Z");
        } finally {
            Registers.customer().removeStubMapping(stub);
        }
    }

    @Test
    void shouldNameTheRecipientsAndTheTransferSafeguardsInAnAccessReport() {
        String id = Cases.openVerified("ACCESS");
        Cases.awaitStatus(id, "COMPLETED", Duration.ofSeconds(20));
        JsonPath report = given().header("Authorization", dpo()).when().get(BASE + "/" + id + "/report?lang=en").then()
                .statusCode(200).extract().jsonPath();
        assertThat(report.getList("disclosures.register", String.class)).containsExactlyInAnyOrder("customer", "personnel");
        assertThat(report.getString("disclosures.find { it.register == 'customer' }.recipients[0].name"))
                .isEqualTo("Perintätoimisto Esimerkki Oy");
        assertThat(report.getString("disclosures.find { it.register == 'customer' }.transfers[0].safeguardReference"))
                .isEqualTo("Implementing Decision (EU) 2021/1772");
    }
}
