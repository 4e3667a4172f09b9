package fi.kuopas.stakeholder;

import fi.kuopas.testsupport.KafkaTestResource;
import fi.kuopas.testsupport.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * The infrastructure every test of this module runs against, declared once. Quarkus applies these
 * resources to every {@code @QuarkusTest} of the module, so no test class declares its own.
 */
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
final class TestInfrastructure {

    private TestInfrastructure() {
    }
}
