package fi.kuopas.stakeholder;

import static fi.kuopas.stakeholder.Fixtures.createPerson;
import static fi.kuopas.stakeholder.Fixtures.randomEmail;

import fi.kuopas.stakeholder.domain.ContactPerson;
import fi.kuopas.testsupport.RetentionContractTests;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * Retention through the kit's /api/v1/retention/runs: a contact person last heard of three years
 * ago is past the two-year period; a restricted one is held (Art 18(1)(c)). Interactions and
 * memberships go first, then the person.
 */
@QuarkusTest
class StakeholderRetentionContractTest extends RetentionContractTests {

    @Override
    protected String registerRole() {
        return "dpo";
    }

    @Override
    protected String wrongRole() {
        return "stakeholder-relations";
    }

    @Override
    protected String rule() {
        return "contact-persons";
    }

    @Override
    protected String createExpired() {
        String person = createPerson(randomEmail(), "CONTRACT");
        QuarkusTransaction.requiringNew().run(() -> ContactPerson.update(
                "createdAt = ?1, lastInteractionAt = ?1 where id = ?2", Instant.now().minus(3 * 366, ChronoUnit.DAYS),
                UUID.fromString(person)));
        return person;
    }

    @Override
    protected boolean exists(String person) {
        return QuarkusTransaction.requiringNew().call(() -> ContactPerson.findById(UUID.fromString(person)) != null);
    }

    @Override
    protected List<String> rulesInOrder() {
        return List.of("contact-person-interactions", "contact-person-memberships", "contact-persons");
    }

    @Override
    protected String holdingRule() {
        return "contact-persons";
    }

    @Override
    protected String createHeld() {
        String person = createExpired();
        QuarkusTransaction.requiringNew().run(() -> ContactPerson.update("restrictedSince = ?1 where id = ?2",
                Instant.now(), UUID.fromString(person)));
        return person;
    }
}
