package fi.kuopas.consent;

import fi.kuopas.testsupport.ServiceContractTests;
import io.quarkus.test.junit.QuarkusTest;

/** The behaviour every Kuopas service shares, run against this service with real infrastructure. */
@QuarkusTest
class ConsentContractTest extends ServiceContractTests {

    @Override
    protected String registerName() {
        return "consent";
    }
}
