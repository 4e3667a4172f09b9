package fi.kuopas.personnel;

import fi.kuopas.testsupport.ServiceContractTests;
import io.quarkus.test.junit.QuarkusTest;

/** The behaviour every Kuopas service shares, run against this service with real infrastructure. */
@QuarkusTest
class PersonnelContractTest extends ServiceContractTests {

    @Override
    protected String registerName() {
        return Fixtures.REGISTER;
    }
}
