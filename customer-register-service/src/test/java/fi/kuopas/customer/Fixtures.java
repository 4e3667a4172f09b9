package fi.kuopas.customer;

import fi.kuopas.privacy.grant.CaseGrant.Operation;
import fi.kuopas.privacy.identity.PersonalIdentityCode;
import fi.kuopas.privacy.subject.SubjectKeys;
import fi.kuopas.testsupport.Callers;
import fi.kuopas.testsupport.CaseGrants;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.awaitility.Awaitility;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import fi.kuopas.privacy.events.ConsentEvent;
import fi.kuopas.testsupport.KafkaTestResource;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Fresh random subjects, request bodies, authenticated calls and direct database access shared by
 * the customer-register tests. Every test makes its own people, so no test depends on another.
 */
final class Fixtures extends Callers {

    static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    /** The %test pepper of privacy-kit's META-INF/microprofile-config.properties: the service computes the same keys. */
    static final SubjectKeys KEYS = new SubjectKeys("test-pepper-not-for-production-01");

    static final String DVV = "Digi- ja väestötietovirasto (DVV), väestötietojärjestelmä";
    static final String ASIAKASTIETO = "Suomen Asiakastieto Oy, luottotietorekisteri";

    static final String RATIONALE = "Ruokakunnan koko ja hakijan tarve vastaavat asuntoa; haastattelu tehty 24.11.";

    private static final String CHECK_CHARACTERS = "0123456789ABCDEFHJKLMNPRSTUVWXY";
    /** The fakes: DVV and Asiakastieto are "down" for individual number 913. */
    static final int OUTAGE = 913;

    private Fixtures() {
    }

    // ---- identifiers -------------------------------------------------------------------------

    /** A valid identity code for the birth date and individual number (DVV test range 900–999). */
    static String identityCode(LocalDate birth, int individual) {
        String date = String.format("%02d%02d%02d", birth.getDayOfMonth(), birth.getMonthValue(), birth.getYear() % 100);
        char sign = switch (birth.getYear() / 100) {
            case 18 -> '+';
            case 19 -> '-';
            case 20 -> 'A';
            default -> throw new IllegalArgumentException("no century sign for " + birth.getYear());
        };
        String number = String.format("%03d", individual);
        char check = CHECK_CHARACTERS.charAt((int) (Long.parseLong(date + number) % 31));
        return date + sign + number + check;
    }

    /** A random adult birth date between 1940 and 1999. */
    static LocalDate randomBirthDate() {
        return LocalDate.of(1940, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(60 * 365));
    }

    /** An ordinary person: the fake DVV gives an unprotected address and answers (not 913, not ending in 7). */
    static String randomCode() {
        return unique(() -> {
            int individual;
            do {
                individual = ThreadLocalRandom.current().nextInt(900, 1000);
            } while (individual % 10 == 7 || individual == OUTAGE);
            return identityCode(randomBirthDate(), individual);
        });
    }

    /** A person with a protected address (turvakielto) in the fake DVV: individual number ends in 7. */
    static String protectedAddressCode() {
        return unique(() -> identityCode(randomBirthDate(), 900 + 10 * ThreadLocalRandom.current().nextInt(10) + 7));
    }

    /** A permanent identity code (individual number 002–899) for the birth date; never ends in 7 (no turvakielto). */
    static String permanentCode(LocalDate birth) {
        return unique(() -> {
            int individual;
            do {
                individual = ThreadLocalRandom.current().nextInt(2, 900);
            } while (individual % 10 == 7);
            return identityCode(birth, individual);
        });
    }

    /** A person whose lookups make the fake outside registers fail (individual number 913). */
    static String outageCode() {
        return unique(() -> identityCode(randomBirthDate(), OUTAGE));
    }

    /** Codes handed out in this run (one database per run): a random code is never given twice. */
    private static final Set<String> ISSUED = ConcurrentHashMap.newKeySet();

    static String unique(Supplier<String> generator) {
        for (int attempt = 0; attempt < 1000; attempt++) {
            String code = generator.get();
            if (ISSUED.add(code)) {
                return code;
            }
        }
        throw new IllegalStateException("no unused identity code from this generator");
    }

    static String randomEmail() {
        return "x-" + UUID.randomUUID() + "@example.fi";
    }

