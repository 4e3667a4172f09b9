package fi.kuopas.customer;

import static fi.kuopas.customer.Fixtures.ASIAKASTIETO;
import static fi.kuopas.customer.Fixtures.DVV;
import static fi.kuopas.customer.Fixtures.PROBLEMS;
import static fi.kuopas.customer.Fixtures.PROBLEM_JSON;
import static fi.kuopas.customer.Fixtures.apply;
import static fi.kuopas.customer.Fixtures.as;
import static fi.kuopas.customer.Fixtures.createPerson;
import static fi.kuopas.customer.Fixtures.creditCheck;
import static fi.kuopas.customer.Fixtures.customerService;
import static fi.kuopas.customer.Fixtures.dpo;
import static fi.kuopas.customer.Fixtures.dsrCall;
import static fi.kuopas.customer.Fixtures.emailKey;
import static fi.kuopas.customer.Fixtures.externalId;
import static fi.kuopas.customer.Fixtures.gateway;
import static fi.kuopas.customer.Fixtures.importRows;
import static fi.kuopas.customer.Fixtures.leaseRow;
import static fi.kuopas.customer.Fixtures.lettingOfficer;
import static fi.kuopas.customer.Fixtures.personBody;
import static fi.kuopas.customer.Fixtures.picKey;
import static fi.kuopas.customer.Fixtures.randomCode;
import static fi.kuopas.customer.Fixtures.randomEmail;
import static fi.kuopas.customer.Fixtures.refresh;
import static fi.kuopas.customer.Fixtures.residentRow;
import static fi.kuopas.customer.Fixtures.single;
import static fi.kuopas.customer.Fixtures.spi;
import static fi.kuopas.customer.Fixtures.uniqueLastName;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import fi.kuopas.privacy.grant.CaseGrant;
import fi.kuopas.privacy.grant.CaseGrant.Operation;
import fi.kuopas.testsupport.RestrictionRefusals;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The customer register's side of the DSR SPI, called as the gateway. */
@QuarkusTest
@SuppressWarnings("unchecked")
class CustomerDsrTest {

    @Test
    void shouldFindBySubjectKeyAndNotAnUnknownOne() {
        String code = randomCode();
        createPerson(code);
        spi(Operation.LOOKUP, UUID.randomUUID(), picKey(code)).when().post("/dsr/v1/lookup")
                .then().statusCode(200).body("register", equalTo("customer")).body("found", equalTo(true))
                .body("records", equalTo(1)).body("categories", hasItem("credit checks"));
        spi(Operation.LOOKUP, UUID.randomUUID(), emailKey(randomEmail())).when().post("/dsr/v1/lookup")
                .then().statusCode(200).body("found", equalTo(false)).body("records", equalTo(0));
    }

    @Test
    void shouldRefuseMalformedSubjectKeys() {
        spi(Operation.LOOKUP, UUID.randomUUID(), "131052-308T").when().post("/dsr/v1/lookup")
                .then().statusCode(400).contentType(PROBLEM_JSON);
        String email = emailKey(randomEmail());
        UUID caseId = UUID.randomUUID();
        // No case id in the body (the grant is valid for the call as it should have been).
        gateway().header(CaseGrant.HEADER, Fixtures.grant(Operation.LOOKUP, caseId, email))
                .body(Map.of("subject", Map.of("verified", List.of(email)))).when().post("/dsr/v1/lookup")
                .then().statusCode(400).contentType(PROBLEM_JSON);
    }

