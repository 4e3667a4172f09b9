package fi.kuopas.stakeholder;

import static fi.kuopas.stakeholder.Fixtures.PROBLEMS;
import static fi.kuopas.stakeholder.Fixtures.PROBLEM_JSON;
import static fi.kuopas.stakeholder.Fixtures.addMember;
import static fi.kuopas.stakeholder.Fixtures.auditOf;
import static fi.kuopas.stakeholder.Fixtures.createList;
import static fi.kuopas.stakeholder.Fixtures.createOrganisation;
import static fi.kuopas.stakeholder.Fixtures.createPerson;
import static fi.kuopas.stakeholder.Fixtures.exportCsv;
import static fi.kuopas.stakeholder.Fixtures.exportEmails;
import static fi.kuopas.stakeholder.Fixtures.keys;
import static fi.kuopas.stakeholder.Fixtures.personBody;
import static fi.kuopas.stakeholder.Fixtures.randomEmail;
import static fi.kuopas.stakeholder.Fixtures.sirpa;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MailingListApiTest {

    @Test
    void shouldDeriveTheListsLegalBasisFromItsPurpose() {
        String id = createList("stakeholder-newsletter");
        sirpa().when().get("/api/v1/mailing-lists/" + id).then().statusCode(200).body("legalBasis", equalTo("CONSENT"));
        sirpa().body(Map.of("code", "x-" + UUID.randomUUID().toString().substring(0, 8), "name", "Mainos", "purpose", "marketing-email"))
                .when().post("/api/v1/mailing-lists").then().statusCode(400).contentType(PROBLEM_JSON);
    }

    @Test
    void shouldRefuseADuplicateListCode() {
        String code = "dup-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> body = Map.of("code", code, "name", "Tiedote", "purpose", "stakeholder-events");
        sirpa().body(body).when().post("/api/v1/mailing-lists").then().statusCode(201);
        sirpa().body(body).when().post("/api/v1/mailing-lists").then().statusCode(409).contentType(PROBLEM_JSON);
    }

    @Test
    void shouldExportMembersAsJsonAndCsvAndAuditTheExport() {
        String list = createList("stakeholder-newsletter");
        String email = randomEmail();
        Map<String, Object> body = personBody(createOrganisation(), email, "CONSENT");
        body.put("firstName", "=SUMMA(A1)");
        addMember(list, createPerson(body));
        assertThat(exportEmails(list)).containsExactly(email);
        String csv = exportCsv(list);
        assertThat(csv).startsWith("contactPersonId,firstName,lastName,email,organisation,language\r\n")
                .contains(",'=SUMMA(A1),Åkerlund-Mäkelä," + email + ",Rakennus Äijälä Oy,fi");
        assertThat(auditOf(keys().ofEmail(email))).extracting(a -> a.get("action")).contains("EXPORT");
    }

    @Test
    void shouldNotAddAPersonKeptOnContractToAConsentBasedList() {
        String list = createList("stakeholder-newsletter");
        String person = createPerson(randomEmail(), "CONTRACT");
        sirpa().body(Map.of("contactPersonId", person)).when().post("/api/v1/mailing-lists/" + list + "/members")
                .then().statusCode(422).contentType(PROBLEM_JSON).body("type", equalTo(PROBLEMS + "consent-required"));
        addMember(createList("stakeholder-communication"), person);
    }

    @Test
    void shouldRefuseAddingASuppressedPersonAndLeaveThemOutOfTheExport() {
        String list = createList("stakeholder-newsletter");
        String email = randomEmail();
        String person = createPerson(email, "CONSENT");
        addMember(list, person);
        sirpa().body(Map.of("email", email.toUpperCase(), "scope", "CONSENT_MAILINGS")).when().post("/api/v1/suppressions")
                .then().statusCode(201).body("membershipsRemoved", equalTo(1));
        assertThat(exportEmails(list)).doesNotContain(email);
        assertThat(exportCsv(list)).doesNotContain(email);
        sirpa().body(Map.of("contactPersonId", person)).when().post("/api/v1/mailing-lists/" + list + "/members")
                .then().statusCode(409).contentType(PROBLEM_JSON).body("type", equalTo(PROBLEMS + "suppressed"));
    }

    @Test
    void shouldLetAWithdrawnNewsletterConsentStillReceiveEventInvitationsButNotAfterAnObjection() {
        String events = createList("stakeholder-events");
        String email = randomEmail();
        String person = createPerson(email, "CONSENT");
        addMember(events, person);
        sirpa().body(Map.of("email", email, "scope", "CONSENT_MAILINGS")).when().post("/api/v1/suppressions").then().statusCode(201);
        assertThat(exportEmails(events)).containsExactly(email);
        sirpa().body(Map.of("email", email, "scope", "ALL_MAILINGS")).when().post("/api/v1/suppressions").then().statusCode(201);
        assertThat(exportEmails(events)).isEmpty();
    }

    @Test
    void shouldRefuseADoubleMembershipAndRemoveAMember() {
        String list = createList("stakeholder-events");
        String person = createPerson(randomEmail(), "CONTRACT");
        addMember(list, person);
        sirpa().body(Map.of("contactPersonId", person)).when().post("/api/v1/mailing-lists/" + list + "/members")
                .then().statusCode(409).body("type", equalTo(PROBLEMS + "already-member"));
        sirpa().when().delete("/api/v1/mailing-lists/" + list + "/members/" + person).then().statusCode(204);
        assertThat(exportEmails(list)).isEmpty();
        sirpa().when().delete("/api/v1/mailing-lists/" + list + "/members/" + person).then().statusCode(404);
        sirpa().body(Map.of("contactPersonId", UUID.randomUUID().toString()))
                .when().post("/api/v1/mailing-lists/" + list + "/members").then().statusCode(404);
        sirpa().when().get("/api/v1/mailing-lists/" + UUID.randomUUID() + "/export").then().statusCode(404);
    }
}
