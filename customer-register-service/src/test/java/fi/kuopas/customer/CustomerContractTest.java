package fi.kuopas.customer;

import fi.kuopas.testsupport.ServiceContractTests;
import io.quarkus.test.junit.QuarkusTest;

/** The behaviour every Kuopas service shares, run against this service with real infrastructure. */
@QuarkusTest
class CustomerContractTest extends ServiceContractTests {

    /** Runs the kit's case-grant contract tests against this register's SPI. */
    @Override
    protected String registerName() {
        return Fixtures.REGISTER;
    }
}
