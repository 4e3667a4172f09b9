package fi.kuopas.stakeholder;

import static fi.kuopas.stakeholder.Fixtures.addMember;
import static fi.kuopas.stakeholder.Fixtures.createList;
import static fi.kuopas.stakeholder.Fixtures.createOrganisation;
import static fi.kuopas.stakeholder.Fixtures.createPerson;
import static fi.kuopas.stakeholder.Fixtures.exportEmails;
import static fi.kuopas.stakeholder.Fixtures.keys;
import static fi.kuopas.stakeholder.Fixtures.personBody;
import static fi.kuopas.stakeholder.Fixtures.randomEmail;
import static fi.kuopas.stakeholder.Fixtures.sirpa;
import static fi.kuopas.stakeholder.Fixtures.spi;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import fi.kuopas.privacy.grant.CaseGrant.Operation;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * Exact subject matching (SubjectMatcher): a contact person is the subject's only through a key the
 * subject proved. A person that only a claimed key, or name with birth date, matched is never
 * reported, erased or changed: the answer names it as a possible match with a masked hint.
 */
@QuarkusTest
class SubjectMatchingTest {

    private static final LocalDate BORN = LocalDate.of(1975, 4, 2);

    /** Another person: Leena Hämäläinen-…, with email, phone and birth date, at a contractor. */
    record Other(String id, String email, String phone, String lastName, String nameKey) {
        String emailKey() {
            return keys().ofEmail(email);
        }

        String phoneKey() {
            return keys().ofPhone(phone);
        }
    }

    private static Other other(String basis) {
        String email = randomEmail();
        String phone = "040" + (1_000_000 + ThreadLocalRandom.current().nextInt(8_999_999));
        String lastName = "Hämäläinen-" + UUID.randomUUID().toString().substring(0, 6);
        Map<String, Object> body = personBody(createOrganisation(), email, basis);
        body.put("firstName", "Leena");
        body.put("lastName", lastName);
        body.put("phone", phone);
        body.put("birthDate", BORN.toString());
        String id = createPerson(body);
        return new Other(id, email, phone, lastName, keys().ofNameAndBirthDate("Leena " + lastName, BORN));
    }

    @Test
    void shouldReportOnlyTheContactOfTheVerifiedEmailAndListTheClaimedPhoneAsAPossibleMatch() {
        String emailA = randomEmail();
        createPerson(emailA, "CONTRACT");
        Other b = other("CONSENT");
        addMember(createList("stakeholder-newsletter"), b.id());
        sirpa().body(Map.of("type", "MEETING", "occurredAt", Instant.now().minus(1, ChronoUnit.DAYS).toString(),
                "summary", "Leenan luottamuksellinen palaveri")).when().post("/api/v1/contact-persons/" + b.id() + "/interactions")
                .then().statusCode(201);
        sirpa().when().get("/api/v1/contact-persons/" + b.id()).then().statusCode(200);

        String raw = spi(Operation.ACCESS, UUID.randomUUID(), Set.of(keys().ofEmail(emailA)), Set.of(b.phoneKey()), Map.of())
                .when().post("/dsr/v1/access").then().statusCode(200).extract().asString();
        JsonPath report = JsonPath.from(raw);

        assertThat(report.getBoolean("subjectFound")).isTrue();
        assertThat(report.getList("categories[0].records.email")).containsExactly(emailA);
        assertThat(report.getList("categories[1].records")).as("B's meeting").isEmpty();
        assertThat(report.getList("categories[2].records")).as("B's mailing list").isEmpty();
        assertThat(report.getList("accessLog.action")).as("B's access log").doesNotContain("VIEW");
        assertThat(raw).doesNotContain(b.email(), b.lastName(), "Leena", b.phone(), "luottamuksellinen");
        assertThat(report.getList("possibleMatches")).hasSize(1);
        assertThat(report.getString("possibleMatches[0].register")).isEqualTo("stakeholder");
        assertThat(report.getString("possibleMatches[0].recordKind")).isEqualTo("contact person");
        assertThat(report.getList("possibleMatches[0].matchedIdentifiers")).containsExactly("PHONE");
        assertThat(report.getString("possibleMatches[0].hint")).isEqualTo("L. H., contractor contact");
    }

    @Test
    void shouldNeverIncludeAContactThroughNameAndBirthDateAlone() {
        String emailA = randomEmail();
        createPerson(emailA, "CONTRACT");
        Other b = other("CONTRACT");

        for (Operation op : List.of(Operation.LOOKUP, Operation.ACCESS)) {
            String path = op == Operation.LOOKUP ? "/dsr/v1/lookup" : "/dsr/v1/access";
            JsonPath answer = spi(op, UUID.randomUUID(), b.nameKey()).when().post(path).then().statusCode(200)
                    .extract().jsonPath();
            assertThat(answer.getBoolean(op == Operation.LOOKUP ? "found" : "subjectFound")).as(path).isFalse();
            assertThat(answer.getList("possibleMatches.matchedIdentifiers")).as(path)
                    .containsExactly(List.of("NAME_AND_BIRTH_DATE"));
        }

        String raw = spi(Operation.ACCESS, UUID.randomUUID(), Set.of(keys().ofEmail(emailA)), Set.of(b.nameKey()), Map.of())
                .when().post("/dsr/v1/access").then().statusCode(200).extract().asString();
        assertThat(JsonPath.from(raw).getList("categories[0].records.email")).containsExactly(emailA);
        assertThat(raw).doesNotContain(b.email(), b.lastName());
        assertThat(JsonPath.from(raw).getString("possibleMatches[0].hint")).isEqualTo("L. H., contractor contact");
    }