    @Test
    void shouldNameOutsideSourcesWithDatesInTheAccessReport() {
        String code = randomCode();
        Map<String, Object> body = personBody(code);
        UUID id = UUID.fromString(createPerson(body).getString("id"));
        refresh(id);
        UUID app = apply(id);
        creditCheck(id, app);
        String today = Fixtures.today().toString();

        JsonPath report = spi(Operation.ACCESS, UUID.randomUUID(), picKey(code), emailKey((String) body.get("email")))
                .when().post("/dsr/v1/access").then().statusCode(200).extract().jsonPath();

        assertThat(report.getBoolean("subjectFound")).isTrue();
        assertThat(report.getString("register")).isEqualTo("customer");
        Map<String, Object> identity = category(report, "Identity and contact details");
        assertThat((List<String>) identity.get("sources")).contains("the data subject", DVV + ", " + today);
        List<Map<String, Object>> records = (List<Map<String, Object>>) identity.get("records");
        assertThat(records).singleElement().satisfies(r -> {
            assertThat(r.get("personalIdentityCode")).isEqualTo(code);
            assertThat(r.get("email")).isEqualTo(body.get("email"));
        });

        Map<String, Object> credit = category(report, "Credit checks");
        assertThat((List<String>) credit.get("sources")).containsExactly(ASIAKASTIETO);
        assertThat((List<Map<String, Object>>) credit.get("records")).singleElement()
                .satisfies(r -> assertThat(r.get("source")).isEqualTo(ASIAKASTIETO + ", " + today));
        assertThat((String) credit.get("legalBasis")).contains("527/2007");

        Map<String, Object> dvv = category(report, "Population register queries");
        assertThat((List<Map<String, Object>>) dvv.get("records")).singleElement()
                .satisfies(r -> assertThat(r.get("source")).isEqualTo(DVV));
        assertThat((List<?>) category(report, "Housing and key applications").get("records")).hasSize(1);

        // The access log is part of the answer (C-579/21): the refresh and the credit check were logged.
        List<Map<String, Object>> log = report.getList("accessLog");
        assertThat(log).extracting(l -> l.get("recordType")).contains("person", "credit-check", "housing-application");
        assertThat(log).extracting(l -> l.get("actorRoles")).contains("letting-officer");
        // And the answer itself is logged.
        assertThat(Fixtures.count("SELECT count(*) FROM audit_log WHERE action = 'DSR' AND subject_key = ?", picKey(code)))
                .isEqualTo(1);
    }

    @Test
    void shouldCountCoResidentsInTheAccessReportWithoutNamingThem() {
        String tenantCode = randomCode();
        String coResidentLast = uniqueLastName("Kumppani");
        String lease = externalId("PMS-L");
        importRows(List.of(
                residentRow(externalId("PMS-P"), tenantCode, uniqueLastName("Vuokralainen"),
                        leaseRow(lease, LocalDate.of(2023, 5, 1), null, "TENANT")),
                residentRow(externalId("PMS-P"), randomCode(), coResidentLast,
                        leaseRow(lease, LocalDate.of(2023, 5, 1), null, "CO_RESIDENT"))));

        String raw = spi(Operation.ACCESS, UUID.randomUUID(), picKey(tenantCode)).when().post("/dsr/v1/access")
                .then().statusCode(200).extract().asString();
        JsonPath report = new JsonPath(raw);

        List<Map<String, Object>> leases = (List<Map<String, Object>>) category(report, "Leases").get("records");
        assertThat(leases).singleElement().satisfies(l -> {
            assertThat(l.get("lease")).isEqualTo(lease);
            assertThat(l.get("role")).isEqualTo("TENANT");
            assertThat(((Number) l.get("otherResidents")).intValue()).isEqualTo(1);
        });
        assertThat(raw).doesNotContain(coResidentLast);
    }

    @Test
    void shouldAnswerAnEmptyAccessForAnUnknownSubject() {
        spi(Operation.ACCESS, UUID.randomUUID(), emailKey(randomEmail())).when().post("/dsr/v1/access")
                .then().statusCode(200).body("subjectFound", equalTo(false)).body("categories.size()", equalTo(0));
    }

