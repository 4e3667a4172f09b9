package fi.kuopas.customer;

import static fi.kuopas.customer.Fixtures.PROBLEMS;
import static fi.kuopas.customer.Fixtures.PROBLEM_JSON;
import static fi.kuopas.customer.Fixtures.customerService;
import static fi.kuopas.customer.Fixtures.dpo;
import static fi.kuopas.customer.Fixtures.entryPermission;
import static fi.kuopas.customer.Fixtures.faultBody;
import static fi.kuopas.customer.Fixtures.newPerson;
import static fi.kuopas.customer.Fixtures.picKey;
import static fi.kuopas.customer.Fixtures.reportFault;
import static fi.kuopas.customer.Fixtures.resident;
import static fi.kuopas.customer.Fixtures.statusBody;
import static fi.kuopas.customer.Fixtures.today;
import static fi.kuopas.customer.Fixtures.spi;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import fi.kuopas.customer.Fixtures.Resident;
import fi.kuopas.privacy.grant.CaseGrant.Operation;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Fault reports with entry permission; the hand-over to the maintenance partner is a logged disclosure. */
@QuarkusTest
@SuppressWarnings("unchecked")
class FaultReportTest {

    private static final String PARTNER = "Kiinteistöhuolto Savo Oy";

    @Test
    void shouldStoreAResidentsFaultReportWithEntryPermissionAndAuditTheList() {
        Resident r = resident();
        customerService().body(faultBody(r)).when().post("/api/v1/fault-reports").then().statusCode(201)
                .header("Location", containsString("/api/v1/fault-reports/"))
                .body("status", equalTo("OPEN"))
                .body("version", equalTo(0))
                .body("apartmentRef", equalTo(r.apartmentRef()))
                .body("description", equalTo("Keittiön hana vuotaa ja lattiakaivo haisee."))
                .body("reportedBy", equalTo("asta"))
                .body("entryPermission.granted", equalTo(true))
                .body("entryPermission.validFrom", equalTo(today().toString()))
                .body("entryPermission.pets", equalTo(true))
                .body("entryPermission.notes", equalTo("Kissa kotona, älä päästä ulos. Avain huoltoyhtiöllä."))
                .body("entryPermittedToday", equalTo(true))
                .body("partner", nullValue());

        Map<String, Object> noEntry = faultBody(r);
        noEntry.put("entryPermission", entryPermission(false));
        customerService().body(noEntry).when().post("/api/v1/fault-reports").then().statusCode(201)
                .body("entryPermission.granted", equalTo(false)).body("entryPermittedToday", equalTo(false));

        customerService().queryParam("personId", r.personId().toString()).when().get("/api/v1/fault-reports")
                .then().statusCode(200).body("size()", equalTo(2));
        dpo().queryParam("personId", r.personId().toString()).when().get("/api/v1/fault-reports").then().statusCode(200);
        assertThat(Fixtures.count("SELECT count(*) FROM audit_log WHERE action = 'VIEW' AND record_type = 'fault-report' "
                + "AND subject_key = ?", picKey(r.code()))).isEqualTo(2);
    }

    @Test
    void shouldLetOnlyAResidentOfTheApartmentReport() {
        customerService().body(faultBody(new Resident(newPerson(), "APT-NOWHERE", null, null)))
                .when().post("/api/v1/fault-reports").then().statusCode(422).contentType(PROBLEM_JSON)
                .body("type", equalTo(PROBLEMS + "not-a-resident"));
        Resident r = resident();
        Map<String, Object> otherFlat = faultBody(r);
        otherFlat.put("apartmentRef", "APT-OTHER");
        customerService().body(otherFlat).when().post("/api/v1/fault-reports").then().statusCode(422);
        Resident former = resident(today().minusMonths(2));
        customerService().body(faultBody(former)).when().post("/api/v1/fault-reports").then().statusCode(422);
        customerService().body(faultBody(new Resident(UUID.randomUUID(), "APT-X", null, null)))
                .when().post("/api/v1/fault-reports").then().statusCode(404).contentType(PROBLEM_JSON);
    }

