package fi.kuopas.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static fi.kuopas.gateway.support.Cases.BASE;
import static fi.kuopas.gateway.support.Cases.dpo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import fi.kuopas.gateway.support.Cases;
import fi.kuopas.gateway.support.Registers;
import fi.kuopas.privacy.identity.PersonalIdentityCode;
import fi.kuopas.privacy.subject.SubjectKeys;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/** Art 20: only consent/contract data, as JSON and CSV in one download that validates against the published schemas. */
@QuarkusTest
class PortabilityPackageTest {

    private static final String CODE = "150375-4565";

    @Inject
    SubjectKeys keys;

    @Inject
    ObjectMapper mapper;

    @Test
    void shouldDownloadOnlyConsentAndContractDataAsJsonAndCsvThatMatchThePublishedSchemas() throws IOException {
        // A register that (wrongly) flags a legal-obligation category as portable: the gateway still leaves it out.
        StubMapping stub = Registers.customer().register(post(urlPathEqualTo("/dsr/v1/access")).atPriority(1)
                .withRequestBody(matchingJsonPath("$.subject.verified[?(@ == '" + keys.ofIdentityCode(PersonalIdentityCode.parse(CODE)) + "')]"))
                .willReturn(okJson("""
                        {"register": "customer", "subjectFound": true, "producedAt": "2026-11-26T10:00:00Z", "accessLog": [],
                         "categories": [
                           {"name": "Vuokrasopimus", "purpose": "Vuokrasuhde", "legalBasis": "GDPR Art 6(1)(b)", "portable": true,
                            "sources": [], "recipients": [], "retention": "x",
                            "records": [{"huoneisto": "A 12", "vuokra": 812.5, "asukkaat": ["Liisa Hämäläinen", "=cmd"]}]},
                           {"name": "Kirjanpito", "purpose": "Kirjanpitolaki", "legalBasis": "GDPR Art 6(1)(c)", "portable": true,
                            "sources": [], "recipients": [], "retention": "x", "records": [{"tosite": "T-1"}]},
                           {"name": "Kyselyt", "purpose": "Asiakaskyselyt", "legalBasis": "GDPR Art 6(1)(f)", "portable": true,
                            "sources": [], "recipients": [], "retention": "x", "records": [{"vastaus": "5"}]}]}
                        """)));
        try {
            String id = Cases.open("""
                    {"type": "PORTABILITY", "subject": {"personalIdentityCode": "%s"},
                     "verification": {"method": "STRONG_ELECTRONIC_IDENTIFICATION", "reference": "tx"}}""".formatted(CODE));
            Cases.awaitStatus(id, "COMPLETED", Duration.ofSeconds(20));
            byte[] zip = given().header("Authorization", dpo()).when().get(BASE + "/" + id + "/portability-package").then()
                    .statusCode(200).contentType("application/zip").header("Cache-Control", "no-store").extract().asByteArray();
            Map<String, String> files = unzip(zip);
            assertThat(files).containsOnlyKeys("data.json", "data.csv", "README.txt");

            JsonNode schema = mapper.readTree(given().when().get("/api/v1/schemas/portability-package.schema.json")
                    .then().statusCode(200).extract().asByteArray());
            JsonSchema validator = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema);
            JsonNode data = mapper.readTree(files.get("data.json"));
            assertThat(validator.validate(data)).isEmpty();
            assertThat(data.findValuesAsText("name")).contains("Vuokrasopimus").doesNotContain("Kirjanpito", "Kyselyt");

            List<String> columns = given().when().get("/api/v1/schemas/portability-package.csv-columns.json").then().statusCode(200)
                    .extract().jsonPath().getList("tableSchema.columns.name", String.class);
            String[] lines = files.get("data.csv").split("\r\n");
            assertThat(List.of(lines[0].split(","))).isEqualTo(columns);
            assertThat(files.get("data.csv")).contains("customer,Vuokrasopimus,Vuokrasuhde,GDPR Art 6(1)(b),1,huoneisto,A 12")
                    .contains("Hämäläinen").doesNotContain("Kirjanpito", "T-1", "Kyselyt");
        } finally {
            Registers.customer().removeStubMapping(stub);
        }
    }

    @Test
    void shouldRefuseAPortabilityPackageForAnotherKindOfCase() {
        String id = Cases.openVerified("ACCESS");
        given().header("Authorization", dpo()).when().get(BASE + "/" + id + "/portability-package").then().statusCode(409)
                .contentType("application/problem+json");
        given().when().get(BASE + "/" + id + "/portability-package").then().statusCode(401);
    }

    private static Map<String, String> unzip(byte[] zip) throws IOException {
        Map<String, String> files = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                files.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }
}
