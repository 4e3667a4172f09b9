package fi.kuopas.cctv;

import static fi.kuopas.cctv.Fixtures.ago;
import static fi.kuopas.cctv.Fixtures.camera;
import static fi.kuopas.cctv.Fixtures.emailKey;
import static fi.kuopas.cctv.Fixtures.exists;
import static fi.kuopas.cctv.Fixtures.gateway;
import static fi.kuopas.cctv.Fixtures.officer;
import static fi.kuopas.cctv.Fixtures.randomEmail;
import static fi.kuopas.cctv.Fixtures.segment;
import static fi.kuopas.cctv.Fixtures.site;
import static fi.kuopas.cctv.Fixtures.spi;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import fi.kuopas.privacy.grant.CaseGrant;
import fi.kuopas.privacy.grant.CaseGrant.Operation;
import fi.kuopas.testsupport.CaseGrants;
import fi.kuopas.testsupport.RestrictionRefusals;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CctvDsrTest {

    /** A subject whose footage request was reviewed: two segments show them, one does not. */
    record Subject(String email, String key, String cameraId, Instant at, long shown1, long shown2, long notShown, String requestId) {
    }

    private static Subject reviewedSubject() {
        String site = site();
        String cam = camera(site);
        Instant t = ago(6, ChronoUnit.HOURS);
        long s1 = segment(cam, t, t.plus(10, ChronoUnit.MINUTES));
        long s2 = segment(cam, t.plus(2, ChronoUnit.HOURS), t.plus(130, ChronoUnit.MINUTES));
        long other = segment(cam, t.plus(20, ChronoUnit.MINUTES), t.plus(30, ChronoUnit.MINUTES));
        String email = randomEmail();
        Map<String, Object> body = FootageRequestTest.request(site, t, t.plus(3, ChronoUnit.HOURS), email);
        String id = officer().body(body).when().post("/api/v1/footage-requests").then().statusCode(201).extract().path("id");
        officer().body(Map.of("segmentIds", List.of(s1, s2), "version", 0)).when().post("/api/v1/footage-requests/" + id + "/review")
                .then().statusCode(200);
        return new Subject(email, emailKey(email), cam, t, s1, s2, other, id);
    }

    @Test
    void shouldReportFootageRequestsViewsAndDisclosuresInTheAccessReport() {
        Subject s = reviewedSubject();
        officer().body(Map.of("othersMasked", true, "maskingNote", "Muut sumennettu", "version", 1))
                .when().post("/api/v1/footage-requests/" + s.requestId() + "/release").then().statusCode(200);
        spi(Operation.ACCESS, UUID.randomUUID(), s.key()).when().post("/dsr/v1/access").then().statusCode(200)
                .body("register", equalTo("cctv")).body("subjectFound", equalTo(true))
                .body("categories.find { it.name == 'Footage requests' }.records[0].status", equalTo("RELEASED"))
                .body("categories.find { it.name == 'Footage requests' }.records[0].segmentsShowingYou", hasSize(2))
                .body("categories.find { it.name == 'Camera recordings' }.records", hasSize(2))
                .body("categories.find { it.name == 'Camera recordings' }.legalBasis", startsWith("GDPR Art 6(1)(f)"))
                .body("categories.find { it.name == 'View and disclosure log' }.records.entry", hasItem("view"))
                .body("categories.find { it.name == 'View and disclosure log' }.records.entry", hasItem("disclosure"))
                .body("accessLog.purpose", hasItem("Art 15 footage request: RELEASED"));
        spi(Operation.LOOKUP, UUID.randomUUID(), s.key()).when().post("/dsr/v1/lookup").then().statusCode(200)
                .body("found", equalTo(true)).body("records", equalTo(1));
        spi(Operation.LOOKUP, UUID.randomUUID(), emailKey(randomEmail())).when().post("/dsr/v1/lookup").then().statusCode(200)
                .body("found", equalTo(false));
    }

    @Test
    void shouldKeepRestrictedSegmentsButRefuseViewsUntilLifted() {
        Subject s = reviewedSubject();
        UUID caseId = UUID.randomUUID();
        Map<String, Object> set = Map.of("action", "SET");
        spi(Operation.RESTRICTION, caseId, Set.of(s.key()), Set.of(), set).when().post("/dsr/v1/restriction").then()
                .statusCode(200).body("subjectFound", equalTo(true));
        spi(Operation.RESTRICTION, caseId, Set.of(s.key()), Set.of(), set).when().post("/dsr/v1/restriction").then()
                .statusCode(200);
        officer().body(Map.of("reason", "Tarkistus")).when().post("/api/v1/segments/" + s.shown1() + "/views")
                .then().statusCode(409).body("type", equalTo(Fixtures.PROBLEMS + "processing-restricted"));
        officer().body(Map.of("reason", "Tarkistus")).when().post("/api/v1/segments/" + s.notShown() + "/views")
                .then().statusCode(200);
        officer().body(Map.of("recipientType", "INSURER", "recipient", "Vakuutusyhtiö Esimerkki", "basis", "GDPR 6(1)(f)",
                "segmentIds", List.of(s.shown2()))).when().post("/api/v1/disclosures").then().statusCode(409);
        spi(Operation.ACCESS, UUID.randomUUID(), s.key()).when().post("/dsr/v1/access").then().statusCode(200)
                .body("accessLog.purpose", hasItem("refused: processing restricted (Art 18)"));

        spi(Operation.RESTRICTION, caseId, Set.of(s.key()), Set.of(), Map.of("action", "LIFT"))
                .when().post("/dsr/v1/restriction").then().statusCode(200);
        officer().body(Map.of("reason", "Tarkistus")).when().post("/api/v1/segments/" + s.shown1() + "/views")
                .then().statusCode(200);
    }

    @Test
    void shouldRefuseARestrictedSubjectsSegmentWithTheKitProblemTypeAndAuditTheRefusal() {
        Subject s = reviewedSubject();
        spi(Operation.RESTRICTION, UUID.randomUUID(), Set.of(s.key()), Set.of(), Map.of("action", "SET"))
                .when().post("/dsr/v1/restriction").then().statusCode(200);

        RestrictionRefusals.assertRefusedAndAudited(s.key(), "recording_segment",
                () -> officer().body(Map.of("reason", "Tarkistus")).when().post("/api/v1/segments/" + s.shown1() + "/views").then());
        RestrictionRefusals.assertRefusedAndAudited(s.key(), "recording_segment",
                () -> officer().body(Map.of("recipientType", "INSURER", "recipient", "Vakuutusyhtiö Esimerkki",
                        "basis", "GDPR 6(1)(f)", "segmentIds", List.of(s.shown2()))).when().post("/api/v1/disclosures").then());
    }

    @Test
    void shouldEraseTheSubjectsSegmentsButKeepThoseUnderAHoldWithTheReason() {
        Subject s = reviewedSubject();
        Fixtures.placeHold(s.cameraId(), s.at().minus(5, ChronoUnit.MINUTES), s.at().plus(15, ChronoUnit.MINUTES));
        UUID caseId = UUID.randomUUID();
        spi(Operation.ERASURE_PREVIEW, caseId, s.key()).when().post("/dsr/v1/erasure").then().statusCode(200)
                .body("dryRun", equalTo(true)).body("erased[0].count", equalTo(1));
        assertThat(exists(s.shown2())).isTrue();

        spi(Operation.ERASURE_EXECUTE, caseId, s.key()).queryParam("dryRun", false).when().post("/dsr/v1/erasure").then()
                .statusCode(200).body("dryRun", equalTo(false)).body("erased[0].count", equalTo(1))
                .body("kept[0].count", equalTo(1))
                .body("kept[0].reason", containsString("Ilkivalta pyöräkellarissa"))
                .body("kept[0].legalReference", containsString("17(3)(e)"));
        assertThat(exists(s.shown1())).as("held").isTrue();
        assertThat(exists(s.shown2())).as("erased").isFalse();
        assertThat(exists(s.notShown())).as("someone else's footage").isTrue();
        spi(Operation.ERASURE_EXECUTE, caseId, s.key()).queryParam("dryRun", false).when().post("/dsr/v1/erasure").then()
                .statusCode(200).body("erased[0].count", equalTo(1));
    }

    private static void disclose(String type, String recipient, String policeCase, long... segmentIds) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("recipientType", type, "recipient", recipient,
                "basis", "Esitutkintalaki 805/2011 7:8; GDPR 6(1)(c)",
                "segmentIds", java.util.Arrays.stream(segmentIds).boxed().toList()));
        if (policeCase != null) {
            body.put("policeCaseNumber", policeCase);
        }
        officer().body(body).when().post("/api/v1/disclosures").then().statusCode(201);
    }

    /**
     * Art 19: erasure (preview and execution), restriction and rectification name every recipient the
     * subject's footage was disclosed to, once each; never the subject themselves (their own copy),
     * nor a recipient of someone else's footage or of a request only a claimed key matched.
     */
    @Test
    void shouldNameTheRecipientsOfTheSubjectsDisclosedFootageInErasureRestrictionAndRectification() {
        Subject s = reviewedSubject();
        Subject claimed = reviewedSubject();
        disclose("POLICE", "Itä-Suomen poliisilaitos", "5500/R/12345/26", s.shown1());
        disclose("POLICE", "Itä-Suomen poliisilaitos", "5500/R/12345/26", s.shown1(), s.shown2());
        disclose("INSURER", "Vakuutusyhtiö Esimerkki", null, s.shown2());
        disclose("OTHER_AUTHORITY", "Pelastuslaitos", null, s.notShown());
        disclose("PROSECUTOR_OR_COURT", "Itä-Suomen syyttäjäalue", null, claimed.shown1());
        officer().body(Map.of("othersMasked", true, "maskingNote", "Muut sumennettu", "version", 1))
                .when().post("/api/v1/footage-requests/" + s.requestId() + "/release").then().statusCode(200);
        List<String> expected = List.of("Itä-Suomen poliisilaitos (5500/R/12345/26)", "Vakuutusyhtiö Esimerkki");
        Set<String> verified = Set.of(s.key());
        Set<String> claimedKeys = Set.of(claimed.key());

        List<String> rectification = spi(Operation.RECTIFICATION, UUID.randomUUID(), verified, claimedKeys,
                Map.of("corrections", List.of(Map.of("field", "from", "value", "x")))).when().post("/dsr/v1/rectification")
                .then().statusCode(200).extract().jsonPath().getList("recipientsToNotify", String.class);
        assertThat(rectification).containsExactlyElementsOf(expected);

        UUID restriction = UUID.randomUUID();
        List<String> restricted = spi(Operation.RESTRICTION, restriction, verified, claimedKeys, Map.of("action", "SET"))
                .when().post("/dsr/v1/restriction").then().statusCode(200).body("possibleMatches", hasSize(1))
                .extract().jsonPath().getList("recipientsToNotify", String.class);
        assertThat(restricted).containsExactlyElementsOf(expected);
        spi(Operation.RESTRICTION, restriction, verified, claimedKeys, Map.of("action", "LIFT"))
                .when().post("/dsr/v1/restriction").then().statusCode(200);

        UUID caseId = UUID.randomUUID();
        List<String> preview = spi(Operation.ERASURE_PREVIEW, caseId, verified, claimedKeys, Map.of())
                .when().post("/dsr/v1/erasure").then().statusCode(200).body("dryRun", equalTo(true))
                .extract().jsonPath().getList("recipientsToNotify", String.class);
        assertThat(preview).containsExactlyElementsOf(expected);
        List<String> erased = spi(Operation.ERASURE_EXECUTE, caseId, verified, claimedKeys, Map.of()).queryParam("dryRun", false)
                .when().post("/dsr/v1/erasure").then().statusCode(200).body("erased[0].count", equalTo(2))
                .extract().jsonPath().getList("recipientsToNotify", String.class);
        assertThat(erased).containsExactlyElementsOf(expected);
        assertThat(exists(s.shown1())).isFalse();

        // A subject whose footage went nowhere has no one to tell.
        Subject undisclosed = reviewedSubject();
        spi(Operation.ERASURE_PREVIEW, UUID.randomUUID(), undisclosed.key()).when().post("/dsr/v1/erasure").then()
                .statusCode(200).body("recipientsToNotify", hasSize(0));
    }

    @Test
    void shouldRequestTheRecorderToDeleteTheVideoOfErasedAndObjectedSegments() {
        Subject erased = reviewedSubject();
        spi(Operation.ERASURE_EXECUTE, UUID.randomUUID(), erased.key()).queryParam("dryRun", false).when().post("/dsr/v1/erasure")
                .then().statusCode(200).body("erased[0].count", equalTo(2));
        Subject objected = reviewedSubject();
        spi(Operation.OBJECTION, UUID.randomUUID(), objected.key()).when().post("/dsr/v1/objection").then().statusCode(200)
                .body("applied[0]", containsString("STOP"));

        // Queued in the statement that deleted the segments; the next sweep sends them to the recorder.
        Fixtures.dpo().queryParam("status", "REQUESTED").queryParam("size", 500).when().get("/api/v1/retention/video-deletions")
                .then().statusCode(200)
                .body("find { it.segmentId == " + erased.shown1() + " }.reason", equalTo("ERASURE"))
                .body("find { it.segmentId == " + erased.shown2() + " }.reason", equalTo("ERASURE"))
                .body("find { it.segmentId == " + objected.shown1() + " }.reason", equalTo("OBJECTION"))
                .body("segmentId", not(hasItem((int) erased.notShown())));
        officer().queryParam("dryRun", false).when().post("/api/v1/retention/sweeps").then().statusCode(200)
                .body("videoDeletionsRetried", greaterThanOrEqualTo(3));
        List<Long> confirmed = Fixtures.dpo().queryParam("status", "CONFIRMED").queryParam("size", 500)
                .when().get("/api/v1/retention/video-deletions").then().statusCode(200).extract().jsonPath()
                .getList("segmentId", Long.class);
        assertThat(confirmed).contains(erased.shown1(), erased.shown2(), objected.shown1(), objected.shown2());
    }

    @Test
    void shouldRecordTheObjectionDecision() {
        Subject held = reviewedSubject();
        Fixtures.placeHold(held.cameraId(), held.at(), held.at().plus(5, ChronoUnit.MINUTES));
        spi(Operation.OBJECTION, UUID.randomUUID(), Set.of(held.key()), Set.of(), Map.of("grounds", "En halua olla tallenteilla"))
                .when().post("/dsr/v1/objection").then().statusCode(200)
                .body("applied[0]", containsString("COMPELLING_GROUNDS"));

        Subject free = reviewedSubject();
        spi(Operation.OBJECTION, UUID.randomUUID(), free.key())
                .when().post("/dsr/v1/objection").then().statusCode(200).body("applied[0]", containsString("STOP"));
        assertThat(exists(free.shown1())).isFalse();
        spi(Operation.ACCESS, UUID.randomUUID(), free.key()).when().post("/dsr/v1/access").then().statusCode(200)
                .body("categories.find { it.name == 'View and disclosure log' }.records.entry", hasItem("objection"));
    }

    @Test
    void shouldRefuseRectificationOfRecordingsAndServeTheDescription() {
        Subject s = reviewedSubject();
        spi(Operation.RECTIFICATION, UUID.randomUUID(), Set.of(s.key()), Set.of(),
                Map.of("corrections", List.of(Map.of("field", "from", "value", "x")))).when().post("/dsr/v1/rectification")
                .then().statusCode(200).body("refused[0]", containsString("not edited"));
        gateway().queryParam("lang", "sv").when().get("/dsr/v1/description").then().statusCode(200).body("register", equalTo("cctv"));
    }

    @Test
    void shouldRefuseTheSpiToOtherRolesAndBadKeys() {
        // A valid case grant does not make the SPI callable by another role.
        UUID caseId = UUID.randomUUID();
        Set<String> keys = Set.of(emailKey(randomEmail()));
        officer().header(CaseGrant.HEADER, CaseGrants.grant(Fixtures.REGISTER, Operation.ACCESS, caseId, keys, Set.of()))
                .body(CaseGrants.body(caseId, keys, Set.of())).when().post("/dsr/v1/access").then().statusCode(403);
        spi(Operation.ACCESS, UUID.randomUUID(), "demo.subject@example.fi").when().post("/dsr/v1/access").then().statusCode(400);
    }
}