    /** Letters only, so it is a plausible (and unique) last name. */
    static String uniqueLastName(String base) {
        StringBuilder b = new StringBuilder(base);
        for (int i = 0; i < 10; i++) {
            b.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return b.toString();
    }

    static String picKey(String code) {
        return KEYS.ofIdentityCode(PersonalIdentityCode.parse(code));
    }

    static String emailKey(String email) {
        return KEYS.ofEmail(email);
    }

    static LocalDate today() {
        return LocalDate.now(HELSINKI);
    }

    /** Waits up to a minute, polling every 200 ms, for what a consumer does in the background. */
    static void await(String what, BooleanSupplier condition) {
        Awaitility.await(what).atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(condition::getAsBoolean);
    }

    // ---- callers -----------------------------------------------------------------------------

    static RequestSpecification customerService() {
        return as("asta", "customer-service");
    }

    static RequestSpecification lettingOfficer() {
        return as("leena", "letting-officer");
    }

    static RequestSpecification pms() {
        return as("service-account-kuopas-pms", "pms-integration");
    }

    // ---- bodies and shortcuts ----------------------------------------------------------------

    static Map<String, Object> personBody(String code) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (code != null) {
            body.put("personalIdentityCode", code);
        }
        body.put("firstName", "Matti");
        body.put("lastName", uniqueLastName("Meikäläinen"));
        body.put("email", randomEmail());
        body.put("phone", "+358401234567");
        body.put("language", "fi");
        body.put("streetAddress", "Hämeentie 12 B 7");
        body.put("postalCode", "00530");
        body.put("city", "Helsinki");
        return body;
    }

    /** Creates a person as a letting officer and returns the response. */
    static JsonPath createPerson(Map<String, Object> body) {
        return lettingOfficer().body(body).when().post("/api/v1/persons").then().statusCode(201).extract().jsonPath();
    }

    static UUID createPerson(String code) {
        return UUID.fromString(createPerson(personBody(code)).getString("id"));
    }

    static UUID newPerson() {
        return createPerson(randomCode());
    }

    static UUID apply(UUID personId) {
        return UUID.fromString(customerService().body(Map.of("personId", personId.toString(), "kind", "HOUSING",
                        "householdSize", 2, "desiredArea", "Kallio", "desiredRooms", 2))
                .when().post("/api/v1/housing-applications").then().statusCode(201).extract().path("id"));
    }

    static JsonPath refresh(UUID personId) {
        return lettingOfficer().body(Map.of("purpose", "lease preparation: address check"))
                .when().post("/api/v1/persons/" + personId + "/population-register-refresh")
                .then().statusCode(200).extract().jsonPath();
    }

    static JsonPath creditCheck(UUID personId, UUID applicationId) {
        return lettingOfficer().body(Map.of("applicationId", applicationId.toString(), "purpose", "LEASE"))
                .when().post("/api/v1/persons/" + personId + "/credit-checks")
                .then().statusCode(201).extract().jsonPath();
    }

