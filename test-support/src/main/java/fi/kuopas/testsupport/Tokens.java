package fi.kuopas.testsupport;

import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.util.Set;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Real signed access tokens from Quarkus's OIDC test server; the service under test verifies
 * them against the server's published keys exactly as it would against Keycloak. A token is
 * issued for the service under test (its {@code aud} is the audience the service checks,
 * {@code quarkus.oidc.token.audience}) unless a test asks for another audience.
 */
public final class Tokens {

    /** What the OIDC test server puts in {@code aud} when nothing else is asked for. */
    private static final String TEST_SERVER_AUDIENCE = "https://service.example.com";

    private Tokens() {
    }

    public static String of(String user, String... roles) {
        return forAudience(audience(), user, roles);
    }

    public static String bearer(String user, String... roles) {
        return "Bearer " + of(user, roles);
    }

    /** An access token issued for another audience (another service), to show it is refused. */
    public static String forAudience(String audience, String user, String... roles) {
        return OidcWiremockTestResource.generateJwtToken(user, Set.of(roles), "123456", "Bearer", Set.of(audience));
    }

    /** The audience the service under test checks. */
    public static String audience() {
        try {
            return ConfigProvider.getConfig().getOptionalValue("quarkus.oidc.token.audience", String.class)
                    .orElse(TEST_SERVER_AUDIENCE);
        } catch (IllegalStateException | IllegalArgumentException e) {
            return TEST_SERVER_AUDIENCE;
        }
    }
}
