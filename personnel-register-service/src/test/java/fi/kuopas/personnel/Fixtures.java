package fi.kuopas.personnel;

import fi.kuopas.privacy.grant.CaseGrant.Operation;
import fi.kuopas.testsupport.Callers;
import fi.kuopas.testsupport.CaseGrants;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Fresh random people, request bodies and authenticated calls shared by the personnel tests. */
final class Fixtures extends Callers {

    static final String JSON = JSON_UTF8;
    /** The register's name: the audience of the gateway's case grants. */
    static final String REGISTER = "personnel";
    private static final String CHECK_CHARACTERS = "0123456789ABCDEFHJKLMNPRSTUVWXY";

    private Fixtures() {
    }

    /** A valid identity code in the DVV test range 900–999, born 1950–1999. */
    static String randomIdentityCode() {
        LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(50 * 365));
        int individual = ThreadLocalRandom.current().nextInt(900, 1000);
        String date = String.format("%02d%02d%02d", birth.getDayOfMonth(), birth.getMonthValue(), birth.getYear() % 100);
        char check = CHECK_CHARACTERS.charAt((int) (Long.parseLong(date + individual) % 31));
        return date + "-" + individual + check;
    }

    /**
     * A valid permanent identity code (individual number 002–899) of a person born on the given day,
     * for linking a permanent code to someone recorded with a temporary one. It never leaves the
     * test database.
     */
    static String permanentIdentityCode(LocalDate birth) {
        int individual = ThreadLocalRandom.current().nextInt(2, 900);
        String date = String.format("%02d%02d%02d", birth.getDayOfMonth(), birth.getMonthValue(), birth.getYear() % 100);
        String number = String.format("%03d", individual);
        char sign = birth.getYear() >= 2000 ? 'A' : '-';
        char check = CHECK_CHARACTERS.charAt((int) (Long.parseLong(date + number) % 31));
        return date + sign + number + check;
    }

    static String randomEmail() {
        return "p-" + UUID.randomUUID() + "@example.fi";
    }

    static RequestSpecification hr() {
        return as("helmi", "hr");
    }

    static RequestSpecification healthHr() {
        return as("hannu", "hr", "hr-health");
    }

    /** An SPI call as the gateway sends it: its token, a case grant for exactly this call, every key verified. */
    static RequestSpecification spi(Operation op, UUID caseId, String... verifiedKeys) {
        return CaseGrants.call(REGISTER, op, caseId, verifiedKeys);
    }

    /** An SPI call with verified and claimed keys and extra body fields (an action, corrections, grounds). */
    static RequestSpecification spi(Operation op, UUID caseId, Collection<String> verified, Collection<String> claimed,
            Map<String, Object> extra) {
        return CaseGrants.call(REGISTER, op, caseId, verified, claimed, extra);
    }

    static Map<String, Object> employeeBody(String pic) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("personalIdentityCode", pic);
        body.put("firstName", "Päivi");
        body.put("lastName", "Hämäläinen-Öhman");
        body.put("email", randomEmail());
        body.put("phone", "+358 40 123 4567");
        body.put("address", "Särkiniementie 3 A 5, 70700 Kuopio");
        body.put("bankAccount", "FI21 1234 5600 0007 85");
        body.put("taxCardReference", "VERO-2026-001");
        body.put("position", "Isännöitsijä");
        body.put("team", "Isännöinti " + UUID.randomUUID().toString().substring(0, 6));
        return body;
    }

    /** Creates an employee as HR and returns the id. */
    static String createEmployee(Map<String, Object> body) {
        return hr().body(body).when().post("/api/v1/employees").then().statusCode(201).extract().path("id");
    }

    static String createEmployee() {
        return createEmployee(employeeBody(randomIdentityCode()));
    }

    /** A supervisor with a user name of their own (the token's principal) and one direct report. */
    record Team(String supervisorUser, String supervisorId, String memberId, String memberPic) {
    }

    static Team team() {
        String user = "esihenkilo-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> sup = employeeBody(randomIdentityCode());
        sup.put("username", user);
        String supId = createEmployee(sup);
        String pic = randomIdentityCode();
        Map<String, Object> member = employeeBody(pic);
        member.put("supervisorId", supId);
        return new Team(user, supId, createEmployee(member), pic);
    }

    static void addContract(String employeeId, String start, String end) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("startDate", start);
        body.put("endDate", end);
        body.put("type", end == null ? "PERMANENT" : "FIXED_TERM");
        body.put("workingTime", "FULL_TIME");
        body.put("fixedTermReason", end == null ? null : "Sijaisuus");
        hr().body(body).when().post("/api/v1/employees/" + employeeId + "/contracts").then().statusCode(201);
    }

    static String createPosting(boolean specialTrust, String closesOn) {
        return hr().body(Map.of("title", "Kiinteistösihteeri", "team", "Vuokraus", "specialTrust", specialTrust,
                "closesOn", closesOn)).when().post("/api/v1/job-postings").then().statusCode(201).extract().path("id");
    }

    static String openPosting(boolean specialTrust) {
        return createPosting(specialTrust, LocalDate.now().plusMonths(1).toString());
    }

    static Map<String, Object> applicationBody(String email) {
        return Map.of("applicant", Map.of("firstName", "Aino", "lastName", "Kärkkäinen", "email", email,
                "birthDate", "1990-05-17"), "cvText", "Tradenomi, viisi vuotta kiinteistöalalla.");
    }

    /** Applies and returns [applicationId, applicantId]. */
    static String[] apply(String postingId, String email) {
        var r = hr().body(applicationBody(email)).when().post("/api/v1/job-postings/" + postingId + "/applications")
                .then().statusCode(201).extract().jsonPath();
        return new String[] {r.getString("id"), r.getString("applicant.id")};
    }

    /** Records the (human) decision that selects the applicant; the application must be at version 0. */
    static void select(String applicationId) {
        hr().body(Map.of("version", 0, "outcome", "SELECTED", "notifiedAt", java.time.Instant.now().toString()))
                .when().put("/api/v1/applications/" + applicationId + "/decision").then().statusCode(200);
    }

    static String consent(String applicantId, String kind) {
        return hr().body(Map.of("kind", kind, "givenAt", "2026-01-05T10:00:00Z", "evidence", "Allekirjoitettu lomake"))
                .when().post("/api/v1/applicants/" + applicantId + "/consents").then().statusCode(201).extract().path("id");
    }
}
