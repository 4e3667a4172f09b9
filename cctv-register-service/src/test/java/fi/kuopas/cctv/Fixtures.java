package fi.kuopas.cctv;

import fi.kuopas.privacy.grant.CaseGrant.Operation;
import fi.kuopas.privacy.subject.SubjectKeys;
import fi.kuopas.testsupport.Callers;
import fi.kuopas.testsupport.CaseGrants;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;

/** Fresh sites, cameras and segments, and authenticated calls shared by the CCTV tests. */
final class Fixtures extends Callers {

    /** The register name: the audience of the gateway's case grants and the "register" of every SPI answer. */
    static final String REGISTER = "cctv";

    private Fixtures() {
    }

    static RequestSpecification officer() {
        return as("teemu", "security-officer");
    }

    static String code(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    static String site() {
        return officer().body(Map.of("code", code("SITE"), "name", "As Oy Mäntykallio", "address", "Kivistönkatu 4, 70100 Kuopio"))
                .when().post("/api/v1/sites").then().statusCode(201).extract().path("id");
    }

    static Map<String, Object> cameraBody(String siteId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("siteId", siteId);
        body.put("code", code("CAM"));
        body.put("areaType", "STAIRWELL");
        body.put("location", "A-portaan sisäänkäynti");
        body.put("fieldOfView", "Ulko-ovi ja tuulikaappi, ei asuntojen ovia");
        body.put("purpose", "crime-prevention");
        body.put("signLocation", "A-portaan ulko-oven vieressä");
        body.put("dpiaReference", "DPIA-2026-07");
        body.put("filmsEmployees", false);
        body.put("commonAreaBasis", commonAreaBasis());
        return body;
    }

    /** The housing company's decision and the residents' information that a stairwell camera needs. */
    static Map<String, Object> commonAreaBasis() {
        return Map.of("decisionReference", "As Oy Mäntykallio, hallituksen kokous 4/2026, 7 §",
                "residentsInformedReference", "Asukastiedote 9/2026, ilmoitustaulut ja kirje 1.9.2026",
                "decidedOn", java.time.LocalDate.now().minusMonths(3).toString());
    }

    static String camera(String siteId) {
        return camera(siteId, null);
    }

    static String camera(String siteId, Integer retentionDays) {
        Map<String, Object> body = cameraBody(siteId);
        if (retentionDays != null) {
            body.put("retentionDays", retentionDays);
        }
        return officer().body(body).when().post("/api/v1/cameras").then().statusCode(201).extract().path("id");
    }

    static Map<String, Object> row(String cameraId, Instant from, Instant to) {
        return Map.of("cameraId", cameraId, "from", from.toString(), "to", to.toString(),
                "storageRef", "nvr-test/" + cameraId + "/" + from.toEpochMilli() + ".mkv");
    }

    /** Ingests one segment and returns its id. */
    static long segment(String cameraId, Instant from, Instant to) {
        officer().body(Map.of("segments", List.of(row(cameraId, from, to)))).when().post("/api/v1/segments/batches")
                .then().statusCode(200);
        return segmentId(cameraId, from);
    }

    static long segmentId(String cameraId, Instant from) {
        List<Number> ids = officer().queryParam("cameraId", cameraId).queryParam("from", from.toString())
                .queryParam("to", from.plus(1, ChronoUnit.MINUTES).toString())
                .when().get("/api/v1/segments").then().statusCode(200).extract().jsonPath().getList("findAll { it.from == '"
                        + from + "' }.id");
        return ids.isEmpty() ? -1 : ids.get(0).longValue();
    }

    static boolean exists(long segmentId) {
        return officer().when().get("/api/v1/segments/" + segmentId).then().extract().statusCode() == 200;
    }

    /** A whole minute in the past, so ISO strings round-trip exactly. */
    static Instant ago(long amount, ChronoUnit unit) {
        return Instant.now().truncatedTo(ChronoUnit.MINUTES).minus(amount, unit);
    }

    static String randomEmail() {
        return "x-" + UUID.randomUUID() + "@example.fi";
    }

    static String emailKey(String email) {
        String pepper = ConfigProvider.getConfig().getValue("kuopas.privacy.pepper", String.class);
        return new SubjectKeys(pepper).ofEmail(email);
    }

    /** An SPI call as the gateway makes it (its token, a case grant for exactly this call, the body), every key verified. */
    static RequestSpecification spi(Operation op, UUID caseId, String... verifiedKeys) {
        return CaseGrants.call(REGISTER, op, caseId, verifiedKeys);
    }

    /** An SPI call with verified and claimed keys and extra body fields (a restriction's action, grounds ...). */
    static RequestSpecification spi(Operation op, UUID caseId, Collection<String> verified, Collection<String> claimed,
            Map<String, Object> extra) {
        return CaseGrants.call(REGISTER, op, caseId, verified, claimed, extra);
    }

    static Map<String, Object> hold(String cameraId, Instant from, Instant to, String reason) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", "INCIDENT");
        body.put("cameraIds", List.of(cameraId));
        body.put("from", from.toString());
        body.put("to", to.toString());
        body.put("reason", reason);
        body.put("owner", "Turvallisuuspäällikkö Teemu Turva");
        body.put("until", java.time.LocalDate.now().plusMonths(6).toString());
        return body;
    }

    static String placeHold(String cameraId, Instant from, Instant to) {
        return officer().body(hold(cameraId, from, to, "Ilkivalta pyöräkellarissa, vahinkoilmoitus 2026-118"))
                .when().post("/api/v1/legal-holds").then().statusCode(201).extract().path("id");
    }
}
