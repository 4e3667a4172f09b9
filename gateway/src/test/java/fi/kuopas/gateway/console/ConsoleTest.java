package fi.kuopas.gateway.console;

import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static fi.kuopas.gateway.support.Cases.BASE;
import static fi.kuopas.gateway.support.Cases.dpo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.startsWith;

import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import fi.kuopas.gateway.support.Cases;
import fi.kuopas.gateway.support.Registers;
import fi.kuopas.privacy.subject.SubjectKeys;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import io.restassured.response.Response;
import java.io.IOException;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The console over HTTP: login redirect, roles, CSRF on forms, field errors, the pages a DPO works
 * a case with. (The login through the real Keycloak page is the browser suite's job.)
 */
@QuarkusTest
class ConsoleTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final Pattern TOKEN = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    @Inject
    SubjectKeys keys;

    private StubMapping possibleMatch;

    @AfterEach
    void removeStub() {
        if (possibleMatch != null) {
            Registers.customer().removeStubMapping(possibleMatch);
            possibleMatch = null;
        }
    }

    /** The customer register finds a record through the (unproved) email, matched on the given identifiers. */
    private void stubPossibleMatch(String email, String matchedBy) {
        possibleMatch = Registers.customer().register(post(urlPathEqualTo("/dsr/v1/access")).atPriority(1)
                .withRequestBody(matchingJsonPath("$.subject.claimed[?(@ == '" + keys.ofEmail(email) + "')]"))
                .willReturn(okJson("""
                        {"register": "customer", "subjectFound": true, "producedAt": "2026-11-26T10:00:00Z", "categories": [],
                         "accessLog": [],
                         "possibleMatches": [{"register": "customer", "recordKind": "person", "matchedIdentifiers": [%s],
                                              "hint": "L. H., born 1975"}]}
                        """.formatted(matchedBy))));
    }

    private static String withEmail(String email) {
        return Cases.body("ACCESS", "STRONG_ELECTRONIC_IDENTIFICATION").replace("demo.subject@example.fi", email);
    }

    private static Response submit(Csrf csrf, String path, String... fields) {
        var request = given().contentType(ContentType.URLENC).cookie("csrf-token", csrf.cookie()).formParam("csrf-token", csrf.token());
        for (int i = 0; i < fields.length; i += 2) {
            request = request.formParam(fields[i], fields[i + 1]);
        }
        return request.redirects().follow(false).when().post(path);
    }

    /** A form page's CSRF cookie and the token in its hidden field. */
    private record Csrf(String cookie, String token) {
    }

    private static Csrf csrf(String page) {
        Response r = given().redirects().follow(false).when().get(page);
        r.then().statusCode(200);
        Matcher m = TOKEN.matcher(r.asString());
        assertThat(m.find()).as("a CSRF field on " + page).isTrue();
        assertThat(r.getDetailedCookie("csrf-token").isHttpOnly()).isTrue();
        assertThat(r.getDetailedCookie("csrf-token").isSecured()).isTrue();
        return new Csrf(r.getCookie("csrf-token"), m.group(1));
    }

    @Test
    void shouldSendAnUnauthenticatedBrowserToTheLoginPage() {
        given().redirects().follow(false).when().get("/console/cases").then().statusCode(302)
                .header("Location", containsString("/realms/quarkus"))
                .header("Location", containsString("redirect_uri=http%3A%2F%2Flocalhost%3A"))
                .header("Location", containsString("%2Fconsole%2Fcallback"))
                .header("Set-Cookie", containsString("Secure"))
                .header("Set-Cookie", containsString("HTTPOnly"))
                .header("Set-Cookie", containsString("SameSite=Lax"))
                .header("Location", containsString("client_id=quarkus-web-app"))
                .header("Location", containsString("response_type=code"));
        // The API is still the bearer-token tenant: no redirect there.
        given().when().get(BASE).then().statusCode(401);
    }

    @Test
    @TestSecurity(user = "asta", roles = "customer-service")
    void shouldRefuseStaffWithoutTheDpoRole() {
        for (String page : new String[] {"/console/cases", "/console/cases/new", "/console/breaches"}) {
            given().redirects().follow(false).when().get(page).then().statusCode(403);
        }
    }

    @Test
    @TestSecurity(user = "tiina.tietosuoja", roles = "dpo")
    void shouldListCasesWithCountsAndFilters() {
        String overdue = Cases.open(Cases.body("ACCESS", "STRONG_ELECTRONIC_IDENTIFICATION")
                .replace("\"details\"", "\"receivedAt\": \"2026-01-02T08:00:00Z\", \"details\""));
        String page = given().when().get("/console/cases?filter=overdue").then().statusCode(200)
                .contentType(containsString("text/html")).header("Content-Security-Policy", containsString("default-src 'none'"))
                .extract().asString();
        assertThat(page).contains("id=\"counts\"", "data-id=\"" + overdue + "\"", "badge overdue", "tiina.tietosuoja");
        given().when().get("/console/cases?filter=awaitingApproval&type=ERASURE&status=COMPLETED").then().statusCode(200);
        given().when().get("/console/cases?filter=nonsense").then().statusCode(400).contentType("application/problem+json");
        given().when().get("/console/cases?status=NONSENSE").then().statusCode(400).contentType("application/problem+json");
        given().when().get("/console/cases?page=4294967296").then().statusCode(400);
        String casePage = given().when().get("/console/cases/" + overdue).then().statusCode(200).extract().asString();
        assertThat(casePage).contains("id=\"overdue\"", "131052-****").doesNotContain("131052-308T");
        given().header("Accept-Language", "sv").when().get("/console/cases").then().statusCode(200)
                .header("Content-Language", "sv").body(containsString("Ärenden"));
    }

    @Test
    @TestSecurity(user = "tiina.tietosuoja", roles = "dpo")
    void shouldRefuseAFormWithoutItsCsrfToken() {
        given().contentType(ContentType.URLENC).formParam("type", "ACCESS").formParam("name", "Matti Meikäläinen")
                .redirects().follow(false).when().post("/console/cases").then().statusCode(400);
        Csrf csrf = csrf("/console/cases/new");
        given().contentType(ContentType.URLENC).cookie("csrf-token", csrf.cookie()).formParam("csrf-token", "forged")
                .formParam("type", "ACCESS").redirects().follow(false).when().post("/console/cases").then().statusCode(400);
    }

    @Test
    void shouldNotAskBearerTokenApiCallsForACsrfToken() {
        String id = Cases.openVerified("ERASURE");
        // An empty POST labelled as a form (as some clients send it) is still an API call, not a console form.
        given().header("Authorization", dpo()).contentType(ContentType.URLENC).when().post(BASE + "/" + id + "/cancellation")
                .then().statusCode(400).contentType("application/problem+json"); // the missing body, not a CSRF refusal
        given().header("Authorization", dpo()).contentType(ContentType.URLENC).when().post(BASE + "/" + id + "/erasure-approval")
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "tiina.tietosuoja", roles = "dpo")
    void shouldOpenACaseFromTheFormAndShowErrorsBesideTheFields() {
        Csrf csrf = csrf("/console/cases/new");
        String invalid = given().contentType(ContentType.URLENC).cookie("csrf-token", csrf.cookie())
                .formParam("csrf-token", csrf.token()).formParam("type", "ACCESS").formParam("email", "not-an-email")
                .formParam("birthDate", "yesterday").formParam("name", "Matti Meikäläinen")
                .redirects().follow(false).when().post("/console/cases").then().statusCode(400)
                .contentType(containsString("text/html")).extract().asString();
        assertThat(invalid).contains("id=\"error-email\"", "must be a well-formed email address", "id=\"error-birthDate\"",
                "value=\"Matti Meikäläinen\"");
        Response created = given().contentType(ContentType.URLENC).cookie("csrf-token", csrf.cookie())
                .formParam("csrf-token", csrf.token()).formParam("type", "ACCESS").formParam("name", "Matti Meikäläinen")
                .formParam("personalIdentityCode", "131052-308T").formParam("email", "demo.subject@example.fi")
                .formParam("verificationMethod", "STRONG_ELECTRONIC_IDENTIFICATION").formParam("verificationReference", "suomi.fi tx 9")
                .redirects().follow(false).when().post("/console/cases");
        created.then().statusCode(303).header("Location", containsString("/console/cases/"));
        String id = created.getHeader("Location").replaceAll(".*/console/cases/", "");
        Cases.awaitStatus(id, "COMPLETED", WAIT);
        String page = given().when().get("/console/cases/" + id).then().statusCode(200).extract().asString();
        assertThat(page).contains("id=\"report-sv-pdf\"", "id=\"registers\"", "id=\"history\"");
        given().queryParam("lang", "sv").when().get("/console/cases/" + id + "/documents/report").then().statusCode(200)
                .header("Content-Language", "sv").body(containsString("Svar på din begäran om dataskydd"));
        given().when().get("/console/cases/" + id + "/report.json").then().statusCode(200).contentType(startsWith("application/json"));
    }

    @Test
    @TestSecurity(user = "tiina.tietosuoja", roles = "dpo")
    void shouldDownloadTheReportAsPdfAndRecordTheAnswer() throws IOException {
        String id = Cases.openVerified("ACCESS");
        Cases.awaitStatus(id, "COMPLETED", WAIT);
        byte[] pdf = given().queryParam("lang", "sv").queryParam("format", "pdf").when()
                .get("/console/cases/" + id + "/documents/report").then().statusCode(200).contentType("application/pdf")
                .extract().asByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Matti Meikäläinen");
        }
        Csrf csrf = csrf("/console/cases/" + id);
        given().contentType(ContentType.URLENC).cookie("csrf-token", csrf.cookie()).formParam("csrf-token", csrf.token())
                .formParam("channel", "SECURE_MESSAGE").formParam("reference", "secure mail #1")
                .redirects().follow(false).when().post("/console/cases/" + id + "/answer").then().statusCode(303)
                .header("Location", endsWith("/console/cases/" + id));
        assertThat(Cases.get(id).getString("answer.reference")).isEqualTo("secure mail #1");
        // A rule of the service comes back as a message on the page, not as an error page.
        String again = given().contentType(ContentType.URLENC).cookie("csrf-token", csrf.cookie()).formParam("csrf-token", csrf.token())
                .formParam("reason", "").redirects().follow(false).when().post("/console/cases/" + id + "/extension")
                .then().statusCode(400).extract().asString();
        assertThat(again).contains("id=\"error\"", "reason");
    }

    @Test
    @TestSecurity(user = "tiina.tietosuoja", roles = "dpo")
    void shouldShowTheErasurePreviewAndTheFourEyesRequirement() {
        String id = Cases.openVerified("ERASURE");
        Cases.awaitStatus(id, "AWAITING_ERASURE_CONFIRMATION", WAIT);
        String preview = given().when().get("/console/cases/" + id + "/erasure-preview").then().statusCode(200).extract().asString();
        assertThat(preview).contains("id=\"four-eyes\"", "Toisen tietosuojavastaavan", "Asuntohakemus");
        Csrf csrf = csrf("/console/cases/" + id);
        // The DPO who opened the case cannot approve its erasure: the service says so on the page.
        String refused = given().contentType(ContentType.URLENC).cookie("csrf-token", csrf.cookie()).formParam("csrf-token", csrf.token())
                .redirects().follow(false).when().post("/console/cases/" + id + "/erasure-approval").then().statusCode(409)
                .extract().asString();
        assertThat(refused).contains("id=\"error\"");
    }

    @Test
    @TestSecurity(user = "tiina.tietosuoja", roles = "dpo")
    void shouldConfirmAPossibleMatchFromTheCasePageWithErrorsBesideTheFields() {
        stubPossibleMatch("perhe.konsoli@example.fi", "\"EMAIL\"");
        String id = Cases.open(withEmail("perhe.konsoli@example.fi"));
        String match = Cases.awaitStatus(id, "AWAITING_MATCH_DECISION", WAIT).getString("possibleMatches[0].id");
        String page = given().when().get("/console/cases/" + id).then().statusCode(200).extract().asString();
        assertThat(page).contains("id=\"matches\"", "/possible-matches/" + match + "/confirmation",
                "/possible-matches/" + match + "/dismissal", "L. H., born 1975");
        Csrf csrf = csrf("/console/cases/" + id);
        String invalid = submit(csrf, "/console/cases/" + id + "/possible-matches/" + match + "/confirmation", "method", "BY_GUESS",
                "reference", "").then().statusCode(400).contentType(containsString("text/html")).extract().asString();
        assertThat(invalid).contains("id=\"error-match-method\"", "id=\"error-match-reference\"", "must not be blank");
        submit(csrf, "/console/cases/" + id + "/possible-matches/" + match + "/confirmation", "method", "ONE_TIME_CODE",
                "reference", "OTP returned 2026-11-26").then().statusCode(303).header("Location", endsWith("/console/cases/" + id));
        JsonPath done = Cases.awaitStatus(id, "COMPLETED", WAIT);
        assertThat(done.getString("possibleMatches[0].status")).isEqualTo("CONFIRMED");
        assertThat(done.getBoolean("identifiers.find { it.identifier == 'EMAIL' }.verified")).isTrue();
    }

    @Test
    @TestSecurity(user = "tiina.tietosuoja", roles = "dpo")
    void shouldExplainThatANameOnlyMatchCannotBeConfirmedAndDismissIt() {
        stubPossibleMatch("nimi.konsoli@example.fi", "\"NAME_AND_BIRTH_DATE\"");
        String id = Cases.open(withEmail("nimi.konsoli@example.fi"));
        String match = Cases.awaitStatus(id, "AWAITING_MATCH_DECISION", WAIT).getString("possibleMatches[0].id");
        Csrf csrf = csrf("/console/cases/" + id);
        String refused = submit(csrf, "/console/cases/" + id + "/possible-matches/" + match + "/confirmation", "method", "ONE_TIME_CODE",
                "reference", "OTP 1").then().statusCode(409).contentType(containsString("text/html")).extract().asString();
        assertThat(refused).contains("id=\"error\"", "name and birth date alone");
        String blank = submit(csrf, "/console/cases/" + id + "/possible-matches/" + match + "/dismissal", "reason", " ")
                .then().statusCode(400).extract().asString();
        assertThat(blank).contains("id=\"error-dismiss-reason\"");
        submit(csrf, "/console/cases/" + id + "/possible-matches/" + match + "/dismissal", "reason", "Another person of the same name")
                .then().statusCode(303);
        JsonPath done = Cases.awaitStatus(id, "COMPLETED", WAIT);
        assertThat(done.getString("possibleMatches[0].status")).isEqualTo("DISMISSED");
        submit(csrf, "/console/cases/" + id + "/possible-matches/" + match + "/dismissal", "reason", "again").then().statusCode(409);
    }

    @Test
    @TestSecurity(user = "tiina.tietosuoja", roles = "dpo")
    void shouldRecordADoubtAboutIdentityAndThenTheVerification() {
        String id = Cases.open(Cases.body("ACCESS", "PENDING"));
        assertThat(Cases.get(id).getString("status")).isEqualTo("AWAITING_VERIFICATION");
        Csrf csrf = csrf("/console/cases/" + id);
        String invalid = submit(csrf, "/console/cases/" + id + "/identity-doubt", "reason", "", "requestReference", "")
                .then().statusCode(400).extract().asString();
        assertThat(invalid).contains("id=\"error-doubt-reason\"", "id=\"error-doubt-requestReference\"");
        submit(csrf, "/console/cases/" + id + "/identity-doubt", "reason", "No identity code given",
                "requestReference", "letter 2026-11-26").then().statusCode(303);
        assertThat(Cases.get(id).getString("pause.requestReference")).isEqualTo("letter 2026-11-26");
        assertThat(given().when().get("/console/cases/" + id).then().statusCode(200).extract().asString()).contains("id=\"pause\"");
        submit(csrf, "/console/cases/" + id + "/identity-doubt", "reason", "again", "requestReference", "letter 2")
                .then().statusCode(409);
        String badMethod = submit(csrf, "/console/cases/" + id + "/verification", "method", "", "reference", "x")
                .then().statusCode(400).extract().asString();
        assertThat(badMethod).contains("id=\"error-verify-method\"");
        submit(csrf, "/console/cases/" + id + "/verification", "method", "STRONG_ELECTRONIC_IDENTIFICATION", "reference", "suomi.fi tx 10")
                .then().statusCode(303);
        Cases.awaitStatus(id, "COMPLETED", WAIT);
    }

    @Test
    @TestSecurity(user = "tiina.tietosuoja", roles = "dpo")
    void shouldRecordTheRecipientsNotifiedAndTheNoticeBeforeLiftingARestriction() {
        String id = Cases.open(Cases.body("RECTIFICATION", "STRONG_ELECTRONIC_IDENTIFICATION")
                .replace("\"details\"", "\"corrections\": [{\"field\": \"email\", \"value\": \"matti@example.fi\"}], \"details\""));
        JsonPath done = Cases.awaitStatus(id, "COMPLETED", WAIT);
        String customer = done.getString("recipients.find { it.register == 'customer' }.id");
        String personnel = done.getString("recipients.find { it.register == 'personnel' }.id");
        Csrf csrf = csrf("/console/cases/" + id);
        assertThat(given().when().get("/console/cases/" + id).then().extract().asString())
                .contains("id=\"recipients\"", "/recipient-notifications/" + customer);
        String invalid = submit(csrf, "/console/cases/" + id + "/recipient-notifications/" + customer, "status", "MAYBE")
                .then().statusCode(400).extract().asString();
        assertThat(invalid).contains("id=\"error-recipient-status\"");
        submit(csrf, "/console/cases/" + id + "/recipient-notifications/" + personnel, "status", "NOT_NEEDED")
                .then().statusCode(400).body(containsString("disproportionate"));
        submit(csrf, "/console/cases/" + id + "/recipient-notifications/" + customer, "status", "SENT",
                "reference", "email to the property manager").then().statusCode(303);
        submit(csrf, "/console/cases/" + id + "/recipient-notifications/" + personnel, "status", "NOT_NEEDED",
                "reason", "The contract ended in 2024").then().statusCode(303);
        assertThat(Cases.get(id).getList("recipients.status", String.class)).containsOnly("SENT", "NOT_NEEDED");

        String lift = Cases.open(Cases.body("RESTRICTION", "STRONG_ELECTRONIC_IDENTIFICATION")
                .replace("\"details\"", "\"restriction\": \"LIFT\", \"details\""));
        Csrf liftCsrf = csrf("/console/cases/" + lift);
        assertThat(given().when().get("/console/cases/" + lift).then().extract().asString()).contains("/console/cases/" + lift + "/lift-notice");
        assertThat(submit(liftCsrf, "/console/cases/" + lift + "/lift-notice", "channel", "LETTER").then().statusCode(400)
                .extract().asString()).contains("id=\"error-lift-reference\"");
        submit(liftCsrf, "/console/cases/" + lift + "/lift-notice", "channel", "LETTER", "reference", "letter 2026-11-26")
                .then().statusCode(303);
        Cases.awaitStatus(lift, "COMPLETED", WAIT);
    }

    @Test
    @TestSecurity(user = "tiina.tietosuoja", roles = "dpo")
    void shouldShowEveryServicesAuditVerificationAtAGlance() {
        possibleMatch = Registers.customer().register(com.github.tomakehurst.wiremock.client.WireMock.get(
                urlPathEqualTo("/api/v1/audit-log/verification")).atPriority(1).willReturn(okJson("""
                        {"intact": false, "checked": 10, "firstBrokenId": 7, "firstBrokenSeal": 3, "problem": "entry 7 of seal 3 changed",
                         "seals": 4, "service": "customer-register-service", "newestSealAgeSeconds": 7200}
                        """)));
        String page = given().header("Accept-Language", "en").when().get("/console/audit").then().statusCode(200)
                .contentType(containsString("text/html")).extract().asString();
        assertThat(page).contains("id=\"audit\"", "data-register=\"gateway\"", "data-register=\"customer\"", "Access logs",
                "id=\"audit-broken\"", "entry 7 of seal 3 changed", "seal 3", "entry 7", "2 h");
        Registers.customer().removeStubMapping(possibleMatch);
        possibleMatch = null;
        boolean intact = given().header("Authorization", dpo()).when().get("/api/v1/audit/verification").then().statusCode(200)
                .extract().jsonPath().getBoolean("intact");
        String again = given().header("Accept-Language", "fi").when().get("/console/audit").then().statusCode(200).extract().asString();
        assertThat(again).contains(intact ? "id=\"audit-intact\"" : "id=\"audit-broken\"", "Lokitiedot")
                .doesNotContain("entry 7 of seal 3 changed");
    }

    @Test
    @TestSecurity(user = "asta", roles = "customer-service")
    void shouldRefuseTheNewCasePageActionsAndTheAuditPageToStaff() {
        given().redirects().follow(false).when().get("/console/audit").then().statusCode(403);
        given().redirects().follow(false).when().get("/console/retention").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "tiina.tietosuoja", roles = "dpo")
    void shouldShowEveryRegistersLatestRetentionRunInTheReadersLanguage() {
        String fi = given().header("Accept-Language", "fi").when().get("/console/retention").then().statusCode(200)
                .contentType(containsString("text/html")).header("Content-Security-Policy", containsString("default-src 'none'"))
                .extract().asString();
        assertThat(fi).contains("id=\"nav-retention\"", "id=\"retention\"", "Poistoajot",
                "data-register=\"customer\" data-status=\"ok\"", "data-register=\"personnel\" data-status=\"none\"",
                "27.11.2026 klo 3.30", "housing-applications", "12 poistettu tai anonymisoitu", "1 säilytetty",
                "credit-information</strong>: 3 poistettu tai anonymisoitu", "poistot tehty", "ei vielä ajoja", "tarkistettu")
                .doesNotContain("2026-11-27T01:30", "triggeredBy");
        assertThat(given().header("Accept-Language", "sv").when().get("/console/retention").then().statusCode(200).extract().asString())
                .contains("Gallringskörningar", "27.11.2026 kl. 3.30", "ingen körning ännu");
        assertThat(given().header("Accept-Language", "en").when().get("/console/retention").then().statusCode(200).extract().asString())
                .contains("Retention runs", "27 November 2026, 03:30", "no run yet");
    }
}
