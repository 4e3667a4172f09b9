package fi.kuopas.customer;

import static fi.kuopas.customer.Fixtures.PROBLEM_JSON;
import static fi.kuopas.customer.Fixtures.as;
import static fi.kuopas.customer.Fixtures.externalId;
import static fi.kuopas.customer.Fixtures.importRows;
import static fi.kuopas.customer.Fixtures.leaseRow;
import static fi.kuopas.customer.Fixtures.lettingOfficer;
import static fi.kuopas.customer.Fixtures.pms;
import static fi.kuopas.customer.Fixtures.randomCode;
import static fi.kuopas.customer.Fixtures.residentRow;
import static fi.kuopas.customer.Fixtures.uniqueLastName;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import fi.kuopas.customer.service.PmsRows;
import fi.kuopas.privacy.identity.PersonalIdentityCode;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Bulk upsert from the property-management system: per-row results, idempotent, bad rows never half-applied. */
@QuarkusTest
@SuppressWarnings("unchecked")
class PmsImportTest {

    @Inject
    Validator validator;

    @Test
    void shouldPassTheQuickRowCheckOnlyWhereBeanValidationFindsNothing() {
        // The import validates a row with the validator only when PmsRows.plainlyValid does not pass it; so
        // plainlyValid must never pass a row the constraints refuse, and should pass the ordinary good rows.
        LocalDate past = LocalDate.of(1980, 5, 17);
        PmsRows.Lease lease = new PmsRows.Lease("PMS-L-1", "KUO-A12", LocalDate.of(2024, 3, 1), null, "TENANT");
        PmsRows.Resident good = new PmsRows.Resident("PMS-P-1", "131052-308T", "Maija", "Meikäläinen", past,
                "maija.meikalainen+pms@example-mail.fi", "+358 40 123 4567", "Testikatu 1 A 2", "70100", "Kuopio", lease);
        List<PmsRows.Resident> shouldPass = List.of(good,
                new PmsRows.Resident("X", null, "A", "B", null, null, null, null, null, null, null),
                with(good, "email", "a_b-c.d@x1.y-z.example.fi"),
                with(good, "lease", new PmsRows.Lease("L", "A", LocalDate.of(2024, 3, 1), LocalDate.of(2025, 1, 1), "CO_RESIDENT")));
        for (PmsRows.Resident r : shouldPass) {
            assertThat(validator.validate(r)).as("bean validation of %s", r).isEmpty();
            assertThat(PmsRows.plainlyValid(r)).as("quick check of %s", r).isTrue();
        }
        String x65 = "x".repeat(65);
        List<PmsRows.Resident> candidates = new ArrayList<>(List.of(
                with(good, "externalId", null), with(good, "externalId", " \t"), with(good, "externalId", "\u0001"),
                with(good, "externalId", x65), with(good, "externalId", "\u2003"),
                with(good, "personalIdentityCode", "131052-308TX"), with(good, "personalIdentityCode", ""),
                with(good, "firstName", ""), with(good, "firstName", "y".repeat(101)), with(good, "lastName", null),
                with(good, "lastName", "y".repeat(100)),
                with(good, "birthDate", LocalDate.now()), with(good, "birthDate", LocalDate.now().plusDays(1)),
                with(good, "birthDate", LocalDate.now().minusDays(1)), with(good, "birthDate", LocalDate.now().minusDays(3)),
                with(good, "email", ""), with(good, "email", "plain"), with(good, "email", "a@b"), with(good, "email", "a@b."),
                with(good, "email", ".a@b.fi"), with(good, "email", "a.@b.fi"), with(good, "email", "a..b@c.fi"),
                with(good, "email", "a@b@c.fi"), with(good, "email", "a@-b.fi"), with(good, "email", "a@b-.fi"),
                with(good, "email", "a@b..fi"), with(good, "email", "a@1.2.3.4"), with(good, "email", "a@[10.0.0.1]"),
                with(good, "email", "\"quoted\"@b.fi"), with(good, "email", "äiti@esimerkki.fi"), with(good, "email", "a@ääkköset.fi"),
                with(good, "email", "a b@c.fi"), with(good, "email", "a@" + "d".repeat(64) + ".fi"),
                with(good, "email", "l".repeat(65) + "@b.fi"), with(good, "email", "l".repeat(64) + "@b.fi"),
                with(good, "email", "a@" + ("d".repeat(60) + ".").repeat(4) + "fi"), with(good, "email", "a!#$%&'*/=?^`{|}~@b.fi"),
                with(good, "phone", ""), with(good, "phone", "12345"), with(good, "phone", "0401234567"),
                with(good, "phone", "+358-(40) 123"), with(good, "phone", "1".repeat(21)), with(good, "phone", "040 123 4567x"),
                with(good, "streetAddress", "s".repeat(201)), with(good, "streetAddress", ""),
                with(good, "postalCode", "7010"), with(good, "postalCode", "701000"), with(good, "postalCode", "7010a"),
                with(good, "postalCode", "٧٠١٠٠"), with(good, "postalCode", ""),
                with(good, "city", "c".repeat(101)),
                with(good, "lease", new PmsRows.Lease(null, "A", LocalDate.of(2024, 3, 1), null, "TENANT")),
                with(good, "lease", new PmsRows.Lease("L", " ", LocalDate.of(2024, 3, 1), null, "TENANT")),
                with(good, "lease", new PmsRows.Lease("L", "A".repeat(65), LocalDate.of(2024, 3, 1), null, "TENANT")),
                with(good, "lease", new PmsRows.Lease("L", "A", null, null, "TENANT")),
                with(good, "lease", new PmsRows.Lease("L", "A", LocalDate.of(2024, 3, 1), null, null)),
                with(good, "lease", new PmsRows.Lease("L", "A", LocalDate.of(2024, 3, 1), null, "tenant")),
                with(good, "lease", new PmsRows.Lease("L", "A", LocalDate.of(2024, 3, 1), null, "OWNER"))));
        int refused = 0;
        for (PmsRows.Resident r : candidates) {
            if (!validator.validate(r).isEmpty()) {
                refused++;
                assertThat(PmsRows.plainlyValid(r)).as("quick check of a row the constraints refuse: %s", r).isFalse();
            }
        }
        assertThat(refused).as("rows the constraints refuse among the candidates").isGreaterThan(30);
    }

