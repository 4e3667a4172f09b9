package fi.kuopas.personnel;

import fi.kuopas.testsupport.PostgresTestResource;
import fi.kuopas.testsupport.ServiceContractTests;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** The behaviour every Kuopas service shares, run against this service with real infrastructure. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class PersonnelContractTest extends ServiceContractTests {

    @Override
    protected String registerName() {
        return Fixtures.REGISTER;
    }
}
