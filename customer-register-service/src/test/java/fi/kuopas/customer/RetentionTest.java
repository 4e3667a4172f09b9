package fi.kuopas.customer;

import static fi.kuopas.customer.Fixtures.apply;
import static fi.kuopas.customer.Fixtures.customerService;
import static fi.kuopas.customer.Fixtures.dpo;
import static fi.kuopas.customer.Fixtures.externalId;
import static fi.kuopas.customer.Fixtures.importRows;
import static fi.kuopas.customer.Fixtures.leaseRow;
import static fi.kuopas.customer.Fixtures.lettingOfficer;
import static fi.kuopas.customer.Fixtures.newPerson;
import static fi.kuopas.customer.Fixtures.randomCode;
import static fi.kuopas.customer.Fixtures.residentRow;
import static fi.kuopas.customer.Fixtures.single;
import static fi.kuopas.customer.Fixtures.today;
import static fi.kuopas.customer.Fixtures.uniqueLastName;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.ConfigProvider;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The retention engine: counts per rule, a dry run that changes nothing, legal holds respected. */
@QuarkusTest
class RetentionTest {

    private static final List<String> RULES = List.of("expire-applications", "delete-applicants-without-tenancy",
            "delete-expired-applications", "delete-selection-decisions", "anonymise-former-tenants", "delete-survey-responses");

    /** The kit's log (V12__retention_to_kit.sql moved the register's own there): one item per rule of each dry run. */
    private static final String DRY_RUN_ITEMS = "SELECT count(*) FROM kit_retention_run_item i "
            + "JOIN kit_retention_run r ON r.id = i.run_id WHERE r.dry_run";

    @Test
    void shouldCountPerRuleAndChangeNothingInADryRun() {
        UUID person = newPerson();
        UUID app = apply(person);
        Fixtures.update("UPDATE housing_application SET valid_until = ? WHERE id = ?", today().minusDays(1), app);
        UUID former = formerTenant(today().minusYears(5));
        long runsBefore = Fixtures.count(DRY_RUN_ITEMS);

        JsonPath result = dpo().queryParam("dryRun", true).when().post("/api/v1/retention/runs")
                .then().statusCode(200).extract().jsonPath();

        assertThat(result.getList("rule")).containsExactlyElementsOf(RULES);
        assertThat(result.getInt("find { it.rule == 'expire-applications' }.affected")).isGreaterThanOrEqualTo(1);
        assertThat(result.getInt("find { it.rule == 'anonymise-former-tenants' }.affected")).isGreaterThanOrEqualTo(1);
        assertThat(result.getList("legalReference")).doesNotContainNull();

        assertThat(status(app)).isEqualTo("ACTIVE");
        assertThat(single("SELECT anonymised_at FROM person WHERE id = ?", former).get("anonymised_at")).isNull();
        lettingOfficer().when().get("/api/v1/persons/" + former).then().statusCode(200);
        // The run itself is logged, as counts.
        assertThat(Fixtures.count(DRY_RUN_ITEMS)).isEqualTo(runsBefore + RULES.size());
    }

    @Test
    void shouldDryRunByDefault() {
        UUID app = apply(newPerson());
        Fixtures.update("UPDATE housing_application SET valid_until = ? WHERE id = ?", today().minusDays(1), app);
        dpo().when().post("/api/v1/retention/runs").then().statusCode(200);
        assertThat(status(app)).isEqualTo("ACTIVE");
    }

    @Test
    void shouldExpireAnApplicationPastItsValidity() {
        UUID person = newPerson();
        UUID app = apply(person);
        UUID current = apply(person);
        Fixtures.update("UPDATE housing_application SET valid_until = ? WHERE id = ?", today().minusDays(1), app);

        run();

        assertThat(status(app)).isEqualTo("EXPIRED");
        assertThat(status(current)).isEqualTo("ACTIVE");
        customerService().queryParam("personId", person.toString()).when().get("/api/v1/housing-applications")
                .then().body("find { it.id == '" + app + "' }.status", equalTo("EXPIRED"));
    }

    @Test
    void shouldDeleteAnApplicationExpiredLongAgo() {
        UUID person = newPerson();
        UUID app = apply(person);
        // The person applies again, so they are still an applicant and stay: only the old application goes.
        apply(person);
        Fixtures.update("UPDATE housing_application SET valid_until = ? WHERE id = ?", LocalDate.of(2020, 1, 31), app);

        JsonPath result = run();

        assertThat(result.getInt("find { it.rule == 'delete-expired-applications' }.affected")).isGreaterThanOrEqualTo(1);
        assertThat(Fixtures.count("SELECT count(*) FROM housing_application WHERE id = ?", app)).isZero();
        lettingOfficer().when().get("/api/v1/persons/" + person).then().statusCode(200);
    }