    /** The row with one field replaced. */
    private static PmsRows.Resident with(PmsRows.Resident r, String field, Object v) {
        return new PmsRows.Resident(
                field.equals("externalId") ? (String) v : r.externalId(),
                field.equals("personalIdentityCode") ? (String) v : r.personalIdentityCode(),
                field.equals("firstName") ? (String) v : r.firstName(),
                field.equals("lastName") ? (String) v : r.lastName(),
                field.equals("birthDate") ? (LocalDate) v : r.birthDate(),
                field.equals("email") ? (String) v : r.email(),
                field.equals("phone") ? (String) v : r.phone(),
                field.equals("streetAddress") ? (String) v : r.streetAddress(),
                field.equals("postalCode") ? (String) v : r.postalCode(),
                field.equals("city") ? (String) v : r.city(),
                field.equals("lease") ? (PmsRows.Lease) v : r.lease());
    }

    @Test
    void shouldStoreGoodRowsAndRejectBadOnesWithReasonsInAMixedBatch() {
        String lease = externalId("PMS-L");
        String tenantCode = randomCode();
        String coResidentCode = randomCode();
        String badCode = randomCode().substring(0, 10) + "Z";   // Z is never a check character
        String badLeaseCode = randomCode();
        List<Map<String, Object>> rows = List.of(
                residentRow(externalId("PMS-P"), tenantCode, uniqueLastName("Virtanen"),
                        leaseRow(lease, LocalDate.of(2024, 3, 1), null, "TENANT")),
                residentRow(externalId("PMS-P"), badCode, uniqueLastName("Korhonen"), null),
                residentRow(externalId("PMS-P"), coResidentCode, uniqueLastName("Mäkinen"),
                        leaseRow(lease, LocalDate.of(2024, 3, 1), null, "CO_RESIDENT")),
                residentRow(externalId("PMS-P"), badLeaseCode, uniqueLastName("Nieminen"),
                        leaseRow(externalId("PMS-L"), LocalDate.of(2025, 6, 1), LocalDate.of(2025, 5, 31), "TENANT")));

        JsonPath result = importRows(rows);

        assertThat(result.getInt("created")).isEqualTo(2);
        assertThat(result.getInt("rejected")).isEqualTo(2);
        assertThat(result.getList("rows.status")).containsExactly("CREATED", "REJECTED", "CREATED", "REJECTED");
        assertThat(result.getList("rows.index", Integer.class)).containsExactly(0, 1, 2, 3);
        assertThat(result.getString("rows[1].externalId")).isEqualTo(rows.get(1).get("externalId"));
        assertThat(result.getString("rows[1].error")).contains("check character").doesNotContain(badCode);
        assertThat(result.getString("rows[3].error")).contains("endDate is before startDate");
        assertThat(result.getString("rows[1].personId")).isNull();

        UUID tenant = UUID.fromString(result.getString("rows[0].personId"));
        lettingOfficer().when().get("/api/v1/persons/" + tenant).then().statusCode(200)
                .body("personalIdentityCode", equalTo(tenantCode))
                .body("externalPmsId", equalTo(rows.get(0).get("externalId")))
                .body("city", equalTo("Kuopio"));
        assertThat(Fixtures.count("SELECT count(*) FROM lease_resident r JOIN lease l ON l.id = r.lease_id "
                + "WHERE l.external_pms_id = ?", lease)).isEqualTo(2);

        // The rejected lease row left nothing behind: not the person, not the lease.
        lettingOfficer().body(Map.of("personalIdentityCode", badLeaseCode)).when().post("/api/v1/persons/search")
                .then().statusCode(200).body("total", equalTo(0));
        assertThat(Fixtures.count("SELECT count(*) FROM lease WHERE external_pms_id = ?",
                ((Map<?, ?>) rows.get(3).get("lease")).get("externalId"))).isZero();
    }

