package fi.kuopas.privacy.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FieldEncryptorTest {

    private static final int IV_BYTES = 12;
    private static final int TAG_BYTES = 16;

    private static final String K1 = key(1);
    private static final String K2 = key(2);

    private final FieldEncryptor k1Only = new FieldEncryptor("k1", Map.of("k1", K1));

    /** A deterministic, distinct 32-byte key per seed, base64-encoded. */
    private static String key(int seed) {
        return base64OfLength(32, seed);
    }

    private static String base64OfLength(int length, int seed) {
        byte[] raw = new byte[length];
        for (int i = 0; i < raw.length; i++) {
            raw[i] = (byte) (seed * 31 + i * 7);
        }
        return Base64.getEncoder().encodeToString(raw);
    }

    private static byte[] payload(String stored) {
        return Base64.getDecoder().decode(stored.substring(stored.indexOf(':') + 1));
    }

    private static String withPayload(String keyId, byte[] payload) {
        return keyId + ":" + Base64.getEncoder().encodeToString(payload);
    }

    @Nested
    class RoundTrip {

        @ParameterizedTest(name = "''{0}''")
        @ValueSource(strings = {
                "131052-308T",
                "Äijälä Åsa Öhman, Pääskyläntie 5 ä, 70100 Kuopio",
                "ÅÄÖåäö",
                "",
                " ",
                "emoji \uD83D\uDE00 and \u00df",
                "key:with:colons"
        })
        void shouldDecryptWhatItEncrypted(String plaintext) {
            String stored = k1Only.encrypt(plaintext);

            assertThat(k1Only.decrypt(stored)).isEqualTo(plaintext);
        }

        @Test
        void shouldRoundTripLongText() {
            String plaintext = "ä".repeat(10_000);

            assertThat(k1Only.decrypt(k1Only.encrypt(plaintext))).isEqualTo(plaintext);
        }

        @Test
        void shouldPassNullThroughUnchanged() {
            assertThat(k1Only.encrypt(null)).isNull();
            assertThat(k1Only.decrypt(null)).isNull();
        }

        @Test
        void shouldBeReadableByAnotherInstanceWithTheSameKeys() {
            FieldEncryptor other = new FieldEncryptor("k1", Map.of("k1", K1));

            assertThat(other.decrypt(k1Only.encrypt("Äijälä"))).isEqualTo("Äijälä");
        }

        @Test
        void shouldAcceptKeyWithSurroundingWhitespace() {
            FieldEncryptor padded = new FieldEncryptor("k1", Map.of("k1", "  " + K1 + "\n"));

            assertThat(k1Only.decrypt(padded.encrypt("åäö"))).isEqualTo("åäö");
        }
    }

    @Nested
    class StoredForm {

        @Test
        void shouldPrefixStoredValueWithActiveKeyId() {
            assertThat(k1Only.encrypt("Matti")).startsWith("k1:");
        }

        @Test
        void shouldNotRevealPlaintextInStoredValue() {
            String stored = k1Only.encrypt("Meikäläinen 131052-308T");

            assertThat(stored).doesNotContain("Meik").doesNotContain("131052");
            assertThat(new String(payload(stored), StandardCharsets.ISO_8859_1)).doesNotContain("131052");
        }

        @Test
        void shouldStoreIvCiphertextAndTag() {
            String plaintext = "Äijälä";
            byte[] payload = payload(k1Only.encrypt(plaintext));

            assertThat(payload).hasSize(IV_BYTES + plaintext.getBytes(StandardCharsets.UTF_8).length + TAG_BYTES);
        }

        @Test
        void shouldProduceDifferentCiphertextsForSamePlaintext() {
            String first = k1Only.encrypt("same secret");
            String second = k1Only.encrypt("same secret");

            assertThat(first).isNotEqualTo(second);
            assertThat(k1Only.decrypt(first)).isEqualTo(k1Only.decrypt(second)).isEqualTo("same secret");
        }

        @Test
        void shouldUseAFreshRandomIvForEveryEncryption() {
            Set<String> ivs = new HashSet<>();
            for (int i = 0; i < 200; i++) {
                byte[] iv = Arrays.copyOf(payload(k1Only.encrypt("x")), IV_BYTES);
                ivs.add(Base64.getEncoder().encodeToString(iv));
            }

            assertThat(ivs).hasSize(200);
        }
    }

    @Nested
    class KeyRotation {

        private final FieldEncryptor k2Active = new FieldEncryptor("k2", Map.of("k1", K1, "k2", K2));

        @Test
        void shouldStillDecryptValuesWrittenWithOlderKey() {
            String old = k1Only.encrypt("Åsa Öhman");

            assertThat(k2Active.decrypt(old)).isEqualTo("Åsa Öhman");
        }

        @Test
        void shouldFlagValuesWrittenWithOlderKeyForRotation() {
            String old = k1Only.encrypt("Åsa Öhman");

            assertThat(k2Active.needsRotation(old)).isTrue();
        }

        @Test
        void shouldWriteNewValuesWithActiveKeyAndNotFlagThem() {
            String fresh = k2Active.encrypt("Åsa Öhman");

            assertThat(fresh).startsWith("k2:");
            assertThat(k2Active.needsRotation(fresh)).isFalse();
            assertThat(k2Active.decrypt(fresh)).isEqualTo("Åsa Öhman");
        }

        @Test
        void shouldReEncryptOldValueUnderActiveKey() {
            String old = k1Only.encrypt("Åsa Öhman");
            String rotated = k2Active.encrypt(k2Active.decrypt(old));

            assertThat(rotated).startsWith("k2:");
            assertThat(k2Active.needsRotation(rotated)).isFalse();
            assertThat(k2Active.decrypt(rotated)).isEqualTo("Åsa Öhman");
        }

        @Test
        void shouldNotFlagValuesOfTheActiveKeyOnTheOldEncryptor() {
            assertThat(k1Only.needsRotation(k1Only.encrypt("x"))).isFalse();
        }

        @Test
        void shouldNotFlagNullForRotation() {
            assertThat(k2Active.needsRotation(null)).isFalse();
        }

        @Test
        void shouldNotMistakeKeyIdWithSamePrefixForActiveKey() {
            FieldEncryptor k1Active = new FieldEncryptor("k1", Map.of("k1", K1, "k10", K2));
            FieldEncryptor k10Active = new FieldEncryptor("k10", Map.of("k1", K1, "k10", K2));

            assertThat(k1Active.needsRotation(k10Active.encrypt("x"))).isTrue();
        }

        @Test
        void shouldFailClearlyWhenValueWasWrittenWithKeyThatIsNoLongerConfigured() {
            String fresh = k2Active.encrypt("Åsa Öhman");

            assertThatThrownBy(() -> k1Only.decrypt(fresh))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("k2")
                    .hasMessageContaining("not configured");
        }
    }

    @Nested
    class Tampering {

        private void assertRejected(String stored) {
            assertThatThrownBy(() -> k1Only.decrypt(stored))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("cannot be decrypted");
        }

        @Test
        void shouldRejectFlippedCiphertextByte() {
            byte[] payload = payload(k1Only.encrypt("Äijälä"));
            payload[IV_BYTES] ^= 0x01;

            assertRejected(withPayload("k1", payload));
        }

        @Test
        void shouldRejectFlippedIvByte() {
            byte[] payload = payload(k1Only.encrypt("Äijälä"));
            payload[0] ^= 0x01;

            assertRejected(withPayload("k1", payload));
        }

        @Test
        void shouldRejectFlippedTagByte() {
            byte[] payload = payload(k1Only.encrypt("Äijälä"));
            payload[payload.length - 1] ^= 0x01;

            assertRejected(withPayload("k1", payload));
        }

        @Test
        void shouldRejectEveryFlippedByteOfTheStoredValue() {
            byte[] original = payload(k1Only.encrypt("Äijälä"));
            for (int i = 0; i < original.length; i++) {
                byte[] payload = original.clone();
                payload[i] ^= (byte) 0x80;

                assertRejected(withPayload("k1", payload));
            }
        }

        @Test
        void shouldRejectTruncatedValue() {
            byte[] payload = payload(k1Only.encrypt("Äijälä"));

            assertRejected(withPayload("k1", Arrays.copyOf(payload, payload.length - 1)));
            assertRejected(withPayload("k1", Arrays.copyOf(payload, IV_BYTES + TAG_BYTES - 1)));
            assertRejected(withPayload("k1", Arrays.copyOf(payload, IV_BYTES)));
        }

        @Test
        void shouldRejectValueShorterThanTheIv() {
            assertRejected(withPayload("k1", new byte[5]));
            assertRejected("k1:");
        }

        @Test
        void shouldRejectValueWithAppendedBytes() {
            byte[] payload = payload(k1Only.encrypt("Äijälä"));

            assertRejected(withPayload("k1", Arrays.copyOf(payload, payload.length + 1)));
        }

        @Test
        void shouldRejectPayloadThatIsNotBase64() {
            assertRejected("k1:this is not base64!");
        }

        @Test
        void shouldRejectCiphertextSplicedFromAnotherValue() {
            byte[] a = payload(k1Only.encrypt("aaaaaaaa"));
            byte[] b = payload(k1Only.encrypt("bbbbbbbb"));
            System.arraycopy(b, IV_BYTES, a, IV_BYTES, 8); // b's ciphertext under a's IV and tag

            assertRejected(withPayload("k1", a));
        }

        @Test
        void shouldRejectValueRelabelledToAnotherConfiguredKey() {
            FieldEncryptor both = new FieldEncryptor("k1", Map.of("k1", K1, "k2", K2));
            String stored = both.encrypt("Äijälä");
            String relabelled = "k2" + stored.substring(stored.indexOf(':'));

            assertThatThrownBy(() -> both.decrypt(relabelled))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("cannot be decrypted");
        }

        @Test
        void shouldRejectRelabelledValueEvenWhenBothIdsHoldTheSameKeyBytes() {
            // Only the key id bound as associated data can catch this.
            FieldEncryptor sameBytes = new FieldEncryptor("k1", Map.of("k1", K1, "k2", K1));
            String stored = sameBytes.encrypt("Äijälä");
            String relabelled = "k2" + stored.substring(stored.indexOf(':'));

            assertThat(sameBytes.decrypt(stored)).isEqualTo("Äijälä");
            assertThatThrownBy(() -> sameBytes.decrypt(relabelled))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("cannot be decrypted");
        }

        @Test
        void shouldNotDecryptWithADifferentKeyUnderTheSameId() {
            FieldEncryptor impostor = new FieldEncryptor("k1", Map.of("k1", K2));
            String stored = k1Only.encrypt("Äijälä");

            assertThatThrownBy(() -> impostor.decrypt(stored))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("cannot be decrypted");
        }
    }

    @Nested
    class MissingOrMalformedKeyId {

        @Test
        void shouldRejectValueWithUnknownKeyId() {
            String stored = k1Only.encrypt("x");
            String unknown = "k9" + stored.substring(stored.indexOf(':'));

            assertThatThrownBy(() -> k1Only.decrypt(unknown))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("k9")
                    .hasMessageContaining("not configured");
        }

        @ParameterizedTest(name = "''{0}''")
        @ValueSource(strings = {"", "no-colon-at-all", ":AAAAAAAAAAAAAAAA"})
        void shouldRejectValueWithoutKeyId(String stored) {
            assertThatThrownBy(() -> k1Only.decrypt(stored))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("no key id");
        }

        @Test
        void shouldRejectPlaintextThatWasNeverEncrypted() {
            assertThatThrownBy(() -> k1Only.decrypt("Matti Meikäläinen"))
                    .isInstanceOf(IllegalStateException.class);
        }
    }

    @Nested
    class Construction {

        @ParameterizedTest(name = "{0} bytes")
        @ValueSource(ints = {0, 1, 16, 24, 31, 33, 64})
        void shouldRejectKeyThatIsNot32Bytes(int length) {
            String wrong = base64OfLength(length, 5);

            assertThatThrownBy(() -> new FieldEncryptor("k1", Map.of("k1", wrong)))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("32 bytes");
        }

        @Test
        void shouldRejectWrongLengthOfAnInactiveKeyToo() {
            String tooShort = base64OfLength(16, 5);

            assertThatThrownBy(() -> new FieldEncryptor("k2", Map.of("k1", tooShort, "k2", K2)))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("k1");
        }

        @Test
        void shouldNotRevealKeyMaterialWhenRejectingIt() {
            String tooShort = base64OfLength(16, 5);

            assertThatThrownBy(() -> new FieldEncryptor("k1", Map.of("k1", tooShort)))
                    .message()
                    .doesNotContain(tooShort);
        }

        @Test
        void shouldRejectActiveKeyIdThatIsNotConfigured() {
            assertThatThrownBy(() -> new FieldEncryptor("k2", Map.of("k1", K1)))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("k2")
                    .hasMessageContaining("not configured");
        }

        @Test
        void shouldRejectEmptyKeySet() {
            assertThatThrownBy(() -> new FieldEncryptor("k1", Map.of()))
                    .isInstanceOf(IllegalStateException.class);
        }

        @Test
        void shouldRejectKeyThatIsNotBase64() {
            assertThatThrownBy(() -> new FieldEncryptor("k1", Map.of("k1", "not base64 at all!")))
                    .isInstanceOf(RuntimeException.class);
        }

        @Test
        void shouldAcceptSeveral32ByteKeys() {
            assertThatCode(() -> new FieldEncryptor("k3", Map.of("k1", K1, "k2", K2, "k3", key(3))))
                    .doesNotThrowAnyException();
        }
    }
}
