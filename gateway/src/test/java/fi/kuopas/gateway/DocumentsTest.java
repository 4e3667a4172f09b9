package fi.kuopas.gateway;

import static fi.kuopas.gateway.support.Cases.BASE;
import static fi.kuopas.gateway.support.Cases.dpo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import fi.kuopas.gateway.documents.Msg;
import fi.kuopas.gateway.support.Cases;
import fi.kuopas.gateway.support.Fixtures;
import fi.kuopas.testsupport.Tokens;
import io.quarkus.qute.i18n.Message;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The documents a subject receives: report, extension and refusal notices, in fi, sv and en, as pages and PDF. */
@QuarkusTest
class DocumentsTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    /** The English texts of the bundle long enough to be sentences: none may appear in a Finnish or Swedish document. */
    private static List<String> englishSentences() {
        return Arrays.stream(Msg.class.getDeclaredMethods()).map(m -> m.getAnnotation(Message.class).value())
                .filter(v -> v.length() > 25 && !v.contains("{")).toList();
    }

    private static String document(String id, String path, String lang) {
        return given().header("Authorization", dpo()).accept("text/html").queryParam("lang", lang)
                .when().get(BASE + "/" + id + path).then().statusCode(200).contentType(containsString("text/html"))
                .header("Content-Language", lang).extract().asString();
    }

    @Test
    void shouldServeTheAccessReportInFinnishSwedishAndEnglishWithoutRawValues() {
        String id = Cases.openVerified("ACCESS");
        Cases.awaitStatus(id, "COMPLETED", WAIT);
        String fi = document(id, "/report/document", "fi");
        String sv = document(id, "/report/document", "sv");
        String en = document(id, "/report/document", "en");
        assertThat(fi).contains("<html lang=\"fi\"", "Vastaus tietosuojapyyntöösi", "Oikeus saada pääsy tietoihin (15 art.)",
                "Asiakasrekisteri", "huoneita", "Tässä rekisterissä on sinua koskevia tietoja.");
        assertThat(sv).contains("<html lang=\"sv\"", "Svar på din begäran om dataskydd", "Rätt till tillgång (art. 15)",
                "Dataombudsmannens byrå");
        assertThat(en).contains("Response to your data protection request", "Access to your data (Art 15)");
        for (String english : englishSentences()) {
            assertThat(fi).as("Finnish report").doesNotContain(english);
            assertThat(sv).as("Swedish report").doesNotContain(english);
        }
        for (String page : List.of(fi, sv, en)) {
            assertThat(page).as("no raw enum, field name, UTC stamp or empty row")
                    .doesNotContain(">ACCESS<", "COMPLETED", "T09:00:00Z", "2026-04-01T", "<dd></dd>", "tiina.tietosuoja")
                    .doesNotContain(Fixtures.HOSTILE).contains("&lt;script&gt;")
                    .contains("width=device-width");
        }
        assertThat(fi).doesNotContain(">rooms<", ">note<", "customer-service").contains("1.4.2026", "asiakaspalvelu");
        assertThat(sv).doesNotContain(">rooms<", ">note<", "customer-service").contains("1.4.2026", "kundtjänst");
        assertThat(en).contains("1 April 2026");
    }

    @Test
    void shouldRenderTheReportAsAPdfWithTheSubjectsNameInTact() throws IOException {
        String id = Cases.openVerified("ACCESS");
        Cases.awaitStatus(id, "COMPLETED", WAIT);
        byte[] pdf = given().header("Authorization", dpo()).accept("application/pdf").queryParam("lang", "sv")
                .when().get(BASE + "/" + id + "/report/document").then().statusCode(200).contentType("application/pdf")
                .header("Content-Disposition", containsString(".pdf")).extract().asByteArray();
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Matti Meikäläinen", "Svar på din begäran om dataskydd", "Dataombudsmannens byrå");
        }
    }

    @Test
    void shouldServeTheExtensionAndRefusalNoticesAsDocuments() throws IOException {
        String id = Cases.open(Cases.body("ACCESS", "PENDING"));
        given().header("Authorization", dpo()).accept("text/html").when().get(BASE + "/" + id + "/extension/document")
                .then().statusCode(409).contentType("application/problem+json");
        given().header("Authorization", dpo()).contentType(ContentType.JSON)
                .body("{\"reason\": \"Pyyntö koskee kahtatoista vuotta vuokrasuhteen tietoja.\"}")
                .when().post(BASE + "/" + id + "/extension").then().statusCode(200);
        assertThat(document(id, "/extension/document", "fi")).contains("Pyyntösi käsittely kestää tavallista kauemmin",
                "2 kuukaudella", "kahtatoista vuotta");
        assertThat(document(id, "/extension/document", "sv")).contains("Behandlingen av din begäran tar längre tid");

        String refused = Cases.open(Cases.body("ACCESS", "NONE"));
        given().header("Authorization", dpo()).contentType(ContentType.JSON)
                .body("{\"ground\": \"EXCESSIVE\", \"reason\": \"Sama pyyntö on vastattu kahdesti tässä kuussa\"}")
                .when().post(BASE + "/" + refused + "/refusal").then().statusCode(200);
        assertThat(document(refused, "/refusal/document", "fi")).contains("Pyyntöäsi ei voida toteuttaa", "kohtuuton",
                "kahdesti tässä kuussa.");
        byte[] pdf = given().header("Authorization", dpo()).accept("application/pdf").queryParam("lang", "fi")
                .when().get(BASE + "/" + refused + "/refusal/document").then().statusCode(200).contentType("application/pdf")
                .extract().asByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Pyyntöäsi ei voida toteuttaa", "tietosuojavaltuutetun");
        }
    }

    @Test
    void shouldRefuseDocumentsWithoutTheDpoRoleAndAnUnknownLanguage() {
        String id = Cases.open(Cases.body("ACCESS", "NONE"));
        for (String path : List.of("/report/document", "/extension/document", "/refusal/document")) {
            given().accept("text/html").when().get(BASE + "/" + id + path).then().statusCode(401);
            given().header("Authorization", Tokens.bearer("asta", "customer-service")).accept("text/html").when().get(BASE + "/" + id + path)
                    .then().statusCode(403);
            given().header("Authorization", dpo()).accept("text/html").queryParam("lang", "de")
                    .when().get(BASE + "/" + id + path).then().statusCode(400).contentType("application/problem+json");
        }
    }
}
