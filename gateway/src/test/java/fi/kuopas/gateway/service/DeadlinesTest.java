package fi.kuopas.gateway.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class DeadlinesTest {

    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    private static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(HELSINKI).toInstant();
    }

    @Test
    void shouldGiveOneCalendarMonth() {
        assertThat(Deadlines.due(at("2026-03-15T10:00"), HELSINKI, 0, Duration.ZERO)).isEqualTo(at("2026-04-15T10:00"));
    }

    @Test
    void shouldEndAJanuary31RequestOnTheLastDayOfFebruary() {
        assertThat(Deadlines.due(at("2027-01-31T09:30"), HELSINKI, 0, Duration.ZERO)).isEqualTo(at("2027-02-28T09:30"));
    }

    @Test
    void shouldEndAJanuary31RequestOnFebruary29InALeapYear() {
        assertThat(Deadlines.due(at("2028-01-31T09:30"), HELSINKI, 0, Duration.ZERO)).isEqualTo(at("2028-02-29T09:30"));
    }

    @Test
    void shouldKeepTheLocalTimeAcrossTheSpringDaylightSavingChange() {
        // 29 March 2026 the clocks go forward in Finland: still 12:00 local a month later.
        assertThat(Deadlines.due(at("2026-03-10T12:00"), HELSINKI, 0, Duration.ZERO)).isEqualTo(at("2026-04-10T12:00"));
    }

    @Test
    void shouldAddTheExtensionMonthsFromReceipt() {
        assertThat(Deadlines.due(at("2026-12-31T08:00"), HELSINKI, 2, Duration.ZERO)).isEqualTo(at("2027-03-31T08:00"));
        assertThat(Deadlines.due(at("2026-11-30T08:00"), HELSINKI, 2, Duration.ZERO)).isEqualTo(at("2027-02-28T08:00"));
        assertThat(Deadlines.due(at("2026-05-31T08:00"), HELSINKI, 1, Duration.ZERO)).isEqualTo(at("2026-07-31T08:00"));
    }

    @Test
    void shouldShiftTheDeadlineByTheTimeIdentityWasUnverified() {
        Duration paused = Duration.ofDays(3).plusHours(4);
        assertThat(Deadlines.due(at("2026-01-31T10:00"), HELSINKI, 0, paused)).isEqualTo(at("2026-03-03T14:00"));
    }

    @Test
    void shouldRefuseAnExtensionOverTwoMonths() {
        assertThatThrownBy(() -> Deadlines.due(Instant.now(), HELSINKI, 3, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldCountARunningPause() {
        Instant since = at("2026-02-01T10:00");
        assertThat(Deadlines.paused(60, since, at("2026-02-01T11:00"))).isEqualTo(Duration.ofMinutes(61));
        assertThat(Deadlines.paused(60, null, at("2026-02-01T11:00"))).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void shouldCallOnlyAnUnansweredCaseWithItsClockRunningOverdue() {
        Instant due = at("2026-02-28T10:00");
        Instant after = at("2026-02-28T10:01");
        assertThat(Deadlines.overdue(due, false, false, false, after)).isTrue();
        assertThat(Deadlines.overdue(due, true, false, false, after)).isFalse();
        assertThat(Deadlines.overdue(due, false, true, false, after)).as("answered").isFalse();
        assertThat(Deadlines.overdue(due, false, false, true, after)).as("cancelled").isFalse();
        assertThat(Deadlines.overdue(due, false, false, false, due)).isFalse();
    }

    @Test
    void shouldListAPauseOlderThanFourteenDaysForFollowUp() {
        Instant since = at("2026-02-01T10:00");
        assertThat(Deadlines.followUp(since, at("2026-02-15T09:59"))).isFalse();
        assertThat(Deadlines.followUp(since, at("2026-02-15T10:01"))).isTrue();
        assertThat(Deadlines.followUp(null, at("2026-03-15T10:01"))).isFalse();
    }
}