    @Test
    void shouldLogHandingOverToThePartnerAsADisclosureAndConflictOnStaleVersions() {
        Resident r = resident();
        UUID id = reportFault(r);

        customerService().body(statusBody(0, "IN_PROGRESS", PARTNER)).when().put("/api/v1/fault-reports/" + id + "/status")
                .then().statusCode(200)
                .body("status", equalTo("IN_PROGRESS")).body("version", equalTo(1))
                .body("partner", equalTo(PARTNER)).body("handedOverAt", notNullValue());

        Map<String, Object> d = Fixtures.single("SELECT recipient, recipient_role, recipient_country, categories, basis, "
                + "request_reference, disclosed_by FROM disclosure WHERE person_id = ?", r.personId());
        assertThat(d.get("recipient")).isEqualTo(PARTNER);
        assertThat(d.get("recipient_role")).isEqualTo("processor");
        assertThat(d.get("recipient_country")).isEqualTo("FI");
        assertThat((String) d.get("categories")).contains("entry permission").doesNotContain("address");
        assertThat((String) d.get("basis")).contains("Art 28");
        assertThat(d.get("request_reference")).isEqualTo("fault-report " + id);
        assertThat(d.get("disclosed_by")).isEqualTo("asta");
        assertThat(Fixtures.count("SELECT count(*) FROM audit_log WHERE action = 'DISCLOSE' AND subject_key = ?",
                picKey(r.code()))).isEqualTo(1);
        customerService().when().get("/api/v1/persons/" + r.personId() + "/disclosures").then().statusCode(200)
                .body("recipient", hasItem(PARTNER));

        // Someone else's stale version.
        customerService().body(statusBody(0, "DONE", null)).when().put("/api/v1/fault-reports/" + id + "/status")
                .then().statusCode(409).contentType(PROBLEM_JSON).body("type", equalTo(PROBLEMS + "conflict"));
        customerService().body(statusBody(1, "DONE", null)).when().put("/api/v1/fault-reports/" + id + "/status")
                .then().statusCode(200).body("status", equalTo("DONE")).body("version", equalTo(2))
                .body("doneAt", notNullValue());
        // DONE is final.
        customerService().body(statusBody(2, "IN_PROGRESS", PARTNER)).when().put("/api/v1/fault-reports/" + id + "/status")
                .then().statusCode(409).contentType(PROBLEM_JSON);
        assertThat(Fixtures.count("SELECT count(*) FROM disclosure WHERE person_id = ?", r.personId())).isEqualTo(1);
    }

    @Test
    void shouldDiscloseNothingForATaskDoneInHouse() {
        Resident r = resident();
        UUID id = reportFault(r);
        customerService().body(statusBody(0, "DONE", null)).when().put("/api/v1/fault-reports/" + id + "/status")
                .then().statusCode(200).body("status", equalTo("DONE"));
        assertThat(Fixtures.count("SELECT count(*) FROM disclosure WHERE person_id = ?", r.personId())).isZero();
    }

    @Test
    void shouldRequireATransferMechanismForAPartnerOutsideTheEea() {
        Resident r = resident();
        UUID id = reportFault(r);
        Map<String, Object> body = statusBody(0, "IN_PROGRESS", "Fixit Ltd");
        body.put("partnerCountry", "GB-");
        customerService().body(body).when().put("/api/v1/fault-reports/" + id + "/status")
                .then().statusCode(400).body("violations.field", hasItem("partnerCountry"));
        body.put("partnerCountry", "US");
        customerService().body(body).when().put("/api/v1/fault-reports/" + id + "/status")
                .then().statusCode(422).body("type", equalTo(PROBLEMS + "transfer-mechanism-required"));
        customerService().queryParam("personId", r.personId().toString()).when().get("/api/v1/fault-reports")
                .then().body("[0].status", equalTo("OPEN")).body("[0].version", equalTo(0));
        body.put("transferMechanism", "SCC 2021/914 module 2");
        customerService().body(body).when().put("/api/v1/fault-reports/" + id + "/status").then().statusCode(200);
        assertThat(Fixtures.single("SELECT transfer_mechanism FROM disclosure WHERE person_id = ?", r.personId())
                .get("transfer_mechanism")).isEqualTo("SCC 2021/914 module 2");
    }

