package fi.kuopas.testsupport;

import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.util.Set;

/**
 * Real signed access tokens from Quarkus's OIDC test server; the service under test verifies
 * them against the server's published keys exactly as it would against Keycloak.
 */
public final class Tokens {

    private Tokens() {
    }

    public static String of(String user, String... roles) {
        return OidcWiremockTestResource.getAccessToken(user, Set.of(roles));
    }

    public static String bearer(String user, String... roles) {
        return "Bearer " + of(user, roles);
    }
}
