package fi.kuopas.customer;

import static fi.kuopas.customer.Fixtures.PROBLEM_JSON;
import static fi.kuopas.customer.Fixtures.createPerson;
import static fi.kuopas.customer.Fixtures.customerService;
import static fi.kuopas.customer.Fixtures.randomCode;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The mailing export is paged: bare-array pages, X-Total-Count and RFC 8288 Link headers, bounds as 400. */
@QuarkusTest
class MailingExportPagingTest {

    @Test
    void shouldWalkTheExportPageByPageFollowingTheLinks() {
        List<UUID> mine = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            UUID id = createPerson(randomCode());
            Fixtures.update("INSERT INTO marketing_preference (person_id, channel, allowed, reason, updated_at) "
                    + "VALUES (?, 'SMS', true, 'test permission', now())", id);
            mine.add(id);
        }
        ExtractableResponse<Response> first = page(0);
        long total = Long.parseLong(first.header("X-Total-Count"));
        assertThat(total).isGreaterThanOrEqualTo(3);
        assertThat(first.jsonPath().getList("$")).hasSize(2);
        assertThat(first.header("Link")).contains("page=0&size=2>; rel=\"first\"", "page=1&size=2>; rel=\"next\"",
                "page=" + (total - 1) / 2 + "&size=2>; rel=\"last\"").doesNotContain("rel=\"prev\"");

        // Following "next" until there is none reaches every recipient exactly once.
        List<String> seen = new ArrayList<>(first.jsonPath().getList("personId"));
        ExtractableResponse<Response> current = first;
        int pages = 1;
        while (current.header("Link").contains("rel=\"next\"")) {
            current = page(pages++);
            assertThat(current.header("Link")).contains("rel=\"prev\"");
            seen.addAll(current.jsonPath().getList("personId"));
        }
        assertThat(pages).isEqualTo((int) ((total + 1) / 2));
        assertThat(seen).hasSize((int) total).doesNotHaveDuplicates()
                .containsAll(mine.stream().map(UUID::toString).toList());
    }

    @Test
    void shouldWalkTheExportByCursorReachingEveryRecipientOnceAndAuditingEach() {
        List<UUID> mine = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            UUID id = createPerson(randomCode());
            Fixtures.update("INSERT INTO marketing_preference (person_id, channel, allowed, reason, updated_at) "
                    + "VALUES (?, 'SMS', true, 'test permission', now())", id);
            mine.add(id);
        }
        List<String> byPage = Fixtures.mailingRecipients("SMS");

        // cursor=start, then each Link rel="next" until there is none: the same recipients as the
        // numbered pages, each exactly once, in person-id order, no total counted.
        ExtractableResponse<Response> current = customerService().queryParam("channel", "SMS").queryParam("cursor", "start")
                .queryParam("size", 2).when().get("/api/v1/mailing-recipients").then().statusCode(200).extract();
        assertThat(current.header("X-Total-Count")).isNull();
        List<String> seen = new ArrayList<>(current.jsonPath().getList("personId"));
        while (current.header("Link") != null) {
            String next = current.header("Link");
            assertThat(next).endsWith(">; rel=\"next\"").contains("cursor=" + seen.get(seen.size() - 1), "size=2");
            current = customerService().when().get(next.substring(1, next.indexOf('>'))).then().statusCode(200).extract();
            seen.addAll(current.jsonPath().getList("personId"));
        }
        assertThat(seen).doesNotHaveDuplicates().hasSameElementsAs(byPage)
                .containsAll(mine.stream().map(UUID::toString).toList())
                .isSorted(); // PostgreSQL orders uuids as their lower-case hex text
        for (UUID id : mine) {
            assertThat(Fixtures.count("SELECT count(*) FROM audit_log a JOIN person p ON a.subject_key = p.pic_key "
                    + "WHERE p.id = ? AND a.action = 'EXPORT' AND a.record_type = 'mailing'", id))
                    .as("one audit line per page that exported the person").isEqualTo(2L);
        }
    }

    @Test
    void shouldRefuseABadCursorOrACursorWithAPage() {
        customerService().queryParam("channel", "SMS").queryParam("cursor", "not-a-uuid").when().get("/api/v1/mailing-recipients")
                .then().statusCode(400).contentType(PROBLEM_JSON);
        customerService().queryParam("channel", "SMS").queryParam("cursor", "start").queryParam("page", 1)
                .when().get("/api/v1/mailing-recipients").then().statusCode(400).contentType(PROBLEM_JSON);
    }

    @Test
    void shouldRefusePagesBeyondTheBounds() {
        customerService().queryParam("channel", "SMS").queryParam("size", 5001).when().get("/api/v1/mailing-recipients")
                .then().statusCode(400).contentType(PROBLEM_JSON);
        customerService().queryParam("channel", "SMS").queryParam("page", 42949673).when().get("/api/v1/mailing-recipients")
                .then().statusCode(400).contentType(PROBLEM_JSON);
        customerService().queryParam("channel", "SMS").queryParam("page", -1).when().get("/api/v1/mailing-recipients")
                .then().statusCode(400).contentType(PROBLEM_JSON);
    }

    private static ExtractableResponse<Response> page(int page) {
        return customerService().queryParam("channel", "SMS").queryParam("page", page).queryParam("size", 2)
                .when().get("/api/v1/mailing-recipients").then().statusCode(200).extract();
    }
}