    @Test
    void shouldChangeNothingInAnErasureDryRun() {
        String code = randomCode();
        UUID id = createPerson(code);
        UUID app = apply(id);
        creditCheck(id, app);
        refresh(id);

        JsonPath preview = spi(Operation.ERASURE_PREVIEW, UUID.randomUUID(), picKey(code)).queryParam("dryRun", true)
                .when().post("/dsr/v1/erasure").then().statusCode(200).extract().jsonPath();
        assertThat(preview.getBoolean("dryRun")).isTrue();
        assertThat(preview.getList("erased.category")).contains("credit checks", "person");
        assertThat(preview.getInt("erased.find { it.category == 'credit checks' }.count")).isEqualTo(1);

        // The default is a dry run too.
        spi(Operation.ERASURE_PREVIEW, UUID.randomUUID(), picKey(code)).when().post("/dsr/v1/erasure")
                .then().statusCode(200).body("dryRun", equalTo(true));

        lettingOfficer().when().get("/api/v1/persons/" + id).then().statusCode(200).body("personalIdentityCode", equalTo(code));
        assertThat(Fixtures.count("SELECT count(*) FROM credit_check WHERE person_id = ?", id)).isEqualTo(1);
        assertThat(Fixtures.count("SELECT count(*) FROM population_query WHERE person_id = ?", id)).isEqualTo(1);
        assertThat(Fixtures.count("SELECT count(*) FROM housing_application WHERE person_id = ?", id)).isEqualTo(1);
    }

    @Test
    void shouldNameTheRecipientsToNotifyOfAnErasureFromTheDisclosureLogThatTheErasureDeletes() {
        String code = randomCode();
        UUID id = createPerson(code);
        apply(id);
        for (String recipient : List.of("Perintä Oy", "Asunto Oy Uusi Omistaja", "Perintä Oy")) {
            customerService().body(ProtectedAddressTest.disclosure(recipient, "controller", List.of("name")))
                    .when().post("/api/v1/persons/" + id + "/disclosures").then().statusCode(201);
        }

        JsonPath preview = spi(Operation.ERASURE_PREVIEW, UUID.randomUUID(), picKey(code)).queryParam("dryRun", true)
                .when().post("/dsr/v1/erasure").then().statusCode(200).extract().jsonPath();
        assertThat(preview.getList("recipientsToNotify", String.class)).containsExactly("Asunto Oy Uusi Omistaja", "Perintä Oy");

        JsonPath report = spi(Operation.ERASURE_EXECUTE, UUID.randomUUID(), picKey(code)).queryParam("dryRun", false)
                .when().post("/dsr/v1/erasure").then().statusCode(200).extract().jsonPath();
        assertThat(report.getList("erased.category")).contains("person");
        // Collected before the erasure deleted the log they come from (Art 19).
        assertThat(report.getList("recipientsToNotify", String.class)).containsExactly("Asunto Oy Uusi Omistaja", "Perintä Oy");
        assertThat(Fixtures.count("SELECT count(*) FROM disclosure WHERE person_id = ?", id)).isZero();
    }

    @Test
    void shouldNameTheRecipientsToNotifyWhenAnErasureAnonymisesAFormerTenant() {
        String code = randomCode();
        UUID id = UUID.fromString(importRows(List.of(residentRow(externalId("PMS-P"), code, uniqueLastName("Entinen"),
                leaseRow(externalId("PMS-L"), LocalDate.of(2019, 6, 1), LocalDate.of(2024, 5, 31), "TENANT"))))
                .getString("rows[0].personId"));
        customerService().body(ProtectedAddressTest.disclosure("Perintä Oy", "controller", List.of("name")))
                .when().post("/api/v1/persons/" + id + "/disclosures").then().statusCode(201);

        JsonPath report = spi(Operation.ERASURE_EXECUTE, UUID.randomUUID(), picKey(code)).queryParam("dryRun", false)
                .when().post("/dsr/v1/erasure").then().statusCode(200).extract().jsonPath();
        assertThat(report.getList("erased.category")).contains("person (anonymised; ledger kept without name)");
        assertThat(report.getList("recipientsToNotify", String.class)).containsExactly("Perintä Oy");
        assertThat(Fixtures.count("SELECT count(*) FROM disclosure WHERE person_id = ?", id)).isZero();

        // Nobody to tell when nothing was disclosed.
        String other = randomCode();
        createPerson(other);
        spi(Operation.ERASURE_PREVIEW, UUID.randomUUID(), picKey(other)).queryParam("dryRun", true)
                .when().post("/dsr/v1/erasure").then().statusCode(200).body("recipientsToNotify.size()", equalTo(0));
    }