    @Test
    void shouldChangeNothingWhenABatchIsRepeated() {
        List<Map<String, Object>> rows = List.of(
                residentRow(externalId("PMS-P"), randomCode(), uniqueLastName("Laine"),
                        leaseRow(externalId("PMS-L"), LocalDate.of(2023, 1, 1), LocalDate.of(2027, 12, 31), "TENANT")),
                residentRow(externalId("PMS-P"), randomCode(), uniqueLastName("Heikkinen"), null));
        JsonPath first = importRows(rows);
        assertThat(first.getList("rows.status")).containsOnly("CREATED");
        long updatedAt = updates(first.getString("rows[0].personId"));

        JsonPath again = importRows(rows);
        assertThat(again.getList("rows.status")).containsOnly("UNCHANGED");
        assertThat(again.getInt("unchanged")).isEqualTo(2);
        assertThat(again.getList("rows.personId")).isEqualTo(first.getList("rows.personId"));
        assertThat(updates(first.getString("rows[0].personId"))).isEqualTo(updatedAt);
    }

    @Test
    void shouldStoreBackslashesTabsAndLineBreaksExactlyAsSentThroughTheSetBasedPath() {
        // New persons land by COPY: characters that COPY's text format escapes must come back unchanged.
        Map<String, Object> row = residentRow(externalId("PMS-P"), randomCode(), uniqueLastName("Back\\slash"), null);
        row.put("streetAddress", "Satamakatu 4\tA 3\r\nrappu \\N");
        JsonPath created = importRows(List.of(row));
        assertThat(created.getString("rows[0].status")).isEqualTo("CREATED");
        String id = created.getString("rows[0].personId");
        lettingOfficer().when().get("/api/v1/persons/" + id).then().statusCode(200)
                .body("lastName", equalTo(row.get("lastName")))
                .body("streetAddress", equalTo(row.get("streetAddress")));
        assertThat(importRows(List.of(row)).getString("rows[0].status")).isEqualTo("UNCHANGED");
    }

