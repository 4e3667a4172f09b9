package fi.kuopas.stakeholder;

import fi.kuopas.privacy.grant.CaseGrant.Operation;
import fi.kuopas.privacy.subject.SubjectKeys;
import fi.kuopas.testsupport.Callers;
import fi.kuopas.testsupport.CaseGrants;
import io.restassured.specification.RequestSpecification;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.eclipse.microprofile.config.ConfigProvider;

/** Fresh organisations, contact persons and lists, and authenticated calls shared by the tests. */
final class Fixtures extends Callers {

    /** The register name: the audience of the gateway's case grants and the "register" of every SPI answer. */
    static final String REGISTER = "stakeholder";
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2};

    private Fixtures() {
    }

    static SubjectKeys keys() {
        return new SubjectKeys(ConfigProvider.getConfig().getValue("kuopas.privacy.pepper", String.class));
    }

    /** A random business ID with a valid check digit. */
    static String randomBusinessId() {
        while (true) {
            String digits = String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
            int sum = 0;
            for (int i = 0; i < 7; i++) {
                sum += (digits.charAt(i) - '0') * WEIGHTS[i];
            }
            int remainder = sum % 11;
            if (remainder != 1) {
                return digits + "-" + (remainder == 0 ? 0 : 11 - remainder);
            }
        }
    }

    static String randomEmail() {
        return "yh-" + UUID.randomUUID() + "@example.fi";
    }

    static RequestSpecification sirpa() {
        return as("sirpa", "stakeholder-relations");
    }

    /** An SPI call as the gateway makes it (its token, a case grant for exactly this call, the body), every key verified. */
    static RequestSpecification spi(Operation op, UUID caseId, String... verifiedKeys) {
        return CaseGrants.call(REGISTER, op, caseId, verifiedKeys);
    }

    /** An SPI call with verified and claimed keys and extra body fields (a restriction's action, corrections ...). */
    static RequestSpecification spi(Operation op, UUID caseId, Collection<String> verified, Collection<String> claimed,
            Map<String, Object> extra) {
        return CaseGrants.call(REGISTER, op, caseId, verified, claimed, extra);
    }

    static Map<String, Object> organisationBody(String name, String businessId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("businessId", businessId);
        body.put("role", "CONTRACTOR");
        return body;
    }

    static String createOrganisation() {
        return sirpa().body(organisationBody("Rakennus Äijälä Oy", randomBusinessId()))
                .when().post("/api/v1/organisations").then().statusCode(201).extract().path("id");
    }

    static Map<String, Object> personBody(String organisationId, String email, String basis) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("organisationId", organisationId);
        body.put("firstName", "Päivi");
        body.put("lastName", "Åkerlund-Mäkelä");
        body.put("title", "Työmaapäällikkö");
        body.put("email", email);
        body.put("legalBasis", basis);
        return body;
    }

    static String createPerson(String email, String basis) {
        return createPerson(personBody(createOrganisation(), email, basis));
    }

    static String createPerson(Map<String, Object> body) {
        return sirpa().body(body).when().post("/api/v1/contact-persons").then().statusCode(201).extract().path("id");
    }

    static String createList(String purpose) {
        String code = "list-" + UUID.randomUUID().toString().substring(0, 8);
        return sirpa().body(Map.of("code", code, "name", "Sidosryhmätiedote " + code, "purpose", purpose))
                .when().post("/api/v1/mailing-lists").then().statusCode(201).extract().path("id");
    }

    static void addMember(String listId, String personId) {
        sirpa().body(Map.of("contactPersonId", personId)).when().post("/api/v1/mailing-lists/" + listId + "/members")
                .then().statusCode(201);
    }

    static List<String> exportEmails(String listId) {
        return sirpa().when().get("/api/v1/mailing-lists/" + listId + "/export")
                .then().statusCode(200).extract().jsonPath().getList("email");
    }

    static String exportCsv(String listId) {
        return sirpa().accept("text/csv").when().get("/api/v1/mailing-lists/" + listId + "/export.csv")
                .then().statusCode(200).extract().asString();
    }

    /** Audit lines about one subject key, read as the DPO. */
    static List<Map<String, Object>> auditOf(String subjectKey) {
        return dpo().queryParam("subjectKey", subjectKey).when().get("/api/v1/audit-log")
                .then().statusCode(200).extract().jsonPath().getList("$");
    }
}