    @Test
    void shouldFlagNoCategoryPortableUnlessItRestsOnConsentOrContract() {
        String code = randomCode();
        UUID id = createPerson(code);
        for (String channel : List.of("EMAIL", "POST", "SURVEY")) {
            Fixtures.update("INSERT INTO marketing_preference (person_id, channel, allowed, reason, updated_at) "
                    + "VALUES (?, ?, true, 'test permission', now())", id, channel);
        }

        JsonPath report = spi(Operation.ACCESS, UUID.randomUUID(), picKey(code)).when().post("/dsr/v1/access")
                .then().statusCode(200).extract().jsonPath();

        List<Map<String, Object>> categories = report.getList("categories");
        assertThat(categories).isNotEmpty();
        for (Map<String, Object> c : categories) {
            String basis = (String) c.get("legalBasis");
            boolean consentOrContract = (basis.contains("6(1)(a)") || basis.contains("6(1)(b)")) && !basis.contains("6(1)(f)");
            if (!consentOrContract) {
                assertThat(c.get("portable")).as(c.get("name") + " on " + basis + " (Art 20 needs 6(1)(a) or 6(1)(b))")
                        .isEqualTo(false);
            }
        }
        // Postal marketing and surveys rest on legitimate interest: not portable; email marketing on consent: portable.
        assertThat(categoryHolding(categories, "POST").get("portable")).isEqualTo(false);
        assertThat(categoryHolding(categories, "SURVEY").get("portable")).isEqualTo(false);
        assertThat(categoryHolding(categories, "EMAIL").get("portable")).isEqualTo(true);
        assertThat(category(report, "Identity and contact details").get("portable")).isEqualTo(true);
    }

    private static Map<String, Object> categoryHolding(List<Map<String, Object>> categories, String channel) {
        return categories.stream().filter(c -> ((List<Map<String, Object>>) c.get("records")).stream()
                .anyMatch(r -> channel.equals(r.get("channel")))).findFirst()
                .orElseThrow(() -> new AssertionError("no category holds the " + channel + " preference"));
    }

    @Test
    void shouldNameTheConfiguredMaintenancePartnerAmongTheRecipientsInTheAccessReport() {
        String partner = org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getValue("kuopas.recipients.maintenance-partner", String.class);
        String code = randomCode();
        createPerson(code);
        JsonPath report = spi(Operation.ACCESS, UUID.randomUUID(), picKey(code)).when().post("/dsr/v1/access")
                .then().statusCode(200).extract().jsonPath();
        assertThat((List<String>) category(report, "Identity and contact details").get("recipients"))
                .containsExactly("Property maintenance partner (processor): " + partner);
    }

    @Test
    void shouldDeleteAPersonWithoutLeasesOnErasureAndGiveTheSameAnswerOnARepeat() {
        String code = randomCode();
        UUID id = createPerson(code);
        apply(id);
        UUID caseId = UUID.randomUUID();

        String first = spi(Operation.ERASURE_EXECUTE, caseId, picKey(code)).queryParam("dryRun", false)
                .when().post("/dsr/v1/erasure").then().statusCode(200).extract().asString();
        JsonPath report = new JsonPath(first);
        assertThat(report.getBoolean("dryRun")).isFalse();
        assertThat(report.getList("erased.category")).contains("person");
        assertThat(report.getList("kept")).isEmpty();

        assertThat(Fixtures.count("SELECT count(*) FROM person WHERE id = ?", id)).isZero();
        assertThat(Fixtures.count("SELECT count(*) FROM housing_application WHERE person_id = ?", id)).isZero();
        lettingOfficer().when().get("/api/v1/persons/" + id).then().statusCode(404);

        String repeat = spi(Operation.ERASURE_EXECUTE, caseId, picKey(code)).queryParam("dryRun", false)
                .when().post("/dsr/v1/erasure").then().statusCode(200).extract().asString();
        assertThat(new JsonPath(repeat).getMap("")).isEqualTo(report.getMap(""));

        // A new case finds nothing any more.
        spi(Operation.ERASURE_EXECUTE, UUID.randomUUID(), picKey(code)).queryParam("dryRun", false)
                .when().post("/dsr/v1/erasure").then().statusCode(200).body("erased.size()", equalTo(0));
    }

