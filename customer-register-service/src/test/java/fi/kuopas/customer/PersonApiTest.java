package fi.kuopas.customer;

import fi.kuopas.testsupport.OversizeRequests;
import fi.kuopas.testsupport.Tokens;

import static fi.kuopas.customer.Fixtures.JSON_UTF8;
import static fi.kuopas.customer.Fixtures.PROBLEMS;
import static fi.kuopas.customer.Fixtures.PROBLEM_JSON;
import static fi.kuopas.customer.Fixtures.audited;
import static fi.kuopas.customer.Fixtures.createPerson;
import static fi.kuopas.customer.Fixtures.customerService;
import static fi.kuopas.customer.Fixtures.dpo;
import static fi.kuopas.customer.Fixtures.identityCode;
import static fi.kuopas.customer.Fixtures.lettingOfficer;
import static fi.kuopas.customer.Fixtures.personBody;
import static fi.kuopas.customer.Fixtures.randomCode;
import static fi.kuopas.customer.Fixtures.randomEmail;
import static fi.kuopas.customer.Fixtures.single;
import static fi.kuopas.customer.Fixtures.uniqueLastName;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Persons: create, read, change and search; identity codes encrypted and masked; bad input as problem+json. */
@QuarkusTest
class PersonApiTest {

    @Test
    void shouldStoreACreatedPersonWithTheIdentityCodeEncryptedAndIndexedByKey() {
        String code = randomCode();
        Map<String, Object> body = personBody(code);
        io.restassured.response.Response response = customerService().body(body).when().post("/api/v1/persons")
                .then().statusCode(201).contentType(JSON_UTF8).extract().response();
        JsonPath created = response.jsonPath();
        UUID id = UUID.fromString(created.getString("id"));
        assertThat(response.header("Location")).endsWith("/api/v1/persons/" + id);
        assertThat(created.getString("firstName")).isEqualTo("Matti");
        assertThat(created.getString("birthDate")).isEqualTo(
                fi.kuopas.privacy.identity.PersonalIdentityCode.parse(code).birthDate().toString());
        assertThat(created.getLong("version")).isZero();

        Map<String, Object> row = single("SELECT pic_encrypted, pic_key FROM person WHERE id = ?", id);
        String encrypted = (String) row.get("pic_encrypted");
        assertThat(encrypted).startsWith("k1:").doesNotContain(code).doesNotContain(code.substring(0, 6));
        assertThat((String) row.get("pic_key")).isEqualTo(Fixtures.picKey(code)).doesNotContain(code);
    }

    @Test
    void shouldMaskTheIdentityCodeForCustomerServiceAndDpoAndShowItToLettingOfficers() {
        String code = randomCode();
        UUID id = createPerson(code);
        String masked = code.substring(0, 7) + "****";

        customerService().when().get("/api/v1/persons/" + id).then().statusCode(200)
                .body("personalIdentityCode", equalTo(masked));
        dpo().when().get("/api/v1/persons/" + id).then().statusCode(200)
                .body("personalIdentityCode", equalTo(masked));
        lettingOfficer().when().get("/api/v1/persons/" + id).then().statusCode(200)
                .body("personalIdentityCode", equalTo(code));
        // Also what customer service gets back when it creates someone.
        customerService().body(personBody(randomCode())).when().post("/api/v1/persons").then().statusCode(201)
                .body("personalIdentityCode", org.hamcrest.Matchers.endsWith("****"));
    }