    static Map<String, Object> decisionBody(UUID applicationId, List<String> inputs) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("applicationId", applicationId.toString());
        body.put("apartmentRef", "KUO-A12");
        body.put("outcome", "SELECTED");
        body.put("rationale", RATIONALE);
        body.put("inputsUsed", inputs);
        return body;
    }

    /** A PMS resident row; lease may be null. */
    static Map<String, Object> residentRow(String externalId, String code, String lastName, Map<String, Object> lease) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("externalId", externalId);
        if (code != null) {
            row.put("personalIdentityCode", code);
        }
        row.put("firstName", "Aino");
        row.put("lastName", lastName);
        row.put("email", "pms-" + externalId.toLowerCase() + "@example.fi");
        row.put("phone", "+358501112233");
        row.put("streetAddress", "Satamakatu 4 A 3");
        row.put("postalCode", "70100");
        row.put("city", "Kuopio");
        if (lease != null) {
            row.put("lease", lease);
        }
        return row;
    }

    static Map<String, Object> leaseRow(String externalId, LocalDate start, LocalDate end, String role) {
        Map<String, Object> lease = new LinkedHashMap<>();
        lease.put("externalId", externalId);
        lease.put("apartmentRef", "APT-" + externalId);
        lease.put("startDate", start.toString());
        if (end != null) {
            lease.put("endDate", end.toString());
        }
        lease.put("role", role);
        return lease;
    }

    static String externalId(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 13).toUpperCase();
    }

    /** Imports rows through the PMS endpoint and returns the result. */
    static JsonPath importRows(List<Map<String, Object>> rows) {
        return pms().body(Map.of("rows", rows)).when().post("/api/v1/pms/residents")
                .then().statusCode(200).extract().jsonPath();
    }

    /** A resident of a lease in force, imported from the PMS: the person and their apartment. */
    record Resident(UUID personId, String apartmentRef, String leaseExternalId, String code) {
    }

    static Resident resident(LocalDate leaseEnd) {
        String code = randomCode();
        String lease = externalId("PMS-L");
        JsonPath imported = importRows(List.of(residentRow(externalId("PMS-P"), code, uniqueLastName("Asukas"),
                leaseRow(lease, LocalDate.of(2022, 3, 1), leaseEnd, "TENANT"))));
        return new Resident(UUID.fromString(imported.getString("rows[0].personId")), "APT-" + lease, lease, code);
    }

    static Resident resident() {
        return resident(null);
    }

    /** Yesterday, to the minute: a survey answer time the service accepts as past. */
    static final String ANSWERED_AT = Instant.now().minus(1, ChronoUnit.DAYS)
            .truncatedTo(ChronoUnit.MINUTES).toString();

    static Map<String, Object> surveyBody(UUID personId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("personId", personId.toString());
        body.put("surveyCode", "ASUKASTYYTYVAISYYS-2026");
        body.put("answeredAt", ANSWERED_AT);
        body.put("score", 8);
        body.put("answers", "Huoltoyhtiö korjasi vian nopeasti; pihalla on liian vähän valoa.");
        return body;
    }

    static Map<String, Object> entryPermission(boolean granted) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("granted", granted);
        if (granted) {
            entry.put("validFrom", today().toString());
            entry.put("validUntil", today().plusDays(5).toString());
            entry.put("pets", true);
            entry.put("notes", "Kissa kotona, älä päästä ulos. Avain huoltoyhtiöllä.");
        }
        return entry;
    }

    static Map<String, Object> faultBody(Resident r) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("personId", r.personId().toString());
        body.put("apartmentRef", r.apartmentRef());
        body.put("description", "Keittiön hana vuotaa ja lattiakaivo haisee.");
        body.put("entryPermission", entryPermission(true));
        return body;
    }

    /** Reports a fault as customer service and returns its id. */
    static UUID reportFault(Resident r) {
        return UUID.fromString(customerService().body(faultBody(r)).when().post("/api/v1/fault-reports")
                .then().statusCode(201).extract().path("id"));
    }

    static Map<String, Object> statusBody(long version, String status, String partner) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("version", version);
        body.put("status", status);
        if (partner != null) {
            body.put("partner", partner);
        }
        return body;
    }

    static Map<String, Object> collectionBody(UUID personId, String agent, String country) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("personId", personId.toString());
        body.put("amountCents", 125000);
        body.put("agentName", agent);
        body.put("agentCountry", country);
        return body;
    }

    /** Opens a collection case with a Finnish agent as a letting officer and returns its id. */
    static UUID openCollectionCase(UUID personId) {
        return UUID.fromString(lettingOfficer().body(collectionBody(personId, "Perintä Oy", "FI"))
                .when().post("/api/v1/collection-cases").then().statusCode(201).extract().path("id"));
    }

    // ---- the DSR SPI, called as the gateway with a case grant ---------------------------------

    /** The customer register's name: the audience of the gateway's case grants. */
    static final String REGISTER = "customer";

    /** An SPI body: the case id and the subject, every key verified. */
    static Map<String, Object> dsrCall(UUID caseId, String... verifiedKeys) {
        return CaseGrants.body(caseId, List.of(verifiedKeys), List.of());
    }

    /** A call as the gateway makes it: its token, a grant for exactly this call, every key verified. */
    static RequestSpecification spi(Operation op, UUID caseId, String... verifiedKeys) {
        return CaseGrants.call(REGISTER, op, caseId, verifiedKeys);
    }

    /** A call with verified and claimed keys and extra body fields (a restriction's action, corrections …). */
    static RequestSpecification spi(Operation op, UUID caseId, Collection<String> verified, Collection<String> claimed,
            Map<String, Object> extra) {
        return CaseGrants.call(REGISTER, op, caseId, verified, claimed, extra);
    }

    /** A call with verified keys only and extra body fields. */
    static RequestSpecification spi(Operation op, UUID caseId, Collection<String> verified, Map<String, Object> extra) {
        return spi(op, caseId, verified, List.of(), extra);
    }

    /** A valid grant for a call with these verified keys (for calls made with another token). */
    static String grant(Operation op, UUID caseId, String... verifiedKeys) {
        return CaseGrants.grant(REGISTER, op, caseId, List.of(verifiedKeys), List.of());
    }

    // ---- the database under the service ------------------------------------------------------

    static Connection db() throws SQLException {
        String url = System.getProperty("kuopas.test.jdbc-url");
        if (url == null) {
            throw new IllegalStateException("PostgresTestResource sets kuopas.test.jdbc-url");
        }
        return DriverManager.getConnection(url, "postgres", "postgres");
    }

    static long count(String sql, Object... params) {
        List<Map<String, Object>> rows = query(sql, params);
        return ((Number) rows.get(0).values().iterator().next()).longValue();
    }

    static List<Map<String, Object>> query(String sql, Object... params) {
        try (Connection c = db(); PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, params);
            try (ResultSet rs = s.executeQuery()) {
                List<Map<String, Object>> rows = new ArrayList<>();
                int n = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 1; i <= n; i++) {
                        row.put(rs.getMetaData().getColumnLabel(i), rs.getObject(i));
                    }
                    rows.add(row);
                }
                return rows;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, Object> single(String sql, Object... params) {
        List<Map<String, Object>> rows = query(sql, params);
        if (rows.size() != 1) {
            throw new AssertionError("expected one row, got " + rows.size() + " from " + sql);
        }
        return rows.get(0);
    }

    static int update(String sql, Object... params) {
        try (Connection c = db(); PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, params);
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The ids of the people a mailing on the channel reaches (every page). */
    static List<String> mailingRecipients(String channel) {
        return allMailingRecipients(channel).stream().map(r -> (String) r.get("personId")).toList();
    }

    /** Every page of the paged mailing export: other tests' people may fill the first ones. */
    static List<Map<String, Object>> allMailingRecipients(String channel) {
        List<Map<String, Object>> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            List<Map<String, Object>> rows = customerService().queryParam("channel", channel).queryParam("page", page)
                    .queryParam("size", 5000).when().get("/api/v1/mailing-recipients").then().statusCode(200)
                    .extract().jsonPath().getList("$");
            all.addAll(rows);
            if (rows.size() < 5000) {
                return all;
            }
        }
    }

    /** How often an action was audited for a record. */
    static long audited(UUID recordId, String action) {
        return count("SELECT count(*) FROM audit_log WHERE record_id = ? AND action = ?", recordId.toString(), action);
    }

    private static final ObjectMapper EVENT_JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    /** A consent event as consent-service's relay writes it (CloudEvents JSON, keyed by subject), with its traceparent header. */
    static void sendConsentEvent(String key, ConsentEvent event) {
        try {
            sendConsentEvent(key, EVENT_JSON.writeValueAsString(event), event.traceparent());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Any value on consent-events (also a poison one), as the test's admin principal; traceparent may be null. */
    static void sendConsentEvent(String key, String value, String traceparent) {
        Properties p = KafkaTestResource.adminClientProperties();
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(p, new StringSerializer(), new StringSerializer())) {
            ProducerRecord<String, String> record = new ProducerRecord<>(ConsentEvent.TOPIC, key, value);
            // as consent-service sends it: CloudEvents structured mode
            record.headers().add("content-type", "application/cloudevents+json; charset=UTF-8".getBytes(StandardCharsets.UTF_8));
            if (traceparent != null) {
                record.headers().add("traceparent", traceparent.getBytes(StandardCharsets.UTF_8));
            }
            producer.send(record).get(20, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("could not produce to consent-events", e);
        }
    }

    private static void bind(PreparedStatement s, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            Object p = params[i];
            if (p instanceof LocalDate d) {
                s.setObject(i + 1, d);
            } else {
                s.setObject(i + 1, p);
            }
        }
    }
}
