package fi.kuopas.stakeholder.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.kuopas.privacy.problem.ProblemException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BusinessIdTest {

    @ParameterizedTest
    @ValueSource(strings = {"0112038-9", "2345678-0", "1572860-0", " 0112038-9 "})
    void shouldAcceptBusinessIdsWithTheRightCheckDigit(String id) {
        assertThat(BusinessId.parse(id)).isEqualTo(id.strip());
    }

    @Test
    void shouldPadTheOldSixDigitFormWithALeadingZero() {
        assertThat(BusinessId.parse("112038-9")).isEqualTo("0112038-9");
    }

    @Test
    void shouldUseCheckDigitZeroWhenTheRemainderIsZero() {
        // 2*7 + 3*9 + 4*10 + 5*5 + 6*8 + 7*4 + 8*2 = 198 = 18 * 11
        assertThat(BusinessId.isValid("2345678-0")).isTrue();
        assertThat(BusinessId.isValid("2345678-1")).isFalse();
    }

    @Test
    void shouldFindNoValidBusinessIdForDigitsGivingRemainderOne() {
        // 0000006: 6 * 2 = 12, remainder 1: no y-tunnus is issued with these digits.
        for (int check = 0; check <= 9; check++) {
            assertThat(BusinessId.isValid("0000006-" + check)).as("check " + check).isFalse();
        }
        assertThatThrownBy(() -> BusinessId.parse("0000006-0")).isInstanceOf(ProblemException.class)
                .hasMessageContaining("no check digit exists");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0112038-8", "0112038", "01120389", "011203a-9", "FI01120389", "", "0112038-99"})
    void shouldRefuseMalformedOrWrongBusinessIds(String id) {
        assertThatThrownBy(() -> BusinessId.parse(id)).isInstanceOf(ProblemException.class)
                .satisfies(e -> assertThat(((ProblemException) e).status()).isEqualTo(400));
    }
}