    @Test
    void shouldKeepTheRentLedgerForTheAccountingPeriodAndAnonymiseOnErasureOfAFormerTenant() {
        String code = randomCode();
        String lease = externalId("PMS-L");
        UUID id = UUID.fromString(importRows(List.of(residentRow(externalId("PMS-P"), code, uniqueLastName("Entinen"),
                leaseRow(lease, LocalDate.of(2019, 6, 1), LocalDate.of(2024, 5, 31), "TENANT"))))
                .getString("rows[0].personId"));

        JsonPath report = spi(Operation.ERASURE_EXECUTE, UUID.randomUUID(), picKey(code)).queryParam("dryRun", false)
                .when().post("/dsr/v1/erasure").then().statusCode(200).extract().jsonPath();

        Map<String, Object> ledger = report.getMap("kept.find { it.category == 'rent ledger of lease " + lease + "' }");
        assertThat(ledger).as("rent ledger kept: " + report.prettify()).isNotNull();
        assertThat(ledger.get("until")).isEqualTo("2034-12-31");
        assertThat((String) ledger.get("legalReference")).contains("1336/1997");
        assertThat((String) ledger.get("reason")).contains("17(3)(b)");
        assertThat(ledger).containsEntry("categoryCode", "category.customer.rent-ledger")
                .containsEntry("reasonCode", "kept.legal-obligation.accounting-act").containsEntry("legalReferenceCode", "ref.accounting-act")
                .containsEntry("params", Map.of("lease", lease));
        assertThat(report.getList("erased.category")).contains("person (anonymised; ledger kept without name)");

        Map<String, Object> row = single("SELECT first_name, pic_encrypted, pic_key, email, anonymised_at FROM person WHERE id = ?", id);
        assertThat(row.get("anonymised_at")).isNotNull();
        assertThat(row.get("first_name")).isEqualTo("anonymised");
        assertThat(row.get("pic_encrypted")).isNull();
        assertThat(row.get("pic_key")).isNull();
        assertThat(row.get("email")).isNull();
        assertThat(Fixtures.count("SELECT count(*) FROM lease_resident WHERE person_id = ?", id)).isEqualTo(1);
        lettingOfficer().when().get("/api/v1/persons/" + id).then().statusCode(404);
        spi(Operation.LOOKUP, UUID.randomUUID(), picKey(code)).when().post("/dsr/v1/lookup")
                .then().body("found", equalTo(false));
    }

    @Test
    void shouldKeepTheContractDataOnErasureDuringATenancy() {
        String code = randomCode();
        UUID id = UUID.fromString(importRows(List.of(residentRow(externalId("PMS-P"), code, uniqueLastName("Nykyinen"),
                leaseRow(externalId("PMS-L"), LocalDate.of(2024, 1, 1), null, "TENANT")))).getString("rows[0].personId"));

        JsonPath report = spi(Operation.ERASURE_EXECUTE, UUID.randomUUID(), picKey(code)).queryParam("dryRun", false)
                .when().post("/dsr/v1/erasure").then().statusCode(200).extract().jsonPath();
        assertThat(report.getList("kept.category")).contains("identity, contact and lease");
        int year = Fixtures.today().getYear();
        assertThat(report.getString("kept.find { it.category.startsWith('rent ledger') }.until"))
                .isEqualTo(LocalDate.of(year, 12, 31).plusYears(10).toString());
        lettingOfficer().when().get("/api/v1/persons/" + id).then().statusCode(200);
    }

