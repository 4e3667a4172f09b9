package fi.kuopas.stakeholder;

import fi.kuopas.testsupport.ServiceContractTests;
import io.quarkus.test.junit.QuarkusTest;

/** The behaviour every Kuopas service shares, run against this service with real infrastructure. */
@QuarkusTest
class StakeholderContractTest extends ServiceContractTests {

    @Override
    protected String registerName() {
        return Fixtures.REGISTER;
    }
}
