package fi.kuopas.privacy.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PersonalIdentityCodeTest {

    @Nested
    @DisplayName("valid codes")
    class ValidCodes {

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"010594Y9032", "020516C903K", "020504B904H", "131052-308T"})
        void shouldAcceptDvvTestCodes(String code) {
            assertThat(PersonalIdentityCode.isValid(code)).isTrue();
            assertThat(PersonalIdentityCode.parse(code).value()).isEqualTo(code);
        }

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource({
                "010594Y9032, 1994-05-01",
                "020516C903K, 2016-05-02",
                "020504B904H, 2004-05-02",
                "131052-308T, 1952-10-13",
                "010100+002H, 1800-01-01",
                "311299+8997, 1899-12-31",
                "150365U456K, 1965-03-15",
                "010123F234X, 2023-01-01"
        })
        void shouldDeriveBirthDateFromDateAndCenturySign(String code, LocalDate expected) {
            assertThat(PersonalIdentityCode.parse(code).birthDate()).isEqualTo(expected);
        }

        @ParameterizedTest(name = "sign {0}")
        @ValueSource(chars = {'-', 'Y', 'X', 'W', 'V', 'U'})
        void shouldPlaceEveryNineteenHundredsSignInThe1900s(char sign) {
            PersonalIdentityCode code = PersonalIdentityCode.parse("010123" + sign + "234X");
            assertThat(code.birthDate()).isEqualTo(LocalDate.of(1923, 1, 1));
        }

        @ParameterizedTest(name = "sign {0}")
        @ValueSource(chars = {'A', 'B', 'C', 'D', 'E', 'F'})
        void shouldPlaceEveryTwoThousandsSignInThe2000s(char sign) {
            PersonalIdentityCode code = PersonalIdentityCode.parse("010123" + sign + "234X");
            assertThat(code.birthDate()).isEqualTo(LocalDate.of(2023, 1, 1));
        }

        @Test
        void shouldPlacePlusSignInThe1800s() {
            assertThat(PersonalIdentityCode.parse("010123+234X").birthDate()).isEqualTo(LocalDate.of(1823, 1, 1));
        }

        @Test
        void shouldAcceptTwentyNinthOfFebruaryInLeapYear2000() {
            assertThat(PersonalIdentityCode.parse("290200A1239").birthDate()).isEqualTo(LocalDate.of(2000, 2, 29));
        }

        @Test
        void shouldAcceptTwentyNinthOfFebruaryInLeapYear1996() {
            assertThat(PersonalIdentityCode.parse("290296-1232").birthDate()).isEqualTo(LocalDate.of(1996, 2, 29));
        }

        @Test
        void shouldAcceptTwentyNinthOfFebruaryInLeapYear1896() {
            assertThat(PersonalIdentityCode.parse("290296+1232").birthDate()).isEqualTo(LocalDate.of(1896, 2, 29));
        }

        @Test
        void shouldAcceptTwentyNinthOfFebruaryInLeapYear2004() {
            assertThat(PersonalIdentityCode.parse("290204A123A").birthDate()).isEqualTo(LocalDate.of(2004, 2, 29));
        }

        @Test
        void shouldAcceptLastDayOfThirtyOneDayMonth() {
            assertThat(PersonalIdentityCode.isValid("311299+8997")).isTrue();
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"010594y9032", "020516c903k", "020504b904h", "131052-308t", "150365u456k"})
        void shouldAcceptLowercaseLettersAndStoreThemUppercased(String lower) {
            PersonalIdentityCode code = PersonalIdentityCode.parse(lower);
            assertThat(code.value()).isEqualTo(lower.toUpperCase());
            assertThat(code).isEqualTo(PersonalIdentityCode.parse(lower.toUpperCase()));
        }

        @Test
        void shouldIgnoreSurroundingWhitespace() {
            assertThat(PersonalIdentityCode.parse("  131052-308T\t\n").value()).isEqualTo("131052-308T");
        }
    }

    @Nested
    @DisplayName("individual number")
    class IndividualNumber {

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"100190-002J", "131052-308T", "100190-899F"})
        void shouldTreatIndividualNumbersUpTo899AsRealCodes(String code) {
            assertThat(PersonalIdentityCode.parse(code).isTemporary()).isFalse();
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"100190-900H", "100190-999P", "010594Y9032", "020516C903K", "020504B904H"})
        void shouldTreatIndividualNumbersFrom900AsTemporaryCodes(String code) {
            assertThat(PersonalIdentityCode.parse(code).isTemporary()).isTrue();
        }
    }

    @Nested
    @DisplayName("identity and equality")
    class Equality {

        @Test
        void shouldTreatSameDigitsWithDifferentNineteenHundredsSignsAsDifferentPeople() {
            PersonalIdentityCode dash = PersonalIdentityCode.parse("100190-999P");
            PersonalIdentityCode y = PersonalIdentityCode.parse("100190Y999P");

            assertThat(dash.birthDate()).isEqualTo(y.birthDate());
            assertThat(dash).isNotEqualTo(y);
            assertThat(dash.value()).isNotEqualTo(y.value());
        }

        @Test
        void shouldTreatSameDigitsInDifferentCenturiesAsDifferentPeople() {
            PersonalIdentityCode nineteen = PersonalIdentityCode.parse("010123-234X");
            PersonalIdentityCode twenty = PersonalIdentityCode.parse("010123A234X");
            PersonalIdentityCode eighteen = PersonalIdentityCode.parse("010123+234X");

            assertThat(nineteen).isNotEqualTo(twenty).isNotEqualTo(eighteen);
            assertThat(twenty).isNotEqualTo(eighteen);
            assertThat(nineteen.birthDate()).isNotEqualTo(twenty.birthDate());
        }

        @Test
        void shouldBeEqualWithSameHashCodeWhenParsedFromTheSameCode() {
            PersonalIdentityCode a = PersonalIdentityCode.parse("131052-308T");
            PersonalIdentityCode b = PersonalIdentityCode.parse("131052-308t");

            assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        }

        @Test
        void shouldNotEqualOtherTypesOrNull() {
            PersonalIdentityCode code = PersonalIdentityCode.parse("131052-308T");

            assertThat(code.equals("131052-308T")).isFalse();
            assertThat(code.equals(null)).isFalse();
        }
    }

    @Nested
    @DisplayName("masking")
    class Masking {

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource({
                "131052-308T, 131052-****",
                "010594Y9032, 010594Y****",
                "020516C903K, 020516C****",
                "010100+002H, 010100+****"
        })
        void shouldMaskIndividualNumberAndCheckCharacter(String code, String masked) {
            assertThat(PersonalIdentityCode.parse(code).masked()).isEqualTo(masked);
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"010594Y9032", "020516C903K", "020504B904H", "131052-308T"})
        void shouldNeverRevealFullCodeInToString(String raw) {
            PersonalIdentityCode code = PersonalIdentityCode.parse(raw);

            assertThat(code.toString())
                    .doesNotContain(raw)
                    .doesNotContain(raw.substring(7))
                    .isEqualTo(code.masked());
        }

        @Test
        void shouldMaskNullOrTooShortStringCompletely() {
            assertThat(PersonalIdentityCode.mask(null)).isEqualTo("****");
            assertThat(PersonalIdentityCode.mask("")).isEqualTo("****");
            assertThat(PersonalIdentityCode.mask("131052")).isEqualTo("****");
        }

        @Test
        void shouldMaskValidatedCodeStringTheSameWayAsInstance() {
            assertThat(PersonalIdentityCode.mask("131052-308T")).isEqualTo("131052-****");
        }
    }

    @Nested
    @DisplayName("invalid codes")
    class InvalidCodes {

        @ParameterizedTest(name = "{0}: ''{1}''")
        @CsvSource(delimiter = '|', value = {
                // length
                "too short (no check character)    | 131052-308   | 11 characters",
                "too long (doubled check char)     | 131052-308TT | 11 characters",
                "single character                  | 1            | 11 characters",
                "century sign missing              | 131052308T   | 11 characters",
                "extra digit in date               | 1310521-308T | 11 characters",
                "space inside code                 | 131052-308 T | 11 characters",
                // century sign
                "asterisk as century sign          | 131052*308T  | century sign",
                "G is not a century sign           | 131052G308T  | century sign",
                "Z is not a century sign           | 131052Z308T  | century sign",
                "space as century sign             | 131052 308T  | century sign",
                "slash as century sign             | 131052/308T  | century sign",
                // digits
                "letter O instead of zero in date  | 1O0190-999P  | digits",
                "letters instead of day            | ab0190-999P  | digits",
                "letter in individual number       | 100190-9X9P  | digits",
                "sign shifted into individual part | 1001909-99P  | digits",
                "plus sign inside date             | +10190-999P  | digits",
                "full-width digit in date          | １31052-308T  | digits",
                // calendar date
                "thirtieth of February             | 300204A123Y  | calendar date",
                "thirty-first of April             | 310404A1237  | calendar date",
                "thirty-first of November          | 311190-999A  | calendar date",
                "29 Feb 1900 (not a leap year)     | 290200-1239  | calendar date",
                "29 Feb 1800 (not a leap year)     | 290200+1239  | calendar date",
                "29 Feb 2001 (not a leap year)     | 290201A123J  | calendar date",
                "month 13                          | 101390-999C  | calendar date",
                "month 00                          | 100090-999W  | calendar date",
                "day 00                            | 000190-9998  | calendar date",
                "day 32                            | 320190-999W  | calendar date",
                // individual number
                "individual number 000             | 100190-000F  | individual number",
                "individual number 001             | 100190-001H  | individual number",
                // check character
                "wrong check character             | 131052-308U  | check character",
                "check character off by one        | 010594Y9033  | check character",
                "excluded letter I as check        | 131052-308I  | check character",
                "excluded letter O as check        | 100190-999O  | check character",
                "digit where letter expected       | 020516C9030  | check character",
                "swapped digits (typo)             | 130152-308T  | check character"
        })
        void shouldRejectInvalidCodeForTheRightReason(String reason, String code, String messageFragment) {
            assertThat(PersonalIdentityCode.isValid(code)).as(reason).isFalse();
            assertThatThrownBy(() -> PersonalIdentityCode.parse(code))
                    .as(reason)
                    .isInstanceOf(InvalidIdentityCodeException.class)
                    .hasMessageContaining(messageFragment);
        }

        @ParameterizedTest(name = "''{0}''")
        @NullAndEmptySource
        @ValueSource(strings = {" ", "   ", "\t", "\n", " \t\r\n "})
        void shouldRejectNullOrBlankInput(String raw) {
            assertThat(PersonalIdentityCode.isValid(raw)).isFalse();
            assertThatThrownBy(() -> PersonalIdentityCode.parse(raw))
                    .isInstanceOf(InvalidIdentityCodeException.class)
                    .hasMessageContaining("empty");
        }

        @Test
        void shouldRejectThirtiethOfFebruary() {
            assertThatThrownBy(() -> PersonalIdentityCode.parse("300204A123Y"))
                    .isInstanceOf(InvalidIdentityCodeException.class);
        }

        @Test
        void shouldRejectTwentyNinthOfFebruary1900BecauseCenturyYearsAreNotLeapYears() {
            assertThat(PersonalIdentityCode.isValid("290200-1239")).isFalse();
            assertThat(PersonalIdentityCode.isValid("290200A1239")).isTrue();
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"131052-308U", "290200-1239", "100190-000F", "131052G308T", "1O0190-999P", "131052-308TT"})
        void shouldNeverPutTheCodeIntoTheExceptionMessage(String code) {
            assertThatThrownBy(() -> PersonalIdentityCode.parse(code))
                    .isInstanceOf(InvalidIdentityCodeException.class)
                    .message()
                    .doesNotContain(code)
                    .doesNotContain(code.substring(0, 6));
        }

        @Test
        void shouldBeAnIllegalArgumentException() {
            assertThatThrownBy(() -> PersonalIdentityCode.parse("nonsense"))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
