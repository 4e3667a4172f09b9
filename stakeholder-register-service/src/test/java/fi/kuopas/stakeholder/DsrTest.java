package fi.kuopas.stakeholder;

import static fi.kuopas.stakeholder.Fixtures.PROBLEMS;
import static fi.kuopas.stakeholder.Fixtures.PROBLEM_JSON;
import static fi.kuopas.stakeholder.Fixtures.addMember;
import static fi.kuopas.stakeholder.Fixtures.auditOf;
import static fi.kuopas.stakeholder.Fixtures.createList;
import static fi.kuopas.stakeholder.Fixtures.createOrganisation;
import static fi.kuopas.stakeholder.Fixtures.createPerson;
import static fi.kuopas.stakeholder.Fixtures.exportEmails;
import static fi.kuopas.stakeholder.Fixtures.gateway;
import static fi.kuopas.stakeholder.Fixtures.keys;
import static fi.kuopas.stakeholder.Fixtures.personBody;
import static fi.kuopas.stakeholder.Fixtures.randomEmail;
import static fi.kuopas.stakeholder.Fixtures.sirpa;
import static fi.kuopas.stakeholder.Fixtures.spi;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import fi.kuopas.privacy.grant.CaseGrant.Operation;
import fi.kuopas.testsupport.RestrictionRefusals;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The gateway's view: subject keys only, a case grant on every call, every call idempotent on the case id. */
@QuarkusTest
class DsrTest {

    /** Name with birth date identifies nobody on its own: it only surfaces the person as a possible match. */
    @Test
    void shouldFindTheSubjectByVerifiedEmailOrPhoneAndByNameWithBirthDateOnlyAsAPossibleMatch() {
        String email = randomEmail();
        Map<String, Object> body = personBody(createOrganisation(), email, "CONTRACT");
        String phone = "040 " + (1_000_000 + new java.util.Random().nextInt(8_999_999));
        body.put("phone", phone);
        body.put("lastName", "Virtanen-" + UUID.randomUUID().toString().substring(0, 5));
        body.put("birthDate", "1975-04-02");
        createPerson(body);
        String nameKey = keys().ofNameAndBirthDate("päivi " + body.get("lastName"), LocalDate.of(1975, 4, 2));
        for (String key : List.of(keys().ofEmail(email), keys().ofPhone(phone.replace(" ", "")))) {
            spi(Operation.LOOKUP, UUID.randomUUID(), key).when().post("/dsr/v1/lookup").then().statusCode(200)
                    .body("register", equalTo("stakeholder")).body("found", equalTo(true))
                    .body("categories", hasItem("contact person data"));
        }
        spi(Operation.LOOKUP, UUID.randomUUID(), nameKey).when().post("/dsr/v1/lookup").then().statusCode(200)
                .body("found", equalTo(false))
                .body("possibleMatches.matchedIdentifiers", equalTo(List.of(List.of("NAME_AND_BIRTH_DATE"))));
        spi(Operation.LOOKUP, UUID.randomUUID(), keys().ofEmail(randomEmail())).when().post("/dsr/v1/lookup")
                .then().statusCode(200).body("found", equalTo(false));
    }

    @Test
    void shouldReportTheRecordsWithPurposeBasisAndTheAccessLog() {
        String email = randomEmail();
        String person = createPerson(email, "CONSENT");
        addMember(createList("stakeholder-newsletter"), person);
        sirpa().when().get("/api/v1/contact-persons/" + person).then().statusCode(200);

        JsonPath report = spi(Operation.ACCESS, UUID.randomUUID(), keys().ofEmail(email)).when().post("/dsr/v1/access")
                .then().statusCode(200).extract().jsonPath();
        assertThat(report.getBoolean("subjectFound")).isTrue();
        assertThat(report.getList("categories.name")).contains("Contact person data", "Mailing lists", "Suppression markings");
        assertThat(report.getString("categories[0].records[0].email")).isEqualTo(email);
        assertThat(report.getString("categories[0].legalBasis")).contains("6(1)(a)");
        assertThat(report.getList("categories[0].sources")).isNotEmpty();
        assertThat(report.getString("categories[2].records[0].legalBasis")).isEqualTo("CONSENT");
        assertThat(report.getList("accessLog.action")).contains("CREATE", "VIEW");
    }

    @Test
    void shouldPreviewErasureThenEraseButKeepTheSuppressionAsAKeyedHash() {
        String email = randomEmail();
        String person = createPerson(email, "CONSENT");
        String list = createList("stakeholder-newsletter");
        addMember(list, person);
        String key = keys().ofEmail(email);
        UUID caseId = UUID.randomUUID();

        spi(Operation.ERASURE_PREVIEW, caseId, key).when().post("/dsr/v1/erasure?dryRun=true").then().statusCode(200)
                .body("dryRun", equalTo(true)).body("erased.find { it.category == 'contact person data' }.count", equalTo(1));
        sirpa().when().get("/api/v1/contact-persons/" + person).then().statusCode(200);

        JsonPath first = spi(Operation.ERASURE_EXECUTE, caseId, key).when().post("/dsr/v1/erasure?dryRun=false")
                .then().statusCode(200).extract().jsonPath();
        assertThat(first.getString("kept[0].legalReference")).contains("Art 17(3)(b)");
        assertThat(first.getString("kept[0].categoryCode")).isEqualTo("category.stakeholder.suppression");
        assertThat(first.getString("kept[0].reasonCode")).isEqualTo("kept.objection.suppression");
        assertThat(first.getList("erased.categoryCode")).contains("category.stakeholder.contact-person");
        sirpa().when().get("/api/v1/contact-persons/" + person).then().statusCode(404);
        spi(Operation.ERASURE_EXECUTE, caseId, key).when().post("/dsr/v1/erasure?dryRun=false").then().statusCode(200)
                .body("kept[0].count", equalTo(first.getInt("kept[0].count")));

        spi(Operation.LOOKUP, UUID.randomUUID(), key).when().post("/dsr/v1/lookup").then()
                .body("categories", equalTo(List.of("suppression markings")));
        String again = createPerson(email, "CONSENT");
        sirpa().body(Map.of("contactPersonId", again)).when().post("/api/v1/mailing-lists/" + list + "/members")
                .then().statusCode(409).body("type", equalTo(PROBLEMS + "suppressed"));
    }