    @Test
    void shouldRefuseReadsExceptForTheDpoUntilARestrictionIsLifted() {
        String code = randomCode();
        UUID id = createPerson(code);
        UUID caseId = UUID.randomUUID();

        spi(Operation.RESTRICTION, caseId, List.of(picKey(code)), Map.of("action", "SET"))
                .when().post("/dsr/v1/restriction").then().statusCode(200)
                .body("subjectFound", equalTo(true));

        customerService().when().get("/api/v1/persons/" + id).then().statusCode(409).contentType(PROBLEM_JSON)
                .body("type", equalTo(PROBLEMS + "processing-restricted"));
        lettingOfficer().body(Map.of("purpose", "address check")).when().post("/api/v1/persons/" + id + "/population-register-refresh")
                .then().statusCode(409);
        customerService().body(Map.of("personalIdentityCode", code)).when().post("/api/v1/persons/search")
                .then().statusCode(200).body("total", equalTo(0));
        // The refusals are in the access log.
        assertThat(Fixtures.count("SELECT count(*) FROM audit_log WHERE record_id = ? AND action = 'RESTRICT' "
                + "AND purpose LIKE 'refused%'", id.toString())).isEqualTo(2);

        dpo().when().get("/api/v1/persons/" + id).then().statusCode(200).body("restricted", equalTo(true));
        dpo().body(Map.of("personalIdentityCode", code)).when().post("/api/v1/persons/search")
                .then().statusCode(200).body("total", equalTo(1));

        spi(Operation.RESTRICTION, caseId, List.of(picKey(code)), Map.of("action", "LIFT"))
                .when().post("/dsr/v1/restriction").then().statusCode(200);
        customerService().when().get("/api/v1/persons/" + id).then().statusCode(200).body("restricted", equalTo(false));
    }

    @Test
    void shouldRefuseARestrictedPersonWithTheKitProblemTypeAndAuditTheRefusal() {
        String code = randomCode();
        UUID id = createPerson(code);
        spi(Operation.RESTRICTION, UUID.randomUUID(), List.of(picKey(code)), Map.of("action", "SET"))
                .when().post("/dsr/v1/restriction").then().statusCode(200);

        RestrictionRefusals.assertRefusedAndAudited(picKey(code), "person",
                () -> customerService().when().get("/api/v1/persons/" + id).then());
        RestrictionRefusals.assertRefusedAndAudited(picKey(code), "person",
                () -> lettingOfficer().body(Map.of("purpose", "address check"))
                        .when().post("/api/v1/persons/" + id + "/population-register-refresh").then());
    }

    @Test
    void shouldNotMakeARestrictedPersonAMailingRecipient() {
        String code = randomCode();
        UUID id = createPerson(code);
        Fixtures.update("INSERT INTO marketing_preference (person_id, channel, allowed, reason, updated_at) "
                + "VALUES (?, 'SMS', true, 'test permission', now())", id);
        assertThat(smsRecipients()).contains(id.toString());

        spi(Operation.RESTRICTION, UUID.randomUUID(), List.of(picKey(code)), Map.of("action", "SET"))
                .when().post("/dsr/v1/restriction").then().statusCode(200);

        assertThat(smsRecipients()).doesNotContain(id.toString());
    }

    private static List<String> smsRecipients() {
        return Fixtures.mailingRecipients("SMS");
    }