    @Test
    void shouldHoldAnOldApplicationWithARecentDecisionForTheClaimPeriod() {
        UUID person = newPerson();
        UUID app = apply(person);
        lettingOfficer().body(Fixtures.decisionBody(app, List.of("application", "household")))
                .when().post("/api/v1/tenant-selection-decisions").then().statusCode(201);
        Fixtures.update("UPDATE housing_application SET status = 'EXPIRED', valid_until = ? WHERE id = ?",
                LocalDate.of(2020, 1, 31), app);

        JsonPath result = run();

        assertThat(result.getInt("find { it.rule == 'delete-expired-applications' }.held")).isGreaterThanOrEqualTo(1);
        assertThat(Fixtures.count("SELECT count(*) FROM housing_application WHERE id = ?", app)).isEqualTo(1);
    }

    @Test
    void shouldAnonymiseAFormerTenantButHoldOneWithAnOpenDebt() {
        UUID former = formerTenant(today().minusYears(5));
        UUID debtor = formerTenant(today().minusYears(5));
        Fixtures.update("INSERT INTO collection_case (id, person_id, amount_cents, opened_at, agent_name, agent_country) "
                + "VALUES (?, ?, 125000, now() - interval '4 years', 'Perintä Oy', 'FI')", UUID.randomUUID(), debtor);
        UUID recent = formerTenant(today().minusYears(1));

        JsonPath result = run();

        assertThat(result.getInt("find { it.rule == 'anonymise-former-tenants' }.affected")).isGreaterThanOrEqualTo(1);
        assertThat(result.getInt("find { it.rule == 'anonymise-former-tenants' }.held")).isGreaterThanOrEqualTo(1);

        Map<String, Object> gone = single("SELECT first_name, pic_key, external_pms_id, anonymised_at FROM person WHERE id = ?", former);
        assertThat(gone.get("anonymised_at")).isNotNull();
        assertThat(gone.get("first_name")).isEqualTo("anonymised");
        assertThat(gone.get("pic_key")).isNull();
        assertThat(gone.get("external_pms_id")).isNull();
        lettingOfficer().when().get("/api/v1/persons/" + former).then().statusCode(404);
        // The lease row stays for the ledger, without a name.
        assertThat(Fixtures.count("SELECT count(*) FROM lease_resident WHERE person_id = ?", former)).isEqualTo(1);

        assertThat(single("SELECT anonymised_at FROM person WHERE id = ?", debtor).get("anonymised_at")).isNull();
        lettingOfficer().when().get("/api/v1/persons/" + debtor).then().statusCode(200);
        assertThat(single("SELECT anonymised_at FROM person WHERE id = ?", recent).get("anonymised_at")).isNull();
        assertThat(Fixtures.count("SELECT count(*) FROM audit_log WHERE record_id = ? AND action = 'ANONYMISE'", former.toString()))
                .isEqualTo(1);
    }