    @Test
    void shouldEraseOnlyTheContactOfTheVerifiedEmail() {
        String emailA = randomEmail();
        String a = createPerson(emailA, "CONSENT");
        Other b = other("CONSENT");
        String list = createList("stakeholder-newsletter");
        addMember(list, a);
        addMember(list, b.id());

        JsonPath report = spi(Operation.ERASURE_EXECUTE, UUID.randomUUID(), Set.of(keys().ofEmail(emailA)),
                Set.of(b.emailKey()), Map.of()).when().post("/dsr/v1/erasure?dryRun=false").then().statusCode(200)
                .extract().jsonPath();

        assertThat(report.getInt("erased.find { it.category == 'contact person data' }.count")).isEqualTo(1);
        assertThat(report.getInt("erased.find { it.category == 'mailing list memberships' }.count")).isEqualTo(1);
        assertThat(report.getList("possibleMatches.matchedIdentifiers")).containsExactly(List.of("EMAIL"));
        sirpa().when().get("/api/v1/contact-persons/" + a).then().statusCode(404);
        sirpa().when().get("/api/v1/contact-persons/" + b.id()).then().statusCode(200).body("email", equalTo(b.email()));
        assertThat(exportEmails(list)).containsExactly(b.email());
        // B's email was not put on the suppression list: B can still join a mailing.
        addMember(createList("stakeholder-events"), b.id());
    }

    @Test
    void shouldFindNothingThroughClaimedKeysAloneAndListThePossibleMatches() {
        Other b = other("CONTRACT");
        Set<String> verified = Set.of();
        Set<String> claimed = Set.of(b.emailKey(), b.phoneKey());

        spi(Operation.LOOKUP, UUID.randomUUID(), verified, claimed, Map.of()).when().post("/dsr/v1/lookup").then()
                .statusCode(200).body("found", equalTo(false)).body("records", equalTo(0))
                .body("possibleMatches", hasSize(1))
                .body("possibleMatches[0].matchedIdentifiers", equalTo(List.of("EMAIL", "PHONE")))
                .body("possibleMatches[0].hint", equalTo("L. H., contractor contact"));

        String raw = spi(Operation.ACCESS, UUID.randomUUID(), verified, claimed, Map.of()).when().post("/dsr/v1/access")
                .then().statusCode(200).body("subjectFound", equalTo(false)).body("categories[0].records", hasSize(0))
                .body("accessLog", hasSize(0)).body("possibleMatches", hasSize(1)).extract().asString();
        assertThat(raw).doesNotContain(b.email(), b.lastName());

        spi(Operation.ERASURE_EXECUTE, UUID.randomUUID(), verified, claimed, Map.of()).when().post("/dsr/v1/erasure?dryRun=false")
                .then().statusCode(200).body("erased.find { it.category == 'contact person data' }.count", equalTo(0))
                .body("possibleMatches", hasSize(1));
        sirpa().when().get("/api/v1/contact-persons/" + b.id()).then().statusCode(200);
    }

    @Test
    void shouldLeaveAClaimedContactUnrestrictedUnsuppressedAndUncorrected() {
        Other b = other("CONSENT");
        String list = createList("stakeholder-newsletter");
        addMember(list, b.id());
        // The requester proved an identity code this register does not know, and only claimed B's email.
        Set<String> verified = Set.of(keys().ofEmail(randomEmail()).replace("email_", "pic_"));
        Set<String> claimed = Set.of(b.emailKey());

        spi(Operation.RESTRICTION, UUID.randomUUID(), verified, claimed, Map.of("action", "SET"))
                .when().post("/dsr/v1/restriction").then().statusCode(200).body("subjectFound", equalTo(false))
                .body("applied", hasSize(0)).body("possibleMatches", hasSize(1));
        sirpa().when().get("/api/v1/contact-persons/" + b.id()).then().statusCode(200);

        spi(Operation.OBJECTION, UUID.randomUUID(), verified, claimed, Map.of()).when().post("/dsr/v1/objection").then()
                .statusCode(200).body("subjectFound", equalTo(false)).body("possibleMatches", hasSize(1));
        assertThat(exportEmails(list)).containsExactly(b.email());

        spi(Operation.RECTIFICATION, UUID.randomUUID(), verified, claimed,
                Map.of("corrections", List.of(Map.of("field", "lastName", "value", "Öberg"))))
                .when().post("/dsr/v1/rectification").then().statusCode(200).body("subjectFound", equalTo(false))
                .body("applied", hasSize(0)).body("possibleMatches", hasSize(1));
        sirpa().when().get("/api/v1/contact-persons/" + b.id()).then().body("lastName", equalTo(b.lastName()));
    }
}
