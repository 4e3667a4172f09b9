package fi.kuopas.gateway.registers;

import io.quarkus.oidc.client.OidcClient;
import io.quarkus.oidc.client.Tokens;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;

/**
 * The gateway's own access token (client credentials, client kuopas-gateway, role dsr-gateway),
 * fetched when first needed and renewed shortly before it expires. Never logged.
 */
@ApplicationScoped
public class GatewayToken {

    private static final Duration RENEW_BEFORE_EXPIRY = Duration.ofSeconds(30);
    private static final Duration TOKEN_TIMEOUT = Duration.ofSeconds(10);

    private final OidcClient client;
    private Tokens tokens;

    public GatewayToken(OidcClient client) {
        this.client = client;
    }

    public synchronized String accessToken() {
        if (tokens == null || expiresSoon(tokens)) {
            tokens = client.getTokens().await().atMost(TOKEN_TIMEOUT);
        }
        return tokens.getAccessToken();
    }

    private static boolean expiresSoon(Tokens t) {
        Long expiresAt = t.getAccessTokenExpiresAt();
        return t.isAccessTokenExpired()
                || expiresAt != null && Instant.now().plus(RENEW_BEFORE_EXPIRY).getEpochSecond() >= expiresAt;
    }
}