    @Test
    void shouldConflictOnTheSameIdentityCodeTwice() {
        String code = randomCode();
        createPerson(code);
        customerService().body(personBody(code)).when().post("/api/v1/persons")
                .then().statusCode(409).contentType(PROBLEM_JSON)
                .body("type", equalTo(PROBLEMS + "conflict"))
                .body("detail", org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(code)));
        // Lower case is the same person.
        customerService().body(personBody(code.toLowerCase())).when().post("/api/v1/persons")
                .then().statusCode(409);
    }

    @Test
    void shouldRefuseInvalidIdentityCodesWithoutEchoingThem() {
        String valid = randomCode();
        char wrongCheck = valid.charAt(10) == 'A' ? 'B' : 'A';
        for (String bad : List.of(valid.substring(0, 10) + wrongCheck, "310252-9010", "131052*308T", "1310523308T", "131052-30")) {
            customerService().body(personBody(bad)).when().post("/api/v1/persons")
                    .then().statusCode(400).contentType(PROBLEM_JSON)
                    .body("type", equalTo(PROBLEMS + "invalid-identity-code"))
                    .body("status", equalTo(400))
                    .body("detail", org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(bad)));
        }
    }

    @Test
    void shouldRefuseATwelveCharacterCode() {
        customerService().body(personBody("131052-308TX")).when().post("/api/v1/persons")
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("type", equalTo(PROBLEMS + "validation"))
                .body("violations.field", hasItem("personalIdentityCode"));
    }

    @Test
    void shouldRefuseAPersonWithoutCodeOrBirthDate() {
        customerService().body(personBody(null)).when().post("/api/v1/persons")
                .then().statusCode(400).contentType(PROBLEM_JSON).body("type", equalTo(PROBLEMS + "validation"));
    }

    @Test
    void shouldAcceptAPersonWithoutCodeButWithBirthDate() {
        Map<String, Object> body = personBody(null);
        body.put("birthDate", "1975-04-30");
        customerService().body(body).when().post("/api/v1/persons")
                .then().statusCode(201).body("personalIdentityCode", nullValue()).body("birthDate", equalTo("1975-04-30"));
    }

    @Test
    void shouldRefuseABirthDateThatContradictsTheIdentityCode() {
        String code = randomCode();
        LocalDate birth = fi.kuopas.privacy.identity.PersonalIdentityCode.parse(code).birthDate();
        Map<String, Object> body = personBody(code);
        body.put("birthDate", birth.plusDays(1).toString());
        customerService().body(body).when().post("/api/v1/persons")
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("type", equalTo(PROBLEMS + "validation"))
                .body("detail", equalTo("birthDate does not match the personal identity code"));

        body.put("birthDate", birth.toString());
        customerService().body(body).when().post("/api/v1/persons").then().statusCode(201);
    }

    @Test
    void shouldReadTheCenturyOf2000s() {
        LocalDate birth = LocalDate.of(2004, 2, 29).plusDays(java.util.concurrent.ThreadLocalRandom.current().nextInt(1000));
        String code = Fixtures.unique(() -> identityCode(birth, 962));
        assertThat(code.charAt(6)).isEqualTo('A');
        customerService().body(personBody(code)).when().post("/api/v1/persons")
                .then().statusCode(201).body("birthDate", equalTo(birth.toString()));
    }

    @Test
    void shouldRoundTripFinnishAndSwedishLetters() {
        String last = uniqueLastName("Öhman-Väänänen");
        Map<String, Object> body = personBody(randomCode());
        body.put("firstName", "Åsa-Märta");
        body.put("lastName", last);
        body.put("streetAddress", "Åkerlundinkatu 5 ä 12");
        body.put("city", "Jyväskylä");
        UUID id = UUID.fromString(createPerson(body).getString("id"));

        customerService().when().get("/api/v1/persons/" + id).then().statusCode(200).contentType(JSON_UTF8)
                .body("firstName", equalTo("Åsa-Märta"))
                .body("lastName", equalTo(last))
                .body("streetAddress", equalTo("Åkerlundinkatu 5 ä 12"))
                .body("city", equalTo("Jyväskylä"));
        assertThat(single("SELECT first_name FROM person WHERE id = ?", id).get("first_name")).isEqualTo("Åsa-Märta");

        // A lower-case prefix with Finnish letters finds the person.
        customerService().body(Map.of("lastName", last.substring(0, 8).toLowerCase())).when().post("/api/v1/persons/search")
                .then().statusCode(200).body("items.id", hasItem(id.toString()));
    }

    @Test
    void shouldUpdateWithTheVersionReadAndConflictOnAStaleVersion() {
        UUID id = createPerson(randomCode());
        JsonPath read = customerService().when().get("/api/v1/persons/" + id).then().statusCode(200).extract().jsonPath();
        long version = read.getLong("version");
        String email = randomEmail();

        JsonPath updated = customerService().body(update(read, version, email)).when().put("/api/v1/persons/" + id)
                .then().statusCode(200).body("email", equalTo(email)).extract().jsonPath();
        assertThat(updated.getLong("version")).isEqualTo(version + 1);

        // Someone else still holds the old version.
        customerService().body(update(read, version, randomEmail())).when().put("/api/v1/persons/" + id)
                .then().statusCode(409).contentType(PROBLEM_JSON)
                .body("type", equalTo(PROBLEMS + "conflict"));
        customerService().when().get("/api/v1/persons/" + id).then().body("email", equalTo(email));

        // The version the update returned is good for the next change.
        customerService().body(update(read, updated.getLong("version"), randomEmail())).when().put("/api/v1/persons/" + id)
                .then().statusCode(200);
    }

    @Test
    void shouldLetExactlyOneOfConcurrentEditsOfTheSameVersionWin() throws Exception {
        UUID id = createPerson(randomCode());
        JsonPath read = customerService().when().get("/api/v1/persons/" + id).then().statusCode(200).extract().jsonPath();
        List<Integer> statuses = parallel(5, i -> customerService().body(update(read, read.getLong("version"), randomEmail()))
                .when().put("/api/v1/persons/" + id).then().extract().statusCode());
        assertThat(statuses).containsOnly(200, 409);
        assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
        customerService().when().get("/api/v1/persons/" + id).then().body("version", equalTo((int) read.getLong("version") + 1));
    }

    @Test
    void shouldLetExactlyOneOfConcurrentCreatesOfTheSameIdentityCodeWin() throws Exception {
        String code = randomCode();
        List<Integer> statuses = parallel(5, i -> customerService().body(personBody(code)).when().post("/api/v1/persons")
                .then().extract().statusCode());
        assertThat(statuses).containsOnly(201, 409);
        assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
        assertThat(Fixtures.count("SELECT count(*) FROM person WHERE pic_key = ?", Fixtures.picKey(code))).isEqualTo(1);
    }

    /** Runs the call n times at once and returns the statuses. */
    private static List<Integer> parallel(int n, java.util.function.IntFunction<Integer> call) throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(n);
        try {
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<Integer>> futures = new java.util.ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.apply(index);
                }));
            }
            start.countDown();
            List<Integer> statuses = new java.util.ArrayList<>();
            for (var f : futures) {
                statuses.add(f.get(60, java.util.concurrent.TimeUnit.SECONDS));
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void shouldRefuseAnUpdateWithoutVersion() {
        UUID id = createPerson(randomCode());
        customerService().body(Map.of("firstName", "Matti", "lastName", "Virtanen")).when().put("/api/v1/persons/" + id)
                .then().statusCode(400).contentType(PROBLEM_JSON).body("violations.field", hasItem("version"));
    }

    @Test
    void shouldAnswerNotFoundForAnUnknownPerson() {
        UUID unknown = UUID.randomUUID();
        customerService().when().get("/api/v1/persons/" + unknown)
                .then().statusCode(404).contentType(PROBLEM_JSON).body("type", equalTo(PROBLEMS + "not-found"));
        customerService().body(Map.of("version", 0, "firstName", "A", "lastName", "B")).when().put("/api/v1/persons/" + unknown)
                .then().statusCode(404).contentType(PROBLEM_JSON);
        customerService().when().get("/api/v1/persons/" + unknown + "/disclosures").then().statusCode(404);
    }

    @Test
    void shouldRefuseAMalformedIdInThePath() {
        customerService().when().get("/api/v1/persons/not-a-uuid")
                .then().statusCode(400).contentType(PROBLEM_JSON).body("type", equalTo(PROBLEMS + "invalid-parameter"));
    }

    @Test
    void shouldRefuseMalformedJson() {
        customerService().body("{\"firstName\": \"Matti\", ").when().post("/api/v1/persons")
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("type", equalTo(PROBLEMS + "malformed-body"))
                .body("detail", equalTo("request body is not valid JSON"));
    }

    @Test
    void shouldRefuseWrongTypes() {
        Map<String, Object> body = personBody(randomCode());
        body.put("firstName", List.of("Matti"));
        customerService().body(body).when().post("/api/v1/persons")
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("type", equalTo(PROBLEMS + "malformed-body"))
                .body("detail", equalTo("field 'firstName' has the wrong type"));

        Map<String, Object> date = personBody(null);
        date.put("birthDate", "13.10.1952");
        customerService().body(date).when().post("/api/v1/persons")
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("detail", equalTo("field 'birthDate' has the wrong type or format"));

        customerService().body("[1, 2]").when().post("/api/v1/persons")
                .then().statusCode(400).contentType(PROBLEM_JSON).body("type", equalTo(PROBLEMS + "malformed-body"));
    }

    @Test
    void shouldListInvalidFieldsAsViolations() {
        Map<String, Object> body = personBody(randomCode());
        body.put("email", "not-an-email");
        body.put("postalCode", "123");
        body.put("language", "de");
        customerService().body(body).when().post("/api/v1/persons")
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("type", equalTo(PROBLEMS + "validation"))
                .body("violations.field", org.hamcrest.Matchers.hasItems("email", "postalCode", "language"));
    }

    @Test
    void shouldRefuseABodyOverOneMegabyte() {
        assertThat(OversizeRequests.post("/api/v1/persons", Tokens.bearer("asta", "customer-service"), 1_200_000))
                .isEqualTo(413);
    }

    @Test
    void shouldFindByIdentityCodeEmailAndLastNamePrefixWithPaging() {
        String last = uniqueLastName("Sivutus");
        String code = randomCode();
        Map<String, Object> first = personBody(code);
        first.put("lastName", last + "a");
        String email = (String) first.get("email");
        UUID a = UUID.fromString(createPerson(first).getString("id"));
        Map<String, Object> second = personBody(randomCode());
        second.put("lastName", last + "b");
        UUID b = UUID.fromString(createPerson(second).getString("id"));
        Map<String, Object> third = personBody(randomCode());
        third.put("lastName", last + "c");
        UUID c = UUID.fromString(createPerson(third).getString("id"));

        customerService().body(Map.of("personalIdentityCode", code)).when().post("/api/v1/persons/search")
                .then().statusCode(200).body("total", equalTo(1)).body("items.id", contains(a.toString()))
                .body("items[0].personalIdentityCode", equalTo(code.substring(0, 7) + "****"));
        customerService().body(Map.of("email", email.toUpperCase())).when().post("/api/v1/persons/search")
                .then().statusCode(200).body("total", equalTo(1)).body("items.id", contains(a.toString()));

        customerService().body(Map.of("lastName", last, "page", 0, "size", 2)).when().post("/api/v1/persons/search")
                .then().statusCode(200).body("total", equalTo(3)).body("page", equalTo(0)).body("size", equalTo(2))
                .body("items.id", contains(a.toString(), b.toString()));
        customerService().body(Map.of("lastName", last, "page", 1, "size", 2)).when().post("/api/v1/persons/search")
                .then().statusCode(200).body("total", equalTo(3)).body("items.id", contains(c.toString()));
        customerService().body(Map.of("lastName", last + "b")).when().post("/api/v1/persons/search")
                .then().statusCode(200).body("items.id", contains(b.toString()));
    }

    @Test
    void shouldRequireACriterionAndValidPagingForASearch() {
        customerService().body(Map.of()).when().post("/api/v1/persons/search")
                .then().statusCode(400).contentType(PROBLEM_JSON);
        customerService().body(Map.of("lastName", "Vi", "size", 1000)).when().post("/api/v1/persons/search")
                .then().statusCode(400).contentType(PROBLEM_JSON).body("violations.field", hasItem("size"));
        customerService().body(Map.of("personalIdentityCode", "131052-308X")).when().post("/api/v1/persons/search")
                .then().statusCode(400).contentType(PROBLEM_JSON).body("type", equalTo(PROBLEMS + "invalid-identity-code"));
    }

    @Test
    void shouldAuditEveryReadAndSearchHit() {
        String code = randomCode();
        UUID id = createPerson(code);
        assertThat(audited(id, "CREATE")).isEqualTo(1);
        assertThat(audited(id, "VIEW")).isZero();

        customerService().when().get("/api/v1/persons/" + id).then().statusCode(200);
        dpo().when().get("/api/v1/persons/" + id).then().statusCode(200);
        assertThat(audited(id, "VIEW")).isEqualTo(2);

        customerService().body(Map.of("personalIdentityCode", code)).when().post("/api/v1/persons/search").then().statusCode(200);
        assertThat(audited(id, "SEARCH")).isEqualTo(1);

        Map<String, Object> line = single("SELECT actor, actor_roles, subject_key, purpose FROM audit_log "
                + "WHERE record_id = ? AND action = 'VIEW' ORDER BY id LIMIT 1", id.toString());
        assertThat(line.get("actor")).isEqualTo("asta");
        assertThat(line.get("actor_roles")).isEqualTo("customer-service");
        assertThat(line.get("subject_key")).isEqualTo(Fixtures.picKey(code));

        // The DPO sees the same lines through the API, filed under the subject key.
        dpo().queryParam("subjectKey", Fixtures.picKey(code)).when().get("/api/v1/audit-log").then().statusCode(200)
                .body("findAll { it.action == 'VIEW' }.size()", equalTo(2))
                .body("findAll { it.action == 'SEARCH' }.size()", equalTo(1));
        dpo().when().get("/api/v1/audit-log/verification").then().statusCode(200).body("intact", equalTo(true));
    }

    @Test
    void shouldLeaveNoAuditLineForANotFoundRead() {
        UUID unknown = UUID.randomUUID();
        customerService().when().get("/api/v1/persons/" + unknown).then().statusCode(404);
        assertThat(Fixtures.count("SELECT count(*) FROM audit_log WHERE record_id = ?", unknown.toString())).isZero();
    }

    static Map<String, Object> update(JsonPath read, long version, String email) {
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("version", version);
        body.put("firstName", read.getString("firstName"));
        body.put("lastName", read.getString("lastName"));
        body.put("email", email);
        body.put("phone", read.getString("phone"));
        body.put("language", read.getString("language"));
        body.put("streetAddress", read.getString("streetAddress"));
        body.put("postalCode", read.getString("postalCode"));
        body.put("city", read.getString("city"));
        return body;
    }
}
