package fi.kuopas.cctv;

import static fi.kuopas.cctv.Fixtures.ago;
import static fi.kuopas.cctv.Fixtures.camera;
import static fi.kuopas.cctv.Fixtures.emailKey;
import static fi.kuopas.cctv.Fixtures.exists;
import static fi.kuopas.cctv.Fixtures.officer;
import static fi.kuopas.cctv.Fixtures.randomEmail;
import static fi.kuopas.cctv.Fixtures.segment;
import static fi.kuopas.cctv.Fixtures.site;
import static fi.kuopas.cctv.Fixtures.spi;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import fi.kuopas.privacy.grant.CaseGrant.Operation;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Exact subject matching (SubjectMatcher): a footage request, and the footage reached through it,
 * is the subject's only through a key the subject proved. A request that only a claimed key
 * matched is never reported, erased, restricted or objected to: the answer names it as a possible
 * match with a hint that says nothing about the person.
 */
@QuarkusTest
class CctvSubjectMatchingTest {

    /** A reviewed footage request: one segment shows the requester. */
    record Footage(String email, String key, String requestId, long shown, Instant at, String place) {
    }

    private static Footage footage(long hoursAgo) {
        String site = site();
        String cam = camera(site);
        Instant t = ago(hoursAgo, ChronoUnit.HOURS);
        long shown = segment(cam, t, t.plus(10, ChronoUnit.MINUTES));
        String email = randomEmail();
        String place = "Pyöräkellari, " + UUID.randomUUID();
        Map<String, Object> body = new HashMap<>(FootageRequestTest.request(site, t, t.plus(1, ChronoUnit.HOURS), email));
        body.put("placeDescription", place);
        String id = officer().body(body).when().post("/api/v1/footage-requests").then().statusCode(201).extract().path("id");
        officer().body(Map.of("segmentIds", List.of(shown), "version", 0)).when().post("/api/v1/footage-requests/" + id + "/review")
                .then().statusCode(200);
        return new Footage(email, emailKey(email), id, shown, t, place);
    }

    private static String thisMonth() {
        return "request of " + YearMonth.now(ZoneId.of("Europe/Helsinki"));
    }

    @Test
    void shouldReportOnlyTheRequestOfTheVerifiedKeyAndListTheClaimedOneAsAPossibleMatch() {
        Footage a = footage(6);
        Footage b = footage(9);

        String raw = spi(Operation.ACCESS, UUID.randomUUID(), Set.of(a.key()), Set.of(b.key()), Map.of())
                .when().post("/dsr/v1/access").then().statusCode(200).extract().asString();
        JsonPath report = JsonPath.from(raw);

        assertThat(report.getBoolean("subjectFound")).isTrue();
        assertThat(report.getList("categories.find { it.name == 'Footage requests' }.records.id")).containsExactly(a.requestId());
        assertThat(report.getList("categories.find { it.name == 'Camera recordings' }.records.from"))
                .containsExactly(a.at().toString());
        assertThat(report.getList("accessLog.findAll { it.purpose == 'Art 15 footage request: RECEIVED' }")).hasSize(1);
        assertThat(raw).doesNotContain(b.requestId(), b.place(), b.at().toString());
        assertThat(report.getList("possibleMatches")).hasSize(1);
        assertThat(report.getString("possibleMatches[0].register")).isEqualTo("cctv");
        assertThat(report.getString("possibleMatches[0].recordKind")).isEqualTo("footage request");
        assertThat(report.getList("possibleMatches[0].matchedIdentifiers")).containsExactly("EMAIL");
        assertThat(report.getString("possibleMatches[0].hint")).isEqualTo(thisMonth());
    }

    @Test
    void shouldEraseNothingThroughClaimedKeysAlone() {
        Footage b = footage(7);
        // The requester proved an identity code this register does not know, and only claimed B's email.
        Set<String> verified = Set.of(emailKey(randomEmail()).replace("email_", "pic_"));

        spi(Operation.ERASURE_PREVIEW, UUID.randomUUID(), verified, Set.of(b.key()), Map.of()).when().post("/dsr/v1/erasure")
                .then().statusCode(200).body("erased[0].count", equalTo(0)).body("possibleMatches", hasSize(1))
                .body("erased[0].categoryCode", equalTo("category.cctv.recordings"));
        spi(Operation.ERASURE_EXECUTE, UUID.randomUUID(), verified, Set.of(b.key()), Map.of()).queryParam("dryRun", false)
                .when().post("/dsr/v1/erasure").then().statusCode(200)
                .body("erased[0].count", equalTo(0)).body("kept", hasSize(0))
                .body("possibleMatches", hasSize(1))
                .body("possibleMatches[0].matchedIdentifiers", equalTo(List.of("EMAIL")))
                .body("possibleMatches[0].hint", equalTo(thisMonth()));
        assertThat(exists(b.shown())).isTrue();

        spi(Operation.LOOKUP, UUID.randomUUID(), Set.of(), Set.of(b.key()), Map.of()).when().post("/dsr/v1/lookup").then()
                .statusCode(200).body("found", equalTo(false)).body("records", equalTo(0)).body("categories", hasSize(0))
                .body("possibleMatches", hasSize(1));
    }

    @Test
    void shouldRestrictOnlyTheFootageOfTheVerifiedRequest() {
        Footage a = footage(5);
        Footage b = footage(8);

        spi(Operation.RESTRICTION, UUID.randomUUID(), Set.of(a.key()), Set.of(b.key()), Map.of("action", "SET"))
                .when().post("/dsr/v1/restriction").then().statusCode(200).body("subjectFound", equalTo(true))
                .body("possibleMatches", hasSize(1));

        officer().body(Map.of("reason", "Tarkistus")).when().post("/api/v1/segments/" + a.shown() + "/views")
                .then().statusCode(409);
        officer().body(Map.of("reason", "Tarkistus")).when().post("/api/v1/segments/" + b.shown() + "/views")
                .then().statusCode(200);
    }

    @Test
    void shouldNeitherRecordAnObjectionNorDeleteFootageOfAClaimedRequest() {
        Footage b = footage(4);
        Set<String> verified = Set.of(emailKey(randomEmail()));

        spi(Operation.OBJECTION, UUID.randomUUID(), verified, Set.of(b.key()), Map.of("grounds", "En halua olla tallenteilla"))
                .when().post("/dsr/v1/objection").then().statusCode(200).body("subjectFound", equalTo(false))
                .body("applied", hasSize(0)).body("possibleMatches", hasSize(1));
        assertThat(exists(b.shown())).isTrue();
        spi(Operation.ACCESS, UUID.randomUUID(), b.key()).when().post("/dsr/v1/access").then().statusCode(200)
                .body("categories.find { it.name == 'View and disclosure log' }.records.entry", not(hasItem("objection")));
    }
}
