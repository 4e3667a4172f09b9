package fi.kuopas.customer;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * One source of truth for retention periods: the register description prints the very properties
 * the retention job reads (RetentionConfig), through ${...} placeholders, in every language.
 */
@QuarkusTest
class RegisterDescriptionTest {

    /** Every retention period the retention job uses. */
    static final List<String> RETENTION_PROPERTIES = List.of("kuopas.customer.retention.expired-application-months",
            "kuopas.customer.retention.selection-decision-years", "kuopas.customer.retention.survey-response-years",
            "kuopas.customer.retention.former-tenant-years", "kuopas.customer.retention.ledger-years");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([a-zA-Z0-9._-]+)}");

    @Test
    void shouldPrintEveryRetentionPeriodFromTheConfigurationTheRetentionJobReads() throws Exception {
        ObjectMapper json = new ObjectMapper();
        for (String lang : List.of("fi", "sv", "en")) {
            JsonNode source;
            try (InputStream in = getClass().getClassLoader().getResourceAsStream("register-description/" + lang + ".json")) {
                source = json.readTree(in);
            }
            String sourceRetention = source.get("retention").toString();
            for (String property : RETENTION_PROPERTIES) {
                assertThat(sourceRetention).as(lang + " names " + property).contains("${" + property + "}");
            }
            List<Map<String, Object>> served = given().queryParam("lang", lang).when().get("/api/v1/register-description")
                    .then().statusCode(200).extract().jsonPath().getList("retention");
            assertThat(served).hasSameSizeAs(source.get("retention"));
            for (int i = 0; i < served.size(); i++) {
                String template = source.get("retention").get(i).get("period").asText();
                String expected = substitute(template);
                assertThat(served.get(i).get("period")).as(lang + " retention " + i).isEqualTo(expected);
                assertThat((String) served.get(i).get("period")).doesNotContain("${");
            }
        }
    }

    @Test
    void shouldNoLongerPromiseOneYearForSurveysWhileTheJobKeepsThemLonger() {
        int years = ConfigProvider.getConfig().getValue("kuopas.customer.retention.survey-response-years", Integer.class);
        given().queryParam("lang", "en").when().get("/api/v1/register-description").then().statusCode(200)
                .body("retention.find { it.category == 'Survey responses' }.period", org.hamcrest.Matchers.equalTo(years + " years"));
        given().queryParam("lang", "fi").when().get("/api/v1/register-description").then().statusCode(200)
                .body("retention.find { it.category == 'Kyselyvastaukset' }.period", org.hamcrest.Matchers.equalTo(years + " vuotta"));
    }

    /** The actual recipients the customer register discloses to (CJEU C-154/21: named, not only their categories). */
    static final List<String> RECIPIENT_PROPERTIES = List.of("kuopas.recipients.maintenance-partner",
            "kuopas.recipients.collection-agency", "kuopas.recipients.collection-agent-abroad",
            "kuopas.recipients.customer-system-provider", "kuopas.recipients.it-provider");

    @Test
    void shouldNameTheConfiguredRecipientCompaniesInEveryLanguage() {
        String agentAbroad = ConfigProvider.getConfig().getValue("kuopas.recipients.collection-agent-abroad", String.class);
        String partner = ConfigProvider.getConfig().getValue("kuopas.recipients.maintenance-partner", String.class);
        for (String lang : List.of("fi", "sv", "en")) {
            io.restassured.path.json.JsonPath served = given().queryParam("lang", lang).when().get("/api/v1/register-description")
                    .then().statusCode(200).extract().jsonPath();
            List<String> names = served.getList("recipients.name", String.class);
            for (String property : RECIPIENT_PROPERTIES) {
                String company = ConfigProvider.getConfig().getValue(property, String.class);
                assertThat(names).as(lang + " names " + property).anyMatch(n -> n.contains(company));
            }
            assertThat(names).allMatch(n -> !n.contains("${"));
            // Transfers abroad name the foreign collection agent.
            assertThat(served.getList("transfers.recipient", String.class)).as(lang).anyMatch(r -> r.contains(agentAbroad));
        }
        // The category wording stays beside the company.
        given().queryParam("lang", "en").when().get("/api/v1/register-description").then().statusCode(200)
                .body("recipients.name", org.hamcrest.Matchers.hasItem("Property-maintenance partner: " + partner));
    }

    static String substitute(String text) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(ConfigProvider.getConfig().getValue(m.group(1), String.class)));
        }
        m.appendTail(out);
        return out.toString();
    }
}