    @Test
    void shouldRefuseBadInputAsProblemJson() {
        Resident r = resident();
        Map<String, Object> body = faultBody(r);
        body.put("description", " ");
        body.put("apartmentRef", "x".repeat(65));
        customerService().body(body).when().post("/api/v1/fault-reports").then().statusCode(400).contentType(PROBLEM_JSON)
                .body("violations.field", hasItems("description", "apartmentRef"));

        Map<String, Object> noDates = faultBody(r);
        Map<String, Object> entry = new LinkedHashMap<>(Map.of("granted", true));
        noDates.put("entryPermission", entry);
        customerService().body(noDates).when().post("/api/v1/fault-reports").then().statusCode(400)
                .body("detail", containsString("validFrom"));
        entry.put("validFrom", today().plusDays(3).toString());
        entry.put("validUntil", today().plusDays(1).toString());
        customerService().body(noDates).when().post("/api/v1/fault-reports").then().statusCode(400)
                .body("detail", containsString("before"));
        Map<String, Object> refused = faultBody(r);
        refused.put("entryPermission", Map.of("granted", false, "validFrom", today().toString()));
        customerService().body(refused).when().post("/api/v1/fault-reports").then().statusCode(400);
        Map<String, Object> noEntry = faultBody(r);
        noEntry.remove("entryPermission");
        customerService().body(noEntry).when().post("/api/v1/fault-reports").then().statusCode(400)
                .body("violations.field", hasItem("entryPermission"));
        assertThat(Fixtures.count("SELECT count(*) FROM fault_report WHERE person_id = ?", r.personId())).isZero();

        UUID id = reportFault(r);
        customerService().body(Map.of("version", 0, "status", "FIXED")).when().put("/api/v1/fault-reports/" + id + "/status")
                .then().statusCode(400).contentType(PROBLEM_JSON);
        customerService().body(statusBody(0, "IN_PROGRESS", null)).when().put("/api/v1/fault-reports/" + id + "/status")
                .then().statusCode(400).body("detail", containsString("partner"));
        customerService().body(statusBody(0, "DONE", PARTNER)).when().put("/api/v1/fault-reports/" + id + "/status")
                .then().statusCode(400);
        customerService().body(Map.of("status", "DONE")).when().put("/api/v1/fault-reports/" + id + "/status")
                .then().statusCode(400).body("violations.field", hasItem("version"));
        customerService().body(statusBody(0, "DONE", null)).when().put("/api/v1/fault-reports/" + UUID.randomUUID() + "/status")
                .then().statusCode(404).contentType(PROBLEM_JSON);
        customerService().body(statusBody(0, "DONE", null)).when().put("/api/v1/fault-reports/not-a-uuid/status")
                .then().statusCode(400).contentType(PROBLEM_JSON);
    }

    @Test
    void shouldKeepFaultReportsOnErasureWhileTheTenancyIsInForce() {
        Resident r = resident();
        reportFault(r);
        JsonPath report = spi(Operation.ERASURE_EXECUTE, UUID.randomUUID(), picKey(r.code())).queryParam("dryRun", false)
                .when().post("/dsr/v1/erasure").then().statusCode(200).extract().jsonPath();
        Map<String, Object> kept = report.getMap("kept.find { it.category == 'fault reports' }");
        assertThat(kept).as(report.prettify()).isNotNull();
        assertThat((String) kept.get("reason")).contains("tenancy in force");
        assertThat(((Number) kept.get("count")).intValue()).isEqualTo(1);
        assertThat(Fixtures.count("SELECT count(*) FROM fault_report WHERE person_id = ?", r.personId())).isEqualTo(1);
    }

    @Test
    void shouldRemoveFaultReportsOnErasureOnceTheTenancyHasEnded() {
        Resident r = resident();
        reportFault(r);
        Fixtures.update("UPDATE lease SET end_date = ? WHERE external_pms_id = ?", today().minusDays(10), r.leaseExternalId());

        JsonPath preview = spi(Operation.ERASURE_PREVIEW, UUID.randomUUID(), picKey(r.code())).queryParam("dryRun", true)
                .when().post("/dsr/v1/erasure").then().statusCode(200).extract().jsonPath();
        assertThat(preview.getInt("erased.find { it.category == 'fault reports' }.count")).isEqualTo(1);
        assertThat(Fixtures.count("SELECT count(*) FROM fault_report WHERE person_id = ?", r.personId())).isEqualTo(1);

        JsonPath report = spi(Operation.ERASURE_EXECUTE, UUID.randomUUID(), picKey(r.code())).queryParam("dryRun", false)
                .when().post("/dsr/v1/erasure").then().statusCode(200).extract().jsonPath();
        assertThat(report.getList("kept.category")).doesNotContain("fault reports");
        assertThat(Fixtures.count("SELECT count(*) FROM fault_report WHERE person_id = ?", r.personId())).isZero();
    }

    @Test
    void shouldShowFaultReportsAndThePartnerAsRecipientInTheAccessReport() {
        Resident r = resident();
        UUID id = reportFault(r);
        customerService().body(statusBody(0, "IN_PROGRESS", PARTNER)).when().put("/api/v1/fault-reports/" + id + "/status")
                .then().statusCode(200);
        JsonPath report = spi(Operation.ACCESS, UUID.randomUUID(), picKey(r.code())).when().post("/dsr/v1/access")
                .then().statusCode(200).extract().jsonPath();
        Map<String, Object> faults = report.getMap("categories.find { it.name == 'Fault reports and maintenance' }");
        assertThat(faults).isNotNull();
        assertThat((List<String>) faults.get("recipients")).singleElement().asString().startsWith(PARTNER);
        assertThat((List<Map<String, Object>>) faults.get("records")).singleElement().satisfies(f -> {
            assertThat(f.get("status")).isEqualTo("IN_PROGRESS");
            assertThat(f.get("entryNotes")).isEqualTo("Kissa kotona, älä päästä ulos. Avain huoltoyhtiöllä.");
        });
    }
}
