package fi.kuopas.privacy.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Map;

/**
 * Secrets and settings every service shares. Production values come from environment variables
 * ({@code KUOPAS_PRIVACY_PEPPER}, {@code KUOPAS_PRIVACY_ENCRYPTION_KEYS_K1} ...); the dev and
 * test profiles carry throw-away values only.
 */
@ConfigMapping(prefix = "kuopas.privacy")
public interface PrivacyConfig {

    /** Secret pepper of the subject-key blind index (HMAC-SHA256). Shared by all services. */
    String pepper();

    /** Id of the key new values are encrypted with; older ids stay readable for rotation. */
    @WithDefault("k1")
    String activeKeyId();

    /** Field-encryption keys by id, each 32 bytes, base64. */
    Map<String, String> encryptionKeys();
}
