package fi.kuopas.privacy.crypto;

import fi.kuopas.privacy.config.PrivacyConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM field encryption. The stored form is {@code keyId:base64(iv || ciphertext+tag)}, so
 * the key that wrote a value is known and keys can be rotated: new writes use the active key,
 * old values stay readable while their key is configured. The key id is also bound as
 * associated data, so a value cannot be relabelled to another key.
 */
@ApplicationScoped
public class FieldEncryptor {

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final Map<String, SecretKey> keys = new HashMap<>();
    private final String activeKeyId;
    /**
     * Per thread, made once: a shared SecureRandom serialises every encryption on its lock, and
     * looking the cipher up for every value was a measurable share of a bulk import's CPU. A cipher
     * is initialised afresh (new random IV) for every value, so nothing of one value carries over.
     */
    private static final ThreadLocal<SecureRandom> RANDOM = ThreadLocal.withInitial(SecureRandom::new);
    private static final ThreadLocal<Cipher> CIPHERS = ThreadLocal.withInitial(() -> {
        try {
            return Cipher.getInstance("AES/GCM/NoPadding");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES/GCM unavailable", e);
        }
    });

    @Inject
    public FieldEncryptor(PrivacyConfig config) {
        this(config.activeKeyId(), config.encryptionKeys());
    }

    public FieldEncryptor(String activeKeyId, Map<String, String> base64Keys) {
        base64Keys.forEach((id, encoded) -> {
            byte[] raw = Base64.getDecoder().decode(encoded.strip());
            if (raw.length != 32) {
                throw new IllegalStateException("encryption key " + id + " must be 32 bytes (base64)");
            }
            keys.put(id, new SecretKeySpec(raw, "AES"));
        });
        if (!keys.containsKey(activeKeyId)) {
            throw new IllegalStateException("active encryption key " + activeKeyId + " is not configured");
        }
        this.activeKeyId = activeKeyId;
    }

    public String encrypt(String plaintext) {
        if (plaintext == null) {
            return null;
        }
        try {
            byte[] iv = new byte[IV_BYTES];
            RANDOM.get().nextBytes(iv);
            Cipher cipher = CIPHERS.get();
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(activeKeyId), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(activeKeyId.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            byte[] out = ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array();
            return activeKeyId + ":" + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("field encryption failed", e);
        }
    }

    public String decrypt(String stored) {
        if (stored == null) {
            return null;
        }
        int colon = stored.indexOf(':');
        if (colon < 1) {
            throw new IllegalStateException("encrypted value has no key id");
        }
        String keyId = stored.substring(0, colon);
        SecretKey key = keys.get(keyId);
        if (key == null) {
            throw new IllegalStateException("encryption key " + keyId + " is not configured");
        }
        try {
            byte[] in = Base64.getDecoder().decode(stored.substring(colon + 1));
            if (in.length < IV_BYTES + TAG_BITS / 8) {
                // Too short for IV and tag; the JDK would throw an unchecked ProviderException here.
                throw new IllegalStateException("encrypted value cannot be decrypted");
            }
            Cipher cipher = CIPHERS.get();
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, IV_BYTES));
            cipher.updateAAD(keyId.getBytes(StandardCharsets.UTF_8));
            byte[] plain = cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("encrypted value cannot be decrypted", e);
        }
    }

    /** Whether a stored value was written with an older key and should be re-encrypted. */
    public boolean needsRotation(String stored) {
        return stored != null && !stored.startsWith(activeKeyId + ":");
    }
}
