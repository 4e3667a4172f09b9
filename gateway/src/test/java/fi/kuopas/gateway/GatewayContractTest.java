package fi.kuopas.gateway;

import fi.kuopas.testsupport.KafkaTestResource;
import fi.kuopas.testsupport.PostgresTestResource;
import fi.kuopas.testsupport.ServiceContractTests;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** The behaviour every Kuopas service shares, run against this service with real infrastructure. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class GatewayContractTest extends ServiceContractTests {

    @Override
    protected boolean servesRegisterDescription() {
        return false;
    }
}