    @Test
    void shouldRefuseReadsOfARestrictedPersonAndLogTheRefusalUntilLifted() {
        String email = randomEmail();
        String person = createPerson(email, "CONSENT");
        String list = createList("stakeholder-newsletter");
        addMember(list, person);
        String key = keys().ofEmail(email);

        spi(Operation.RESTRICTION, UUID.randomUUID(), Set.of(key), Set.of(), Map.of("action", "SET"))
                .when().post("/dsr/v1/restriction").then().statusCode(200).body("subjectFound", equalTo(true))
                .body("recipientsToNotify.size()", equalTo(1));
        sirpa().when().get("/api/v1/contact-persons/" + person).then().statusCode(409).contentType(PROBLEM_JSON)
                .body("type", equalTo(PROBLEMS + "processing-restricted"));
        sirpa().queryParam("q", email).when().get("/api/v1/contact-persons").then().body("id", not(hasItem(person)));
        assertThat(exportEmails(list)).doesNotContain(email);
        assertThat(auditOf(key)).extracting(a -> (String) a.get("purpose")).anyMatch(p -> p.startsWith("refused"));

        spi(Operation.RESTRICTION, UUID.randomUUID(), Set.of(key), Set.of(), Map.of("action", "LIFT"))
                .when().post("/dsr/v1/restriction").then().statusCode(200);
        sirpa().when().get("/api/v1/contact-persons/" + person).then().statusCode(200);
        assertThat(exportEmails(list)).contains(email);
    }

    @Test
    void shouldRefuseARestrictedPersonWithTheKitProblemTypeAndAuditTheRefusal() {
        String email = randomEmail();
        String person = createPerson(email, "CONSENT");
        String key = keys().ofEmail(email);
        spi(Operation.RESTRICTION, UUID.randomUUID(), Set.of(key), Set.of(), Map.of("action", "SET"))
                .when().post("/dsr/v1/restriction").then().statusCode(200);

        RestrictionRefusals.assertRefusedAndAudited(key, "contact-person",
                () -> sirpa().when().get("/api/v1/contact-persons/" + person).then());
        RestrictionRefusals.assertRefusedAndAudited(key, "contact-person",
                () -> sirpa().body(Map.of("type", "MEETING", "occurredAt", "2026-01-05T10:00:00Z", "summary", "Tapaaminen"))
                        .when().post("/api/v1/contact-persons/" + person + "/interactions").then());
    }

    @Test
    void shouldRectifyKnownFieldsAndRefuseOthers() {
        String email = randomEmail();
        String person = createPerson(email, "CONTRACT");
        spi(Operation.RECTIFICATION, UUID.randomUUID(), Set.of(keys().ofEmail(email)), Set.of(),
                Map.of("corrections", List.of(Map.of("field", "lastName", "value", "Öberg"),
                        Map.of("field", "salary", "value", "1"), Map.of("field", "email", "value", "ei-osoite"))))
                .when().post("/dsr/v1/rectification").then().statusCode(200)
                .body("applied", equalTo(List.of("lastName corrected")))
                .body("appliedCodes[0].code", equalTo("applied.rectification.corrected-said"))
                .body("appliedCodes[0].params.field", equalTo("lastName")).body("refused.size()", equalTo(2));
        sirpa().when().get("/api/v1/contact-persons/" + person).then().body("lastName", equalTo("Öberg"));
    }

    @Test
    void shouldApplyAnObjectionToEveryMailing() {
        String email = randomEmail();
        String person = createPerson(email, "CONSENT");
        String events = createList("stakeholder-events");
        addMember(events, person);
        spi(Operation.OBJECTION, UUID.randomUUID(), keys().ofEmail(email))
                .when().post("/dsr/v1/objection").then().statusCode(200).body("subjectFound", equalTo(true));
        assertThat(exportEmails(events)).isEmpty();
    }

    @Test
    void shouldRefuseAMalformedSubjectKeyAndServeTheDescription() {
        spi(Operation.LOOKUP, UUID.randomUUID(), "131052-308T").when().post("/dsr/v1/lookup")
                .then().statusCode(400).contentType(PROBLEM_JSON);
        gateway().queryParam("lang", "sv").when().get("/dsr/v1/description").then().statusCode(200)
                .body("register", equalTo("stakeholder")).body("language", equalTo("sv"));
    }
}
