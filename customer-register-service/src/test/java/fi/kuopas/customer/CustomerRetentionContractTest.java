package fi.kuopas.customer;

import static fi.kuopas.customer.Fixtures.apply;
import static fi.kuopas.customer.Fixtures.newPerson;
import static fi.kuopas.customer.Fixtures.today;

import fi.kuopas.testsupport.RetentionContractTests;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Retention through the kit's /api/v1/retention/runs: an application that expired in 2020 is past
 * its period; an applicant with an open debt is held. The rules run in the register's fixed order.
 */
@QuarkusTest
class CustomerRetentionContractTest extends RetentionContractTests {

    @Override
    protected String registerRole() {
        return "dpo";
    }

    @Override
    protected String wrongRole() {
        return "letting-officer";
    }

    @Override
    protected String rule() {
        return "delete-expired-applications";
    }

    @Override
    protected String createExpired() {
        UUID person = newPerson();
        UUID app = apply(person);
        // The person applies again, so only the old application goes.
        apply(person);
        Fixtures.update("UPDATE housing_application SET status = 'EXPIRED', valid_until = ? WHERE id = ?",
                LocalDate.of(2020, 1, 31), app);
        return app.toString();
    }

    @Override
    protected List<String> rulesInOrder() {
        return List.of("expire-applications", "delete-applicants-without-tenancy", "delete-expired-applications",
                "delete-selection-decisions", "anonymise-former-tenants", "delete-survey-responses");
    }

    @Override
    protected String holdingRule() {
        return "delete-applicants-without-tenancy";
    }

    @Override
    protected String createHeld() {
        UUID debtor = newPerson();
        Fixtures.openCollectionCase(debtor);
        Fixtures.update("UPDATE housing_application SET status = 'EXPIRED', valid_until = ? WHERE id = ?",
                today().minusYears(5), apply(debtor));
        return debtor.toString();
    }

    /** The held record of {@link #createHeld()} is a person; the others are applications. */
    @Override
    protected boolean exists(String record) {
        UUID id = UUID.fromString(record);
        return Fixtures.count("SELECT count(*) FROM housing_application WHERE id = ?", id)
                + Fixtures.count("SELECT count(*) FROM person WHERE id = ?", id) > 0;
    }
}
