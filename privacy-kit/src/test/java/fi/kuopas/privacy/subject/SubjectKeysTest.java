package fi.kuopas.privacy.subject;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.kuopas.privacy.identity.PersonalIdentityCode;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SubjectKeysTest {

    private static final String PEPPER = "unit-test-pepper-0123456789";
    private static final String OTHER_PEPPER = "another-test-pepper-9876543210";
    private static final LocalDate BIRTH_DATE = LocalDate.of(1952, 10, 13);

    private final SubjectKeys keys = new SubjectKeys(PEPPER);

    private static String hexPart(String key) {
        return key.substring(key.indexOf('_') + 1);
    }

    @Nested
    class Pepper {

        @ParameterizedTest(name = "''{0}''")
        @NullAndEmptySource
        @ValueSource(strings = {"short", "fifteen-chars-x"})
        void shouldRejectPepperShorterThanSixteenCharacters(String pepper) {
            assertThatThrownBy(() -> new SubjectKeys(pepper))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("at least 16 characters");
        }

        @Test
        void shouldAcceptPepperOfExactlySixteenCharacters() {
            assertThatCode(() -> new SubjectKeys("sixteen-chars-xx")).doesNotThrowAnyException();
        }

        @Test
        void shouldNotRevealPepperInRejectionMessage() {
            assertThatThrownBy(() -> new SubjectKeys("tooShortSecret"))
                    .message()
                    .doesNotContain("tooShortSecret");
        }
    }

    @Nested
    class Determinism {

        @Test
        void shouldGiveSameKeyForSameInputAcrossInstances() {
            SubjectKeys other = new SubjectKeys(PEPPER);

            assertThat(keys.ofEmail("matti@example.fi")).isEqualTo(other.ofEmail("matti@example.fi"));
            assertThat(keys.ofPhone("0401234567")).isEqualTo(other.ofPhone("0401234567"));
            assertThat(keys.ofDevice("device-1")).isEqualTo(other.ofDevice("device-1"));
            assertThat(keys.ofNameAndBirthDate("Matti", BIRTH_DATE))
                    .isEqualTo(other.ofNameAndBirthDate("Matti", BIRTH_DATE));
            PersonalIdentityCode code = PersonalIdentityCode.parse("131052-308T");
            assertThat(keys.ofIdentityCode(code)).isEqualTo(other.ofIdentityCode(code));
        }

        @Test
        void shouldGiveSameKeyOnRepeatedCalls() {
            assertThat(keys.ofEmail("matti@example.fi")).isEqualTo(keys.ofEmail("matti@example.fi"));
        }

        @Test
        void shouldGiveDifferentKeysForDifferentPeppers() {
            SubjectKeys other = new SubjectKeys(OTHER_PEPPER);
            PersonalIdentityCode code = PersonalIdentityCode.parse("131052-308T");

            assertThat(keys.ofEmail("matti@example.fi")).isNotEqualTo(other.ofEmail("matti@example.fi"));
            assertThat(keys.ofPhone("0401234567")).isNotEqualTo(other.ofPhone("0401234567"));
            assertThat(keys.ofIdentityCode(code)).isNotEqualTo(other.ofIdentityCode(code));
            assertThat(keys.ofDevice("device-1")).isNotEqualTo(other.ofDevice("device-1"));
            assertThat(keys.ofNameAndBirthDate("Matti", BIRTH_DATE))
                    .isNotEqualTo(other.ofNameAndBirthDate("Matti", BIRTH_DATE));
        }

        @Test
        void shouldKeepKeysStableAcrossReleasesForKnownVectors() {
            // Expected values were computed independently as HMAC-SHA256(pepper, "<kind>:<normalised>").
            // Stored data of every service is found by these keys, so a change here breaks lookups.
            assertThat(keys.ofEmail("Matti.Meikalainen@Example.FI"))
                    .isEqualTo("email_545c56e6d0d15c5f2a8813c836121cfb3db73d93a06196b4fedb9ae529db2c5b");
            assertThat(keys.ofIdentityCode(PersonalIdentityCode.parse("131052-308T")))
                    .isEqualTo("pic_55324f05482785c3d74ae571de98324f2a82b7fc115aab9014c6fb72fdbd913f");
            assertThat(keys.ofPhone("040 123 4567"))
                    .isEqualTo("phone_3c017ba17c603042ed4d8e9c0c984a3681fa85dbdbe9fcae31f6eca5cc068793");
        }
    }

    @Nested
    class KeyFormat {

        @Test
        void shouldFormatEveryKindAsPrefixUnderscoreAnd64LowercaseHexCharacters() {
            assertThat(keys.ofIdentityCode(PersonalIdentityCode.parse("131052-308T"))).matches("pic_[0-9a-f]{64}");
            assertThat(keys.ofEmail("matti@example.fi")).matches("email_[0-9a-f]{64}");
            assertThat(keys.ofPhone("0401234567")).matches("phone_[0-9a-f]{64}");
            assertThat(keys.ofNameAndBirthDate("Matti Meikäläinen", BIRTH_DATE)).matches("name_[0-9a-f]{64}");
            assertThat(keys.ofDevice("3f1c-device")).matches("device_[0-9a-f]{64}");
        }

        @Test
        void shouldNotContainTheRawIdentifier() {
            String key = keys.ofIdentityCode(PersonalIdentityCode.parse("131052-308T"));

            assertThat(key).doesNotContain("131052").doesNotContain("308T");
            assertThat(keys.ofEmail("matti@example.fi")).doesNotContain("matti").doesNotContain("example");
        }

        @Test
        void shouldFitTheSubjectKeyColumnOfTheAuditLog() {
            // audit_log.subject_key is VARCHAR(80)
            assertThat(keys.ofDevice("x")).hasSizeLessThanOrEqualTo(80);
            assertThat(keys.ofEmail("x@y.fi")).hasSizeLessThanOrEqualTo(80);
        }
    }

    @Nested
    class KindSeparation {

        @Test
        void shouldNotCollideWhenSameStringIsUsedAsDifferentKinds() {
            String raw = "+358401234567";
            String phone = keys.ofPhone(raw);
            String device = keys.ofDevice(raw);
            String email = keys.ofEmail(raw);

            assertThat(List.of(phone, device, email)).doesNotHaveDuplicates();
            assertThat(List.of(hexPart(phone), hexPart(device), hexPart(email))).doesNotHaveDuplicates();
        }

        @Test
        void shouldNotCollideBetweenIdentityCodeAndDeviceWithTheSameText() {
            String pic = keys.ofIdentityCode(PersonalIdentityCode.parse("131052-308T"));
            String device = keys.ofDevice("131052-308T");

            assertThat(hexPart(pic)).isNotEqualTo(hexPart(device));
        }

        @Test
        void shouldGiveDifferentKeysToDifferentIdentityCodesWithSameDigits() {
            String dash = keys.ofIdentityCode(PersonalIdentityCode.parse("100190-999P"));
            String y = keys.ofIdentityCode(PersonalIdentityCode.parse("100190Y999P"));

            assertThat(dash).isNotEqualTo(y);
        }

        @Test
        void shouldGiveSameKeyToIdentityCodeRegardlessOfInputCase() {
            assertThat(keys.ofIdentityCode(PersonalIdentityCode.parse("020516c903k")))
                    .isEqualTo(keys.ofIdentityCode(PersonalIdentityCode.parse("020516C903K")));
        }
    }

    @Nested
    class EmailNormalisation {

        @ParameterizedTest(name = "''{0}''")
        @ValueSource(strings = {
                "matti.meikalainen@example.fi",
                "Matti.Meikalainen@Example.FI",
                "MATTI.MEIKALAINEN@EXAMPLE.FI",
                "  matti.meikalainen@example.fi  ",
                "\tMatti.Meikalainen@example.fi\n"
        })
        void shouldIgnoreCaseAndSurroundingWhitespaceInEmail(String variant) {
            assertThat(keys.ofEmail(variant)).isEqualTo(keys.ofEmail("matti.meikalainen@example.fi"));
            assertThat(SubjectKeys.normaliseEmail(variant)).isEqualTo("matti.meikalainen@example.fi");
        }

        @Test
        void shouldDistinguishDifferentEmails() {
            assertThat(keys.ofEmail("matti@example.fi")).isNotEqualTo(keys.ofEmail("maija@example.fi"));
            assertThat(keys.ofEmail("matti@example.fi")).isNotEqualTo(keys.ofEmail("matti@example.com"));
        }
    }

    @Nested
    class PhoneNormalisation {

        @ParameterizedTest(name = "''{0}''")
        @ValueSource(strings = {
                "040 123 4567",
                "0401234567",
                "040-123 4567",
                "(040) 123-4567",
                "040.123.4567",
                "+358401234567",
                "+358 40 123 4567",
                "+358-40-1234567",
                "00358401234567",
                "00358 40 123 4567",
                " 040 123 4567 "
        })
        void shouldTreatFinnishPhoneNumberVariantsAsTheSameNumber(String variant) {
            assertThat(SubjectKeys.normalisePhone(variant)).isEqualTo("+358401234567");
            assertThat(keys.ofPhone(variant)).isEqualTo(keys.ofPhone("+358401234567"));
        }

        @Test
        void shouldKeepForeignInternationalPrefix() {
            assertThat(SubjectKeys.normalisePhone("0046 70 123 45 67")).isEqualTo("+46701234567");
            assertThat(SubjectKeys.normalisePhone("+46 70 123 45 67")).isEqualTo("+46701234567");
        }

        @Test
        void shouldNotConfuseFinnishAndSwedishNumbersWithSameLocalDigits() {
            assertThat(keys.ofPhone("040 123 4567")).isNotEqualTo(keys.ofPhone("+46 40 123 4567"));
        }

        @Test
        void shouldDistinguishDifferentNumbers() {
            assertThat(keys.ofPhone("040 123 4567")).isNotEqualTo(keys.ofPhone("040 123 4568"));
        }
    }

    @Nested
    class NameNormalisation {

        private static String nfd(String s) {
            return Normalizer.normalize(s, Normalizer.Form.NFD);
        }

        @Test
        void shouldTreatComposedAndDecomposedFinnishLettersAlike() {
            String composed = "S\u00f6derstr\u00f6m \u00c5sa \u00c4ij\u00e4l\u00e4"; // Söderström Åsa Äijälä
            String decomposed = "So\u0308derstro\u0308m A\u030asa A\u0308ija\u0308la\u0308";

            assertThat(decomposed).isNotEqualTo(composed).isEqualTo(nfd(composed));
            assertThat(keys.ofNameAndBirthDate(decomposed, BIRTH_DATE))
                    .isEqualTo(keys.ofNameAndBirthDate(composed, BIRTH_DATE));
            assertThat(SubjectKeys.normaliseName(decomposed)).isEqualTo("söderström åsa äijälä");
        }

        @Test
        void shouldIgnoreCaseOfFinnishLetters() {
            assertThat(keys.ofNameAndBirthDate("ÅSA ÄIJÄLÄ-ÖHMAN", BIRTH_DATE))
                    .isEqualTo(keys.ofNameAndBirthDate("åsa äijälä-öhman", BIRTH_DATE));
        }

        @Test
        void shouldCollapseAndTrimWhitespaceInName() {
            assertThat(keys.ofNameAndBirthDate("  Matti \t  Meikäläinen\n", BIRTH_DATE))
                    .isEqualTo(keys.ofNameAndBirthDate("Matti Meikäläinen", BIRTH_DATE));
        }

        @Test
        void shouldKeepDiacriticsSignificant() {
            // Åke and Ake are different names; normalisation must not strip the ring or the dots.
            assertThat(keys.ofNameAndBirthDate("Åke", BIRTH_DATE)).isNotEqualTo(keys.ofNameAndBirthDate("Ake", BIRTH_DATE));
            assertThat(keys.ofNameAndBirthDate("Mäki", BIRTH_DATE)).isNotEqualTo(keys.ofNameAndBirthDate("Maki", BIRTH_DATE));
        }

        @Test
        void shouldGiveDifferentKeysForSameNameWithDifferentBirthDates() {
            assertThat(keys.ofNameAndBirthDate("Matti Meikäläinen", BIRTH_DATE))
                    .isNotEqualTo(keys.ofNameAndBirthDate("Matti Meikäläinen", BIRTH_DATE.plusDays(1)));
        }

        @Test
        void shouldNotLetWordBoundariesDisappear() {
            assertThat(keys.ofNameAndBirthDate("Anna Liisa", BIRTH_DATE))
                    .isNotEqualTo(keys.ofNameAndBirthDate("AnnaLiisa", BIRTH_DATE));
        }

        @Test
        void shouldGiveManyDistinctNamesDistinctKeys() {
            List<String> names = List.of("Åsa", "Asa", "Äsa", "Ösa", "Osa", "Aasa", "Åså");
            assertThat(names.stream().map(n -> keys.ofNameAndBirthDate(n, BIRTH_DATE)).collect(Collectors.toSet()))
                    .hasSize(names.size());
        }
    }

    @Nested
    class Device {

        @Test
        void shouldIgnoreSurroundingWhitespaceInDeviceId() {
            assertThat(keys.ofDevice("  3f1c-device \n")).isEqualTo(keys.ofDevice("3f1c-device"));
        }

        @Test
        void shouldKeepDeviceIdCaseSensitive() {
            assertThat(keys.ofDevice("AbC")).isNotEqualTo(keys.ofDevice("abc"));
        }
    }
}