    @Test
    void shouldTreatAChangedNameAsAnUpdate() {
        Map<String, Object> row = residentRow(externalId("PMS-P"), randomCode(), uniqueLastName("Koskinen"),
                leaseRow(externalId("PMS-L"), LocalDate.of(2022, 9, 1), null, "TENANT"));
        UUID id = UUID.fromString(importRows(List.of(row)).getString("rows[0].personId"));

        Map<String, Object> married = new LinkedHashMap<>(row);
        married.put("lastName", uniqueLastName("Järvinen"));
        JsonPath result = importRows(List.of(married));
        assertThat(result.getString("rows[0].status")).isEqualTo("UPDATED");
        assertThat(result.getString("rows[0].personId")).isEqualTo(id.toString());
        lettingOfficer().when().get("/api/v1/persons/" + id).then().body("lastName", equalTo(married.get("lastName")));

        // A changed lease end is an update too.
        Map<String, Object> ended = new LinkedHashMap<>(married);
        Map<String, Object> lease = new LinkedHashMap<>((Map<String, Object>) row.get("lease"));
        lease.put("endDate", "2026-08-31");
        ended.put("lease", lease);
        assertThat(importRows(List.of(ended)).getString("rows[0].status")).isEqualTo("UPDATED");
    }

    @Test
    void shouldNotMoveAnIdentityCodeToAnotherPmsPerson() {
        String code = randomCode();
        importRows(List.of(residentRow(externalId("PMS-P"), code, uniqueLastName("Lehtonen"), null)));
        JsonPath clash = importRows(List.of(residentRow(externalId("PMS-P"), code, uniqueLastName("Lehtonen"), null)));
        assertThat(clash.getString("rows[0].status")).isEqualTo("REJECTED");
        assertThat(clash.getString("rows[0].error")).doesNotContain(code);
    }

    @Test
    void shouldRefuseARowWhoseBirthDateContradictsItsIdentityCodeWhileTheGoodRowsLand() {
        // An existing PMS person, imported with the code alone.
        String existingCode = randomCode();
        Map<String, Object> existing = residentRow(externalId("PMS-P"), existingCode, uniqueLastName("Olemassa"), null);
        UUID existingId = UUID.fromString(importRows(List.of(existing)).getString("rows[0].personId"));
        long before = updates(existingId.toString());

        String newCode = randomCode();
        LocalDate newBirth = PersonalIdentityCode.parse(newCode).birthDate();
        Map<String, Object> contradictingNew = residentRow(externalId("PMS-P"), newCode, uniqueLastName("Ristiriita"), null);
        contradictingNew.put("birthDate", newBirth.minusDays(1).toString());
        Map<String, Object> contradictingExisting = new LinkedHashMap<>(existing);
        contradictingExisting.put("lastName", uniqueLastName("Muuttunut"));
        contradictingExisting.put("birthDate", PersonalIdentityCode.parse(existingCode).birthDate().plusYears(1).toString());
        String goodCode = randomCode();
        Map<String, Object> consistent = residentRow(externalId("PMS-P"), goodCode, uniqueLastName("Sopiva"), null);
        consistent.put("birthDate", PersonalIdentityCode.parse(goodCode).birthDate().toString());
        Map<String, Object> good = residentRow(externalId("PMS-P"), randomCode(), uniqueLastName("Hyva"), null);

        JsonPath result = importRows(List.of(contradictingNew, good, contradictingExisting, consistent));

        assertThat(result.getList("rows.status")).containsExactly("REJECTED", "CREATED", "REJECTED", "CREATED");
        assertThat(result.getInt("rejected")).isEqualTo(2);
        for (int i : List.of(0, 2)) {
            assertThat(result.getString("rows[" + i + "].error")).contains("birthDate").contains("identity code")
                    .doesNotContain(newCode).doesNotContain(existingCode);
            assertThat(result.getString("rows[" + i + "].personId")).isNull();
        }
        // Nothing of the refused rows landed: no new person, the existing one untouched.
        lettingOfficer().body(Map.of("personalIdentityCode", newCode)).when().post("/api/v1/persons/search")
                .then().statusCode(200).body("total", equalTo(0));
        lettingOfficer().when().get("/api/v1/persons/" + existingId).then().statusCode(200)
                .body("lastName", equalTo(existing.get("lastName")));
        assertThat(updates(existingId.toString())).isEqualTo(before);
        lettingOfficer().when().get("/api/v1/persons/" + result.getString("rows[3].personId")).then().statusCode(200)
                .body("personalIdentityCode", equalTo(goodCode));
    }