    @Test
    void shouldDeleteAnApplicantWhoNeverBecameATenantOnceTheLastApplicationIsPastThePeriod() {
        int months = ConfigProvider.getConfig().getValue("kuopas.customer.retention.expired-application-months", Integer.class);
        // An applicant with a protected address and a DVV address and a credit check on record.
        String code = Fixtures.protectedAddressCode();
        UUID gone = Fixtures.createPerson(code);
        Fixtures.refresh(gone);
        UUID older = apply(gone);
        UUID last = apply(gone);
        Fixtures.creditCheck(gone, last);
        Fixtures.update("UPDATE housing_application SET status = 'EXPIRED', valid_until = ? WHERE id = ?",
                today().minusMonths(months).minusMonths(6), older);
        Fixtures.update("UPDATE housing_application SET status = 'EXPIRED', valid_until = ? WHERE id = ?",
                today().minusMonths(months).minusDays(1), last);
        // Another one whose last application is still within the period.
        UUID recent = newPerson();
        UUID recentApp = apply(recent);
        Fixtures.update("UPDATE housing_application SET status = 'EXPIRED', valid_until = ? WHERE id = ?",
                today().minusMonths(months).plusDays(1), recentApp);

        JsonPath dry = dpo().queryParam("dryRun", true).when().post("/api/v1/retention/runs")
                .then().statusCode(200).extract().jsonPath();
        assertThat(dry.getInt("find { it.rule == 'delete-applicants-without-tenancy' }.affected")).isGreaterThanOrEqualTo(1);
        assertThat(Fixtures.count("SELECT count(*) FROM person WHERE id = ?", gone)).isEqualTo(1);

        JsonPath result = run();

        assertThat(result.getInt("find { it.rule == 'delete-applicants-without-tenancy' }.affected")).isGreaterThanOrEqualTo(1);
        assertThat(result.getString("find { it.rule == 'delete-applicants-without-tenancy' }.legalReference"))
                .contains("5(1)(e)").contains(months + " months");
        assertThat(Fixtures.count("SELECT count(*) FROM person WHERE id = ?", gone)).isZero();
        assertThat(Fixtures.count("SELECT count(*) FROM person WHERE pic_key = ?", Fixtures.picKey(code))).isZero();
        for (String table : List.of("housing_application", "credit_check", "population_query", "field_provenance")) {
            assertThat(Fixtures.count("SELECT count(*) FROM " + table + " WHERE person_id = ?", gone)).as(table).isZero();
        }
        lettingOfficer().when().get("/api/v1/persons/" + gone).then().statusCode(404);
        assertThat(Fixtures.count("SELECT count(*) FROM audit_log WHERE record_id = ? AND action = 'DELETE'", gone.toString()))
                .isEqualTo(1);
        lettingOfficer().when().get("/api/v1/persons/" + recent).then().statusCode(200);
    }

    @Test
    void shouldHoldAnApplicantWithADecisionInTheClaimPeriodOrAnOpenDebt() {
        UUID decided = newPerson();
        UUID app = apply(decided);
        Map<String, Object> notSelected = Fixtures.decisionBody(app, List.of("application", "interview"));
        notSelected.put("outcome", "NOT_SELECTED");
        lettingOfficer().body(notSelected).when().post("/api/v1/tenant-selection-decisions").then().statusCode(201);
        Fixtures.update("UPDATE housing_application SET status = 'EXPIRED', valid_until = ? WHERE id = ?",
                LocalDate.of(2020, 1, 31), app);
        UUID debtor = newPerson();
        Fixtures.openCollectionCase(debtor);
        Fixtures.update("UPDATE housing_application SET status = 'EXPIRED', valid_until = ? WHERE id = ?",
                LocalDate.of(2020, 1, 31), apply(debtor));

        JsonPath result = run();

        assertThat(result.getInt("find { it.rule == 'delete-applicants-without-tenancy' }.held")).isGreaterThanOrEqualTo(2);
        lettingOfficer().when().get("/api/v1/persons/" + decided).then().statusCode(200);
        lettingOfficer().when().get("/api/v1/persons/" + debtor).then().statusCode(200);
    }

    @Test
    void shouldKeepAFormerTenantWithALiveApplication() {
        UUID former = formerTenant(today().minusYears(5));
        apply(former);
        run();
        lettingOfficer().when().get("/api/v1/persons/" + former).then().statusCode(200);
    }

    @Test
    void shouldLetOnlyTheDpoRunRetention() {
        for (String role : List.of("customer-service", "letting-officer", "dsr-gateway", "pms-integration")) {
            Fixtures.as("user-" + role, role).queryParam("dryRun", true).when().post("/api/v1/retention/runs")
                    .then().statusCode(403).contentType(Fixtures.PROBLEM_JSON);
        }
        dpo().queryParam("dryRun", "sometimes").when().post("/api/v1/retention/runs")
                .then().statusCode(400).contentType(Fixtures.PROBLEM_JSON);
    }

    /** A resident imported from the PMS whose only lease ended on the given day. */
    private static UUID formerTenant(LocalDate leaseEnd) {
        JsonPath imported = importRows(List.of(residentRow(externalId("PMS-P"), randomCode(), uniqueLastName("Entinen"),
                leaseRow(externalId("PMS-L"), leaseEnd.minusYears(4), leaseEnd, "TENANT"))));
        assertThat(imported.getString("rows[0].status")).isEqualTo("CREATED");
        return UUID.fromString(imported.getString("rows[0].personId"));
    }

    private static JsonPath run() {
        return dpo().queryParam("dryRun", false).when().post("/api/v1/retention/runs")
                .then().statusCode(200).extract().jsonPath();
    }

    private static String status(UUID app) {
        return (String) single("SELECT status FROM housing_application WHERE id = ?", app).get("status");
    }
}
