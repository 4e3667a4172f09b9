package fi.kuopas.cctv;

import static fi.kuopas.cctv.Fixtures.PROBLEMS;
import static fi.kuopas.cctv.Fixtures.PROBLEM_JSON;
import static fi.kuopas.cctv.Fixtures.cameraBody;
import static fi.kuopas.cctv.Fixtures.officer;
import static fi.kuopas.cctv.Fixtures.site;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CameraApiTest {

    @Test
    void shouldCreateACameraWithFinnishTextAndTheDefaultRetention() {
        String siteId = site();
        Map<String, Object> body = cameraBody(siteId);
        body.put("location", "Pyöräkellari, Länsisiipi");
        officer().body(body).when().post("/api/v1/cameras").then().statusCode(201)
                .header("Location", containsString("/api/v1/cameras/"))
                .body("location", equalTo("Pyöräkellari, Länsisiipi"))
                .body("retentionDays", equalTo(14))
                .body("signLocation", equalTo("A-portaan ulko-oven vieressä"));
        officer().queryParam("siteId", siteId).when().get("/api/v1/cameras").then().statusCode(200)
                .body("location", hasItems("Pyöräkellari, Länsisiipi"));
    }

    @Test
    void shouldRefuseACameraInAStaffRoom() {
        Map<String, Object> body = cameraBody(site());
        body.put("areaType", "STAFF_ROOM");
        officer().body(body).when().post("/api/v1/cameras").then().statusCode(422).contentType(PROBLEM_JSON)
                .body("type", equalTo(PROBLEMS + "prohibited-location"))
                .body("detail", containsString("759/2004 §16"));
    }

    @Test
    void shouldRefuseACameraWhoseDescriptionNamesAToiletOrChangingRoom() {
        for (String location : new String[] {"Henkilökunnan taukotila", "Pukuhuoneen käytävä", "WC 2", "Staff room door"}) {
            Map<String, Object> body = cameraBody(site());
            body.put("areaType", "LOBBY");
            body.put("location", location);
            officer().body(body).when().post("/api/v1/cameras").then().statusCode(422)
                    .body("type", equalTo(PROBLEMS + "prohibited-location"));
        }
    }

    @Test
    void shouldRefuseAStairwellCameraWithoutTheHousingCompanysDecisionAndTheResidentsInformation() {
        for (String area : new String[] {"STAIRWELL", "ENTRANCE", "LOBBY", "STORAGE_ROOM", "BICYCLE_STORAGE", "PARKING_GARAGE",
                "WASTE_SHELTER", "YARD"}) {
            Map<String, Object> body = cameraBody(site());
            body.put("areaType", area);
            body.remove("commonAreaBasis");
            officer().body(body).when().post("/api/v1/cameras").then().statusCode(422).contentType(PROBLEM_JSON)
                    .body("type", equalTo(PROBLEMS + "common-area-basis-required"))
                    .body("detail", containsString("residential common area"))
                    .body("detail", containsString("housing company's decision"))
                    .body("detail", containsString("residents were informed"));
        }
        Map<String, Object> body = cameraBody(site());
        Map<String, Object> incomplete = new HashMap<>(Fixtures.commonAreaBasis());
        incomplete.put("residentsInformedReference", " ");
        incomplete.remove("decidedOn");
        body.put("commonAreaBasis", incomplete);
        officer().body(body).when().post("/api/v1/cameras").then().statusCode(400).contentType(PROBLEM_JSON)
                .body("violations.field", hasItems("commonAreaBasis.residentsInformedReference", "commonAreaBasis.decidedOn"));
        Map<String, Object> future = new HashMap<>(Fixtures.commonAreaBasis());
        future.put("decidedOn", LocalDate.now().plusDays(7).toString());
        body.put("commonAreaBasis", future);
        officer().body(body).when().post("/api/v1/cameras").then().statusCode(400).contentType(PROBLEM_JSON);
    }

    @Test
    void shouldRecordTheHousingCompanysDecisionAndTheResidentsInformationOfAStairwellCamera() {
        Map<String, Object> body = cameraBody(site());
        String id = officer().body(body).when().post("/api/v1/cameras").then().statusCode(201)
                .body("areaType", equalTo("STAIRWELL"))
                .body("commonAreaBasis.decisionReference", equalTo("As Oy Mäntykallio, hallituksen kokous 4/2026, 7 §"))
                .body("commonAreaBasis.residentsInformedReference", equalTo("Asukastiedote 9/2026, ilmoitustaulut ja kirje 1.9.2026"))
                .body("commonAreaBasis.decidedOn", equalTo(Fixtures.commonAreaBasis().get("decidedOn")))
                .extract().path("id");
        Fixtures.dpo().when().get("/api/v1/cameras/" + id).then().statusCode(200)
                .body("commonAreaBasis.decisionReference", equalTo("As Oy Mäntykallio, hallituksen kokous 4/2026, 7 §"));
    }

    @Test
    void shouldRequireTheBasisWhenACameraIsTurnedToAResidentialCommonArea() {
        Map<String, Object> service = cameraBody(site());
        service.put("areaType", "CUSTOMER_SERVICE_AREA");
        service.put("purpose", "property-safety");
        service.remove("commonAreaBasis");
        String id = officer().body(service).when().post("/api/v1/cameras").then().statusCode(201)
                .body("commonAreaBasis", nullValue()).extract().path("id");
        Map<String, Object> update = new HashMap<>(service);
        update.remove("siteId");
        update.remove("code");
        update.put("areaType", "YARD");
        update.put("version", 0);
        officer().body(update).when().put("/api/v1/cameras/" + id).then().statusCode(422).contentType(PROBLEM_JSON)
                .body("type", equalTo(PROBLEMS + "common-area-basis-required"));
        update.put("commonAreaBasis", Fixtures.commonAreaBasis());
        officer().body(update).when().put("/api/v1/cameras/" + id).then().statusCode(200)
                .body("areaType", equalTo("YARD")).body("commonAreaBasis.decisionReference", notNullValue());
    }

    @Test
    void shouldStillRefuseAToiletChangingRoomOrStaffRoomEvenWithTheHousingCompanysDecision() {
        for (String area : new String[] {"TOILET", "CHANGING_ROOM", "STAFF_ROOM", "SAUNA", "WASHROOM", "APARTMENT"}) {
            Map<String, Object> body = cameraBody(site());
            body.put("areaType", area);
            officer().body(body).when().post("/api/v1/cameras").then().statusCode(422).contentType(PROBLEM_JSON)
                    .body("type", equalTo(PROBLEMS + "prohibited-location"))
                    .body("detail", containsString("759/2004 §16"));
        }
    }

    @Test
    void shouldRequireTheSignLocationAndTheDpiaReference() {
        Map<String, Object> body = cameraBody(site());
        body.remove("signLocation");
        body.put("dpiaReference", " ");
        officer().body(body).when().post("/api/v1/cameras").then().statusCode(400).contentType(PROBLEM_JSON)
                .body("violations.field", hasItems("signLocation", "dpiaReference"));
    }

    @Test
    void shouldAllowLongRetentionOnlyWhereEmployeesAreFilmed() {
        String siteId = site();
        Map<String, Object> body = cameraBody(siteId);
        body.put("retentionDays", 22);
        officer().body(body).when().post("/api/v1/cameras").then().statusCode(422)
                .body("type", equalTo(PROBLEMS + "retention-too-long"));
        body.put("retentionDays", 21);
        officer().body(body).when().post("/api/v1/cameras").then().statusCode(201).body("retentionDays", equalTo(21));

        Map<String, Object> service = cameraBody(siteId);
        service.put("areaType", "CUSTOMER_SERVICE_AREA");
        service.put("purpose", "property-safety");
        service.put("filmsEmployees", true);
        service.put("retentionDays", 365);
        officer().body(service).when().post("/api/v1/cameras").then().statusCode(201).body("retentionDays", equalTo(365));
        service.put("code", Fixtures.code("CAM"));
        service.put("retentionDays", 366);
        officer().body(service).when().post("/api/v1/cameras").then().statusCode(400);
    }

    @Test
    void shouldRefuseAStaleCameraUpdate() {
        String id = Fixtures.camera(site());
        Map<String, Object> update = cameraBody(null);
        update.remove("siteId");
        update.remove("code");
        update.put("retentionDays", 7);
        update.put("version", 0);
        officer().body(update).when().put("/api/v1/cameras/" + id).then().statusCode(200)
                .body("retentionDays", equalTo(7)).body("version", equalTo(1));
        officer().body(update).when().put("/api/v1/cameras/" + id).then().statusCode(409).contentType(PROBLEM_JSON)
                .body("type", equalTo(PROBLEMS + "stale-version"));
    }

    @Test
    void shouldAnswerUnknownSitesAndDuplicateCodesWithProblems() {
        officer().body(cameraBody(UUID.randomUUID().toString())).when().post("/api/v1/cameras").then().statusCode(404)
                .contentType(PROBLEM_JSON);
        officer().when().get("/api/v1/cameras/" + UUID.randomUUID()).then().statusCode(404);
        Map<String, Object> body = cameraBody(site());
        officer().body(body).when().post("/api/v1/cameras").then().statusCode(201);
        officer().body(body).when().post("/api/v1/cameras").then().statusCode(409);
        officer().body(Map.of("code", "bad code", "name", "x", "address", "y")).when().post("/api/v1/sites")
                .then().statusCode(400).body("violations.field", hasItems("code"));
    }

    @Test
    void shouldRejectMalformedJsonAndWrongTypes() {
        officer().body("{\"siteId\": ").when().post("/api/v1/cameras").then().statusCode(400).contentType(PROBLEM_JSON);
        Map<String, Object> body = cameraBody(site());
        body.put("filmsEmployees", "ehkä");
        officer().body(body).when().post("/api/v1/cameras").then().statusCode(400).contentType(PROBLEM_JSON)
                .body("detail", containsString("filmsEmployees"));
        body.put("filmsEmployees", false);
        body.put("areaType", "ROOFTOP");
        officer().body(body).when().post("/api/v1/cameras").then().statusCode(400);
        officer().when().get("/api/v1/cameras/not-a-uuid").then().statusCode(400);
    }
}
