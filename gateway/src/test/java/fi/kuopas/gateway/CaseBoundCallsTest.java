package fi.kuopas.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static fi.kuopas.gateway.support.Cases.BASE;
import static fi.kuopas.gateway.support.Cases.dpo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import fi.kuopas.gateway.support.Cases;
import fi.kuopas.gateway.support.Registers;
import fi.kuopas.privacy.dsr.SubjectRef;
import fi.kuopas.privacy.grant.CaseGrant;
import fi.kuopas.privacy.grant.CaseGrant.Operation;
import fi.kuopas.privacy.grant.CaseGrantVerifier;
import fi.kuopas.privacy.identity.PersonalIdentityCode;
import fi.kuopas.privacy.problem.ProblemException;
import fi.kuopas.privacy.subject.SubjectKeys;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * One person, one answer, at the gateway: identifiers carry their proof into the register calls,
 * every call carries a case grant the registers can verify with the gateway's published key,
 * possible matches wait for the DPO's decision, and an erasure needs a second DPO.
 */
@QuarkusTest
class CaseBoundCallsTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String CODE = "131052-308T";
    private static final String FAMILY_EMAIL = "perhe.meikalainen@example.fi";

    @Inject
    SubjectKeys keys;

    @TestHTTPResource("/.well-known/jwks.json")
    URL jwks;

    private StubMapping possibleMatch;

    @AfterEach
    void removeStub() {
        if (possibleMatch != null) {
            Registers.customer().removeStubMapping(possibleMatch);
            possibleMatch = null;
        }
    }

    @Test
    void shouldSendTheEmailAsClaimedBesideAStronglyVerifiedIdentityCodeWithAGrantTheRegisterCanVerify() {
        String id = Cases.open(body("ACCESS", "demo.subject@example.fi", null));
        Cases.awaitStatus(id, "COMPLETED", WAIT);

        LoggedRequest call = Registers.customer().find(postRequestedFor(urlPathEqualTo("/dsr/v1/access"))
                .withRequestBody(matchingJsonPath("$.caseId", WireMock.equalTo(id)))).get(0);
        JsonPath body = new JsonPath(call.getBodyAsString());
        String pic = keys.ofIdentityCode(PersonalIdentityCode.parse(CODE));
        String email = keys.ofEmail("demo.subject@example.fi");
        String name = keys.ofNameAndBirthDate("Matti Meikäläinen", java.time.LocalDate.of(1952, 10, 13));
        assertThat(body.getList("subject.verified", String.class)).containsExactlyInAnyOrder(pic, name);
        assertThat(body.getList("subject.claimed", String.class)).containsExactly(email);

        // The register's own verifier, against the gateway's published JWKS, accepts exactly this call ...
        SubjectRef subject = new SubjectRef(Set.of(pic, name), Set.of(email));
        CaseGrantVerifier customer = new CaseGrantVerifier(jwks.toString(), "kuopas-gateway", Optional.of("customer"));
        CaseGrant grant = customer.require(call.getHeader(CaseGrant.HEADER), Operation.ACCESS, UUID.fromString(id), subject);
        assertThat(grant.caseType()).isEqualTo("ACCESS");
        assertThat(grant.expiresAt()).isBefore(java.time.Instant.now().plusSeconds(CaseGrant.MAX_LIFETIME_SECONDS + 1));
        // ... and nothing else: another register, another operation, or another subject.
        CaseGrantVerifier personnel = new CaseGrantVerifier(jwks.toString(), "kuopas-gateway", Optional.of("personnel"));
        assertRefused(() -> personnel.require(call.getHeader(CaseGrant.HEADER), Operation.ACCESS, UUID.fromString(id), subject));
        assertRefused(() -> customer.require(call.getHeader(CaseGrant.HEADER), Operation.ERASURE_EXECUTE, UUID.fromString(id), subject));
        assertRefused(() -> customer.require(call.getHeader(CaseGrant.HEADER), Operation.ACCESS, UUID.fromString(id),
                new SubjectRef(Set.of(pic, name, email), Set.of())));
    }

    @Test
    void shouldVerifyAnEmailConfirmedWithAOneTimeCodeWhenTheCaseIsOpened() {
        String id = Cases.open(body("ACCESS", "demo.subject@example.fi",
                "[{\"identifier\": \"EMAIL\", \"method\": \"ONE_TIME_CODE\", \"reference\": \"OTP ticket 4411\"}]"));
        JsonPath view = Cases.awaitStatus(id, "COMPLETED", WAIT);
        assertThat(view.getString("identifiers.find { it.identifier == 'EMAIL' }.method")).isEqualTo("ONE_TIME_CODE");
        assertThat(view.getBoolean("identifiers.find { it.identifier == 'EMAIL' }.verified")).isTrue();
        String email = keys.ofEmail("demo.subject@example.fi");
        Registers.customer().verifyThat(postRequestedFor(urlPathEqualTo("/dsr/v1/access"))
                .withRequestBody(matchingJsonPath("$.caseId", WireMock.equalTo(id)))
                .withRequestBody(matchingJsonPath("$.subject.verified[?(@ == '" + email + "')]")));
    }

    @Test
    void shouldRefuseIdentifierProofsThatProveNothing() {
        given().header("Authorization", dpo()).contentType(ContentType.JSON)
                .body(body("ACCESS", "demo.subject@example.fi",
                        "[{\"identifier\": \"PERSONAL_IDENTITY_CODE\", \"method\": \"ONE_TIME_CODE\", \"reference\": \"x\"}]"))
                .when().post(BASE).then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("ONE_TIME_CODE cannot prove a PERSONAL_IDENTITY_CODE"));
        given().header("Authorization", dpo()).contentType(ContentType.JSON)
                .body(body("ACCESS", null, "[{\"identifier\": \"PHONE\", \"method\": \"ONE_TIME_CODE\", \"reference\": \"x\"}]"))
                .when().post(BASE).then().statusCode(400).body("detail", containsString("did not give"));
    }

    @Test
    void shouldHoldACaseWithAPossibleMatchForTheDposDecisionAndCloseItWhenDismissed() {
        stubPossibleMatch();
        String id = Cases.open(body("ACCESS", FAMILY_EMAIL, null));
        JsonPath view = Cases.awaitStatus(id, "AWAITING_MATCH_DECISION", WAIT);
        assertThat(view.getList("possibleMatches")).hasSize(1);
        assertThat(view.getString("possibleMatches[0].hint")).isEqualTo("L. H., born 1975");
        assertThat(view.getString("possibleMatches[0].status")).isEqualTo("OPEN");

        // The answers so far are readable as a draft, with the match listed and none of its data.
        given().header("Authorization", dpo()).when().get(BASE + "/" + id + "/report").then().statusCode(200)
                .body("status", equalTo("AWAITING_MATCH_DECISION")).body("access", hasSize(2))
                .body("possibleMatches", hasSize(1)).body("possibleMatches[0].matchedIdentifiers[0]", equalTo("EMAIL"));

        String match = view.getString("possibleMatches[0].id");
        given().header("Authorization", dpo()).contentType(ContentType.JSON).body("{}")
                .when().post(BASE + "/" + id + "/possible-matches/" + match + "/dismissal").then().statusCode(400)
                .contentType("application/problem+json");
        given().header("Authorization", dpo()).contentType(ContentType.JSON)
                .body("{\"reason\": \"The family email belongs to the subject's spouse\"}")
                .when().post(BASE + "/" + id + "/possible-matches/" + match + "/dismissal").then().statusCode(200)
                .body("status", equalTo("COMPLETED")).body("possibleMatches[0].status", equalTo("DISMISSED"))
                .body("history.action", org.hamcrest.Matchers.hasItem("POSSIBLE_MATCH_DISMISSED"));
        given().header("Authorization", dpo()).contentType(ContentType.JSON).body("{\"reason\": \"again\"}")
                .when().post(BASE + "/" + id + "/possible-matches/" + match + "/dismissal").then().statusCode(409);
        given().header("Authorization", dpo()).contentType(ContentType.JSON).body("{\"reason\": \"x\"}")
                .when().post(BASE + "/" + id + "/possible-matches/" + UUID.randomUUID() + "/dismissal").then().statusCode(404);
    }

    @Test
    void shouldAskEveryRegisterAgainWithTheEmailVerifiedWhenTheDpoConfirmsAMatch() {
        stubPossibleMatch();
        String id = Cases.open(body("ACCESS", FAMILY_EMAIL, null));
        String match = Cases.awaitStatus(id, "AWAITING_MATCH_DECISION", WAIT).getString("possibleMatches[0].id");

        given().header("Authorization", dpo()).contentType(ContentType.JSON)
                .body("{\"method\": \"ONE_TIME_CODE\", \"reference\": \"OTP returned 2026-11-26\"}")
                .when().post(BASE + "/" + id + "/possible-matches/" + match + "/confirmation").then().statusCode(200);
        JsonPath view = Cases.awaitStatus(id, "COMPLETED", WAIT);
        assertThat(view.getString("possibleMatches[0].status")).isEqualTo("CONFIRMED");
        assertThat(view.getBoolean("identifiers.find { it.identifier == 'EMAIL' }.verified")).isTrue();
        assertThat(view.getList("registers.findAll { it.round == 1 }")).hasSize(2);
        String email = keys.ofEmail(FAMILY_EMAIL);
        Registers.personnel().verifyThat(postRequestedFor(urlPathEqualTo("/dsr/v1/access"))
                .withRequestBody(matchingJsonPath("$.caseId", WireMock.equalTo(id)))
                .withRequestBody(matchingJsonPath("$.subject.verified[?(@ == '" + email + "')]")));
    }

    @Test
    void shouldRefuseToConfirmAMatchOnNameAndBirthDateAlone() {
        possibleMatch = Registers.customer().register(post(urlPathEqualTo("/dsr/v1/access")).atPriority(1)
                .withRequestBody(matchingJsonPath("$.subject.verified[?(@ == '" + keys.ofIdentityCode(PersonalIdentityCode.parse(CODE))
                        + "')]"))
                .withRequestBody(matchingJsonPath("$.subject.claimed[?(@ == '" + keys.ofEmail(FAMILY_EMAIL) + "')]"))
                .willReturn(okJson(report("NAME_AND_BIRTH_DATE"))));
        String id = Cases.open(body("ACCESS", FAMILY_EMAIL, null));
        String match = Cases.awaitStatus(id, "AWAITING_MATCH_DECISION", WAIT).getString("possibleMatches[0].id");
        given().header("Authorization", dpo()).contentType(ContentType.JSON)
                .body("{\"method\": \"CONFIRMED_BY_DPO\", \"reference\": \"phone call\"}")
                .when().post(BASE + "/" + id + "/possible-matches/" + match + "/confirmation").then().statusCode(409)
                .body("detail", containsString("name and birth date alone"));
    }

    @Test
    void shouldNeedASecondDpoToApproveAnErasureBeforeItIsExecuted() {
        String id = Cases.openVerified("ERASURE");
        Cases.awaitStatus(id, "AWAITING_ERASURE_CONFIRMATION", WAIT);
        given().header("Authorization", dpo()).when().post(BASE + "/" + id + "/erasure-execution").then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("second DPO"));
        given().header("Authorization", dpo()).when().post(BASE + "/" + id + "/erasure-approval").then().statusCode(409)
                .body("detail", containsString("not by the one who opened the case"));
        Registers.customer().verifyThat(0, postRequestedFor(urlPathEqualTo("/dsr/v1/erasure"))
                .withQueryParam("dryRun", WireMock.equalTo("false"))
                .withRequestBody(matchingJsonPath("$.caseId", WireMock.equalTo(id))));

        given().header("Authorization", Cases.secondDpo()).when().post(BASE + "/" + id + "/erasure-approval").then()
                .statusCode(200).body("erasureApproval.approvedBy", equalTo("toinen.tietosuoja"))
                .body("erasureApproval.openedBy", equalTo("tiina.tietosuoja"));
        given().header("Authorization", Cases.secondDpo()).when().post(BASE + "/" + id + "/erasure-approval").then()
                .statusCode(409);
        given().header("Authorization", dpo()).when().post(BASE + "/" + id + "/erasure-execution").then().statusCode(202);
        Cases.awaitStatus(id, "COMPLETED", WAIT);
        // The subject's report says a second DPO approved it; staff usernames stay in the journal.
        String report = given().header("Authorization", dpo()).when().get(BASE + "/" + id + "/report").then().statusCode(200)
                .body("erasureApproval.approvedBy", equalTo("a second data protection officer"))
                .body("erasure.dryRun", org.hamcrest.Matchers.everyItem(equalTo(false))).extract().asString();
        assertThat(report).doesNotContain("toinen.tietosuoja", "tiina.tietosuoja");
        assertThat(Cases.get(id).getList("history.actor", String.class)).contains("toinen.tietosuoja");
    }

    /** The customer double reports a possible match while the family email is only claimed. */
    private void stubPossibleMatch() {
        possibleMatch = Registers.customer().register(post(urlPathEqualTo("/dsr/v1/access")).atPriority(1)
                .withRequestBody(matchingJsonPath("$.subject.claimed[?(@ == '" + keys.ofEmail(FAMILY_EMAIL) + "')]"))
                .willReturn(okJson(report("EMAIL"))));
    }

    private static String report(String matchedBy) {
        return """
                {"register": "customer", "subjectFound": true, "producedAt": "2026-11-26T10:00:00Z", "categories": [],
                 "accessLog": [],
                 "possibleMatches": [{"register": "customer", "recordKind": "person", "matchedIdentifiers": ["%s"],
                                      "hint": "L. H., born 1975"}]}
                """.formatted(matchedBy);
    }

    private static String body(String type, String email, String confirmed) {
        return """
                {"type": "%s",
                 "subject": {"personalIdentityCode": "%s", %s "name": "Matti Meikäläinen", "birthDate": "1952-10-13"},
                 "verification": {"method": "STRONG_ELECTRONIC_IDENTIFICATION", "reference": "suomi.fi tx 9"%s}}
                """.formatted(type, CODE, email == null ? "" : "\"email\": \"" + email + "\",",
                confirmed == null ? "" : ", \"confirmedIdentifiers\": " + confirmed);
    }

    private static void assertRefused(Runnable call) {
        try {
            call.run();
        } catch (ProblemException e) {
            assertThat(e.status()).isEqualTo(403);
            return;
        }
        throw new AssertionError("the grant was accepted");
    }

}
