package fi.kuopas.stakeholder;

import static fi.kuopas.stakeholder.Fixtures.createOrganisation;
import static fi.kuopas.stakeholder.Fixtures.createPerson;
import static fi.kuopas.stakeholder.Fixtures.dpo;
import static fi.kuopas.stakeholder.Fixtures.personBody;
import static fi.kuopas.stakeholder.Fixtures.randomEmail;
import static fi.kuopas.stakeholder.Fixtures.sirpa;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import fi.kuopas.stakeholder.domain.ContactPerson;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RetentionTest {

    @Test
    void shouldCountInADryRunAndDeleteOnlyInARealRun() {
        String stale = createPerson(randomEmail(), "CONTRACT");
        String recent = createPerson(personBody(createOrganisation(), randomEmail(), "CONTRACT"));
        backdate(stale, Instant.now().minus(3 * 366, ChronoUnit.DAYS));

        int wouldDelete = dpo().when().post("/api/v1/retention/runs?dryRun=true").then().statusCode(200)
                .body("dryRun", equalTo(true)).extract().path("contactPersons");
        assertThat(wouldDelete).isGreaterThanOrEqualTo(1);
        sirpa().when().get("/api/v1/contact-persons/" + stale).then().statusCode(200);

        dpo().when().post("/api/v1/retention/runs?dryRun=false").then().statusCode(200).body("dryRun", equalTo(false))
                .body("startedBy", equalTo("tiina"));
        sirpa().when().get("/api/v1/contact-persons/" + stale).then().statusCode(404);
        sirpa().when().get("/api/v1/contact-persons/" + recent).then().statusCode(200);
        dpo().when().get("/api/v1/retention/runs").then().statusCode(200).body("[0].dryRun", equalTo(false))
                .body("[1].dryRun", equalTo(true));
    }

    @Test
    void shouldKeepAPersonWhoseOrganisationRelationshipEndedRecently() {
        String org = createOrganisation();
        String person = createPerson(personBody(org, randomEmail(), "CONTRACT"));
        backdate(person, Instant.now().minus(5 * 366, ChronoUnit.DAYS));
        QuarkusTransaction.requiringNew().run(() -> ContactPerson.getEntityManager()
                .createNativeQuery("UPDATE organisation SET relationship_ended_on = CURRENT_DATE - 30 WHERE id = ?1")
                .setParameter(1, UUID.fromString(org)).executeUpdate());
        dpo().when().post("/api/v1/retention/runs?dryRun=false").then().statusCode(200);
        sirpa().when().get("/api/v1/contact-persons/" + person).then().statusCode(200);
    }

    private static void backdate(String personId, Instant when) {
        QuarkusTransaction.requiringNew().run(() -> ContactPerson.update(
                "createdAt = ?1, lastInteractionAt = ?1 where id = ?2", when, UUID.fromString(personId)));
    }
}
