package fi.kuopas.privacy.audit;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The service's Ed25519 audit signing key (from configuration, never from the database) and the
 * public keys its seals may carry: the current one and earlier ones kept for rotation.
 */
@ApplicationScoped
public class AuditKeys {

    private final PrivateKey signingKey;
    private final String keyId;
    private final Map<String, PublicKey> trusted = new LinkedHashMap<>();

    public AuditKeys(@ConfigProperty(name = "kuopas.audit.signing.private-key") String privateKey,
            @ConfigProperty(name = "kuopas.audit.signing.public-key") String publicKey,
            @ConfigProperty(name = "kuopas.audit.signing.previous-public-keys") Optional<List<String>> previous) {
        this.signingKey = privateKey(privateKey);
        PublicKey current = publicKey(publicKey);
        requirePair(signingKey, current);
        this.keyId = keyId(current);
        trusted.put(keyId, current);
        previous.orElse(List.of()).forEach(k -> {
            PublicKey p = publicKey(k);
            trusted.put(keyId(p), p);
        });
    }

    public PrivateKey signingKey() {
        return signingKey;
    }

    public String keyId() {
        return keyId;
    }

    public Optional<PublicKey> trusted(String keyId) {
        return Optional.ofNullable(trusted.get(keyId));
    }

    /** The public keys (base64 X.509) by key id, for an outside verifier. */
    public Map<String, String> publicKeys() {
        Map<String, String> out = new LinkedHashMap<>();
        trusted.forEach((id, k) -> out.put(id, Base64.getEncoder().encodeToString(k.getEncoded())));
        return out;
    }

    public static String keyId(PublicKey key) {
        return HexFormat.of().formatHex(AuditMerkle.sha256().digest(key.getEncoded())).substring(0, 16);
    }

    public static PublicKey publicKey(String base64) {
        try {
            return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64.trim())));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("not a base64 X.509 Ed25519 public key", e);
        }
    }

    static PrivateKey privateKey(String base64) {
        try {
            return KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64.trim())));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("kuopas.audit.signing.private-key is not a base64 PKCS#8 Ed25519 key", e);
        }
    }

    private static void requirePair(PrivateKey priv, PublicKey pub) {
        try {
            byte[] probe = "kuopas-audit-key-check".getBytes(StandardCharsets.UTF_8);
            Signature s = Signature.getInstance("Ed25519");
            s.initSign(priv);
            s.update(probe);
            byte[] sig = s.sign();
            s.initVerify(pub);
            s.update(probe);
            if (!s.verify(sig)) {
                throw new IllegalArgumentException("kuopas.audit.signing.public-key does not belong to the private key");
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 unavailable", e);
        }
    }
}