    @Test
    void shouldLandAFullBatchSetBasedWithOneAuditLinePerPersonAndRepeatItUnchanged() {
        // 1000 rows, households of two sharing a lease, one bad row in the middle.
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            String lease = externalId("PMS-L");
            rows.add(residentRow(externalId("PMS-P"), randomCode(), uniqueLastName("Massa"),
                    leaseRow(lease, LocalDate.of(2024, 1, 1), null, "TENANT")));
            rows.add(residentRow(externalId("PMS-P"), randomCode(), uniqueLastName("Massa"),
                    leaseRow(lease, LocalDate.of(2024, 1, 1), null, "CO_RESIDENT")));
        }
        rows.get(500).put("postalCode", "7");
        JsonPath first = importRows(rows);
        assertThat(first.getInt("created")).isEqualTo(999);
        assertThat(first.getString("rows[500].status")).isEqualTo("REJECTED");
        assertThat(first.getList("rows.index", Integer.class)).hasSize(1000).startsWith(0, 1, 2).endsWith(999);
        List<String> ids = first.getList("rows.personId", String.class).stream().filter(java.util.Objects::nonNull).toList();
        assertThat(ids).hasSize(999).doesNotHaveDuplicates();
        assertThat(Fixtures.count("SELECT count(*) FROM audit_log WHERE action = 'CREATE' AND record_id = ANY (?)",
                (Object) ids.toArray(String[]::new))).isEqualTo(999);
        assertThat(Fixtures.count("SELECT count(*) FROM lease_resident WHERE person_id = ANY (?)",
                (Object) ids.stream().map(UUID::fromString).toArray(UUID[]::new))).isEqualTo(999);

        JsonPath again = importRows(rows);
        assertThat(again.getInt("unchanged")).isEqualTo(999);
        assertThat(again.getList("rows.personId")).isEqualTo(first.getList("rows.personId"));
        assertThat(Fixtures.count("SELECT count(*) FROM audit_log WHERE record_id = ANY (?)",
                (Object) ids.toArray(String[]::new))).isEqualTo(999);
    }

    @Test
    void shouldRejectARowFailingValidationAlone() {
        Map<String, Object> bad = residentRow(externalId("PMS-P"), randomCode(), uniqueLastName("Salo"), null);
        bad.put("postalCode", "7010");
        Map<String, Object> noName = residentRow(externalId("PMS-P"), randomCode(), "", null);
        Map<String, Object> good = residentRow(externalId("PMS-P"), randomCode(), uniqueLastName("Salo"), null);
        JsonPath result = importRows(List.of(bad, noName, good));
        assertThat(result.getList("rows.status")).containsExactly("REJECTED", "REJECTED", "CREATED");
        assertThat(result.getString("rows[0].error")).contains("postalCode");
        assertThat(result.getString("rows[1].error")).contains("lastName");
    }

    @Test
    void shouldRefuseMoreThanAThousandRows() {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < 1001; i++) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("externalId", "PMS-BULK-" + i);
            row.put("firstName", "A");
            row.put("lastName", "B");
            row.put("birthDate", "1980-01-01");
            rows.add(row);
        }
        pms().body(Map.of("rows", rows)).when().post("/api/v1/pms/residents")
                .then().statusCode(400).contentType(PROBLEM_JSON);
        assertThat(Fixtures.count("SELECT count(*) FROM person WHERE external_pms_id = 'PMS-BULK-0'")).isZero();
        pms().body(Map.of("rows", List.of())).when().post("/api/v1/pms/residents")
                .then().statusCode(400).contentType(PROBLEM_JSON);
    }

    @Test
    void shouldLetOnlyThePmsIntegrationImport() {
        Map<String, Object> body = Map.of("rows", List.of(residentRow(externalId("PMS-P"), randomCode(), "Salo", null)));
        for (String role : List.of("customer-service", "letting-officer", "dpo", "dsr-gateway")) {
            as("user-" + role, role).body(body).when().post("/api/v1/pms/residents")
                    .then().statusCode(403).contentType(PROBLEM_JSON);
        }
        io.restassured.RestAssured.given().contentType(Fixtures.JSON_UTF8).body(body).when().post("/api/v1/pms/residents")
                .then().statusCode(401);
    }

    private static long updates(String personId) {
        return Fixtures.count("SELECT version FROM person WHERE id = ?", UUID.fromString(personId))
                + Fixtures.count("SELECT count(*) FROM audit_log WHERE record_id = ? AND action = 'UPDATE'", personId);
    }
}
