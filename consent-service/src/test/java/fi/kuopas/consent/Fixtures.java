package fi.kuopas.consent;

import fi.kuopas.privacy.grant.CaseGrant.Operation;
import fi.kuopas.testsupport.Callers;
import fi.kuopas.testsupport.CaseGrants;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Fresh random subjects, request bodies and authenticated calls shared by the consent tests. */
final class Fixtures extends Callers {

    static final String SEED_VERSION = "2026-11-01";
    /** The register's name: the audience of the gateway's case grants. */
    static final String REGISTER = "consent";

    private static final String CHECK_CHARACTERS = "0123456789ABCDEFHJKLMNPRSTUVWXY";

    private Fixtures() {
    }

    static String randomEmail() {
        return "x-" + UUID.randomUUID() + "@example.fi";
    }

    static String randomDeviceId() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    /** A valid identity code (DVV test range 900–999) of a person born on the given day. */
    static String identityCode(LocalDate birth) {
        int individual = ThreadLocalRandom.current().nextInt(900, 1000);
        String date = String.format("%02d%02d%02d", birth.getDayOfMonth(), birth.getMonthValue(), birth.getYear() % 100);
        char sign = switch (birth.getYear() / 100) {
            case 18 -> '+';
            case 19 -> '-';
            case 20 -> 'A';
            default -> throw new IllegalArgumentException("no century sign for " + birth.getYear());
        };
        char check = CHECK_CHARACTERS.charAt((int) (Long.parseLong(date + individual) % 31));
        return date + sign + individual + check;
    }

    /** An adult's identity code with a random birth date between 1950 and 1999. */
    static String randomAdultIdentityCode() {
        LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(50 * 365));
        return identityCode(birth);
    }

    static Map<String, Object> email(String email) {
        return Map.of("email", email);
    }

    static Map<String, Object> grantBody(Map<String, Object> subject, String purpose) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (subject != null) {
            body.put("subject", subject);
        }
        body.put("purpose", purpose);
        body.put("noticeVersion", SEED_VERSION);
        body.put("language", "fi");
        body.put("channel", "WEB_FORM");
        body.put("evidence", Map.of("formId", "asuntohaku-2026-11", "userAgent", "Mozilla/5.0 (X11; Linux x86_64)",
                "ipAddress", "192.0.2.17"));
        return body;
    }

    /** A refusal as a cookie banner or form sends it: the notice shown and the evidence, like a grant. */
    static Map<String, Object> refuseBody(Map<String, Object> subject, String deviceId, String purpose) {
        Map<String, Object> body = grantBody(subject, purpose);
        if (deviceId != null) {
            body.put("deviceId", deviceId);
            body.put("channel", "COOKIE_BANNER");
        }
        return body;
    }

    static Map<String, Object> withdrawBody(Map<String, Object> subject, String purpose) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("subject", subject);
        body.put("purpose", purpose);
        body.put("channel", "WEB_FORM");
        return body;
    }

    static RequestSpecification collector() {
        return as("webform", "consent-collector");
    }

    static RequestSpecification customerService() {
        return as("asta", "customer-service");
    }

    /** An SPI call as the gateway sends it: its token, a case grant for exactly this call, every key verified. */
    static RequestSpecification spi(Operation op, UUID caseId, String... verifiedKeys) {
        return CaseGrants.call(REGISTER, op, caseId, verifiedKeys);
    }

    /** An SPI call with verified and claimed keys and extra body fields (grounds, corrections, an action). */
    static RequestSpecification spi(Operation op, UUID caseId, Collection<String> verified, Collection<String> claimed,
            Map<String, Object> extra) {
        return CaseGrants.call(REGISTER, op, caseId, verified, claimed, extra);
    }

    /** Grants and returns the subject key the consent was filed under. */
    static String grant(Map<String, Object> subject, String purpose) {
        return collector().body(grantBody(subject, purpose)).when().post("/api/v1/consents")
                .then().statusCode(201).contentType(ContentType.JSON).extract().path("subjectKey");
    }

    static void withdraw(Map<String, Object> subject, String purpose) {
        collector().body(withdrawBody(subject, purpose)).when().post("/api/v1/consents/withdrawals")
                .then().statusCode(201);
    }

    /** The subject's current state per purpose, read as customer service. */
    static Map<String, String> stateByPurpose(Map<String, Object> subject) {
        List<Map<String, Object>> states = customerService().body(Map.of("subject", subject))
                .when().post("/api/v1/consents/state").then().statusCode(200).extract().jsonPath().getList("$");
        Map<String, String> byPurpose = new LinkedHashMap<>();
        states.forEach(s -> byPurpose.put((String) s.get("purpose"), (String) s.get("state")));
        return byPurpose;
    }

    static List<Map<String, Object>> history(Map<String, Object> subject) {
        return customerService().body(Map.of("subject", subject))
                .when().post("/api/v1/consents/history").then().statusCode(200).extract().jsonPath().getList("$");
    }

    /** The notice version currently in force for a purpose and language, as the catalogue shows it. */
    static String currentNoticeVersion(String purpose, String language) {
        Response r = collector().when().get("/api/v1/purposes").then().statusCode(200).extract().response();
        List<Map<String, Object>> purposes = r.jsonPath().getList("$");
        return purposes.stream().filter(p -> purpose.equals(p.get("code"))).findFirst()
                .map(p -> {
                    @SuppressWarnings("unchecked")
                    List<Map<String, Object>> notices = (List<Map<String, Object>>) p.get("currentNotices");
                    return notices.stream().filter(n -> language.equals(n.get("language"))).findFirst()
                            .map(n -> (String) n.get("version")).orElseThrow();
                })
                .orElseThrow(() -> new AssertionError("purpose " + purpose + " not in the catalogue"));
    }
}
