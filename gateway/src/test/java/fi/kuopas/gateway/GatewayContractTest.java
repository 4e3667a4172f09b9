package fi.kuopas.gateway;

import fi.kuopas.testsupport.ServiceContractTests;
import io.quarkus.test.junit.QuarkusTest;

/** The behaviour every Kuopas service shares, run against this service with real infrastructure. */
@QuarkusTest
class GatewayContractTest extends ServiceContractTests {

    @Override
    protected boolean servesRegisterDescription() {
        return false;
    }
}