    @Test
    void shouldPointToTheSourceForADvvAddressAndApplyTheEmailOnRectification() {
        String code = randomCode();
        UUID id = createPerson(code);
        String street = refresh(id).getString("streetAddress");
        String email = randomEmail();

        JsonPath outcome = spi(Operation.RECTIFICATION, UUID.randomUUID(), List.of(picKey(code)),
                Map.of("corrections", List.of(Map.of("field", "streetAddress", "value", "Kauppakatu 3 B 4"),
                        Map.of("field", "email", "value", email))))
                .when().post("/dsr/v1/rectification").then().statusCode(200).extract().jsonPath();

        assertThat(outcome.getList("applied")).containsExactly("email");
        assertThat(outcome.getList("refused", String.class)).singleElement().satisfies(r -> {
            assertThat(r).startsWith("streetAddress");
            assertThat(r).contains(DVV).contains("rectify it at the source");
        });
        lettingOfficer().when().get("/api/v1/persons/" + id).then().statusCode(200)
                .body("email", equalTo(email)).body("streetAddress", equalTo(street));
        // The new email is searchable: its blind index moved with it.
        customerService().body(Map.of("email", email)).when().post("/api/v1/persons/search")
                .then().body("items.id", hasItem(id.toString()));
    }

    @Test
    void shouldApplyRectificationOfAnAddressFromTheSubject() {
        String code = randomCode();
        UUID id = createPerson(code);
        spi(Operation.RECTIFICATION, UUID.randomUUID(), List.of(picKey(code)),
                Map.of("corrections", List.of(Map.of("field", "streetAddress", "value", "Kauppakatu 3 B 4"),
                        Map.of("field", "personalIdentityCode", "value", "010101-123N"))))
                .when().post("/dsr/v1/rectification").then().statusCode(200)
                .body("applied", hasItem("streetAddress"))
                .body("refused", hasItem("personalIdentityCode: not rectifiable here"));
        lettingOfficer().when().get("/api/v1/persons/" + id).then().body("streetAddress", equalTo("Kauppakatu 3 B 4"));
    }

    @Test
    void shouldStopMarketingChannelsOnObjection() {
        String code = randomCode();
        UUID id = createPerson(code);
        spi(Operation.OBJECTION, UUID.randomUUID(), picKey(code))
                .when().post("/dsr/v1/objection").then().statusCode(200)
                .body("applied", hasItem("EMAIL stopped"))
                .body("appliedCodes.code", hasItem("applied.objection.channel-stopped"))
                .body("appliedCodes.params.channel", hasItem("EMAIL"));
        assertThat(Fixtures.count("SELECT count(*) FROM marketing_preference WHERE person_id = ? AND NOT allowed", id))
                .isEqualTo(4);
    }

    @Test
    void shouldServeTheRegisterDescriptionToTheGateway() {
        gateway().queryParam("lang", "fi").when().get("/dsr/v1/description").then().statusCode(200)
                .body("language", equalTo("fi"));
    }

    @Test
    void shouldOpenTheSpiOnlyToTheGateway() {
        UUID caseId = UUID.randomUUID();
        String key = emailKey(randomEmail());
        Map<String, Object> call = dsrCall(caseId, key);
        // Even with a valid case grant, only the gateway's account gets through.
        Map<String, Operation> paths = Map.of("/dsr/v1/lookup", Operation.LOOKUP, "/dsr/v1/access", Operation.ACCESS,
                "/dsr/v1/erasure", Operation.ERASURE_PREVIEW);
        paths.forEach((path, op) -> {
            String grant = Fixtures.grant(op, caseId, key);
            for (String role : List.of("customer-service", "letting-officer", "dpo", "pms-integration")) {
                as("user-" + role, role).header(CaseGrant.HEADER, grant).body(call).when().post(path)
                        .then().statusCode(403).contentType(PROBLEM_JSON);
            }
            io.restassured.RestAssured.given().contentType(Fixtures.JSON_UTF8).header(CaseGrant.HEADER, grant).body(call)
                    .when().post(path).then().statusCode(401);
        });
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> category(JsonPath report, String name) {
        List<Map<String, Object>> categories = report.getList("categories");
        return categories.stream().filter(c -> name.equals(c.get("name"))).findFirst()
                .orElseThrow(() -> new AssertionError("no category " + name));
    }
}
