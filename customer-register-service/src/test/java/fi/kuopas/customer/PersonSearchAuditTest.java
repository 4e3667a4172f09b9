package fi.kuopas.customer;

import static fi.kuopas.customer.Fixtures.PROBLEM_JSON;
import static fi.kuopas.customer.Fixtures.audited;
import static fi.kuopas.customer.Fixtures.createPerson;
import static fi.kuopas.customer.Fixtures.customerService;
import static fi.kuopas.customer.Fixtures.dpo;
import static fi.kuopas.customer.Fixtures.personBody;
import static fi.kuopas.customer.Fixtures.query;
import static fi.kuopas.customer.Fixtures.randomCode;
import static fi.kuopas.customer.Fixtures.refresh;
import static fi.kuopas.customer.Fixtures.uniqueLastName;
import static fi.kuopas.customer.Fixtures.update;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The person search reads a page, its field provenance and writes its audit lines in one statement:
 * every person answered has its line, in the order answered, and no person is answered whose line
 * could not be written.
 */
@QuarkusTest
class PersonSearchAuditTest {

    @Test
    void shouldAuditEveryPersonOfAPageInTheOrderAnsweredAndNoneOfAnotherPage() {
        String last = uniqueLastName("Hakulinen");
        List<UUID> ids = new ArrayList<>();
        for (String suffix : List.of("a", "b", "c")) {
            Map<String, Object> body = personBody(randomCode());
            body.put("lastName", last + suffix);
            ids.add(UUID.fromString(createPerson(body).getString("id")));
        }
        long before = maxAuditId();

        customerService().body(Map.of("lastName", last, "page", 0, "size", 2)).when().post("/api/v1/persons/search")
                .then().statusCode(200).body("total", equalTo(3))
                .body("items.id", contains(ids.get(0).toString(), ids.get(1).toString()));
        List<Map<String, Object>> lines = query("SELECT record_id, subject_key, actor, action, purpose FROM audit_log "
                + "WHERE id > ? AND record_type = 'person' AND record_id IN (?, ?, ?) ORDER BY id", before,
                ids.get(0).toString(), ids.get(1).toString(), ids.get(2).toString());
        assertThat(lines).extracting(l -> l.get("record_id")).containsExactly(ids.get(0).toString(), ids.get(1).toString());
        assertThat(lines).allSatisfy(l -> {
            assertThat(l.get("action")).isEqualTo("SEARCH");
            assertThat(l.get("actor")).isEqualTo("asta");
            assertThat(l.get("purpose")).isEqualTo("customer relationship");
        });
        assertThat(lines.get(0).get("subject_key")).isEqualTo(
                Fixtures.single("SELECT pic_key FROM person WHERE id = ?", ids.get(0)).get("pic_key"));

        // Past the last page: nothing answered, nothing audited, the total still right.
        customerService().body(Map.of("lastName", last, "page", 5, "size", 2)).when().post("/api/v1/persons/search")
                .then().statusCode(200).body("total", equalTo(3)).body("items", empty());
        assertThat(audited(ids.get(2), "SEARCH")).isZero();

        customerService().body(Map.of("lastName", last, "page", 1, "size", 2)).when().post("/api/v1/persons/search")
                .then().statusCode(200).body("total", equalTo(3)).body("items.id", contains(ids.get(2).toString()));
        assertThat(audited(ids.get(2), "SEARCH")).isEqualTo(1);
        dpo().when().get("/api/v1/audit-log/verification").then().statusCode(200).body("intact", equalTo(true));
    }

    @Test
    void shouldAnswerTheFieldProvenanceReadWithThePerson() {
        String code = randomCode();
        UUID id = createPerson(code);
        refresh(id);
        customerService().body(Map.of("personalIdentityCode", code)).when().post("/api/v1/persons/search")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo(id.toString()))
                .body("items[0].provenance.field", contains("address", "protectedAddress"))
                .body("items[0].provenance.source", contains(Fixtures.DVV, Fixtures.DVV))
                .body("items[0].provenance[0].purpose", equalTo("lease preparation: address check"))
                .body("items[0].provenance[0].retrievedAt", notNullValue());
    }

    @Test
    void shouldAnswerNoPersonWhoseAuditLineCannotBeWritten() {
        String code = randomCode();
        Map<String, Object> body = personBody(code);
        String lastName = (String) body.get("lastName");
        UUID id = UUID.fromString(createPerson(body).getString("id"));
        String key = Fixtures.picKey(code);
        // The access log refuses this person's lines (as a full disk or a lost connection would).
        update("CREATE FUNCTION refuse_audit_for_test() RETURNS trigger LANGUAGE plpgsql AS "
                + "$$ BEGIN RAISE EXCEPTION 'audit refused by the test'; END $$");
        update("CREATE TRIGGER refuse_audit_for_test BEFORE INSERT ON audit_log FOR EACH ROW WHEN (NEW.subject_key = '"
                + key + "') EXECUTE FUNCTION refuse_audit_for_test()");
        try {
            customerService().body(Map.of("personalIdentityCode", code)).when().post("/api/v1/persons/search")
                    .then().statusCode(500).contentType(PROBLEM_JSON).body(not(containsString(lastName)))
                    .body(not(containsString(id.toString())));
        } finally {
            update("DROP TRIGGER refuse_audit_for_test ON audit_log");
            update("DROP FUNCTION refuse_audit_for_test()");
        }
        assertThat(audited(id, "SEARCH")).isZero();
        customerService().body(Map.of("personalIdentityCode", code)).when().post("/api/v1/persons/search")
                .then().statusCode(200).body("items.id", contains(id.toString()));
        assertThat(audited(id, "SEARCH")).isEqualTo(1);
    }

    private static long maxAuditId() {
        return ((Number) query("SELECT coalesce(max(id), 0) AS m FROM audit_log").get(0).get("m")).longValue();
    }
}
