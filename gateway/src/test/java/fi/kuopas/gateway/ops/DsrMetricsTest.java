package fi.kuopas.gateway.ops;

import org.awaitility.Awaitility;
import static org.assertj.core.api.Assertions.assertThat;

import fi.kuopas.gateway.support.Cases;
import fi.kuopas.gateway.support.Registers;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.prometheus.PrometheusMeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The DSR figures in Prometheus format: open, overdue and due-soon counted from the real database,
 * register failures counted per register, and never a case id or personal data in a series.
 */
@QuarkusTest
class DsrMetricsTest {

    @Inject
    DsrMetrics metrics;

    @Inject
    MeterRegistry registry;

    @Test
    void shouldCountOpenOverdueAndDueSoonCasesFromTheDatabase() throws SQLException {
        metrics.refresh();
        String before = scrape();
        double open = value(before, "kuopas_dsr_cases_open");
        double overdue = value(before, "kuopas_dsr_cases_overdue");
        double dueSoon = value(before, "kuopas_dsr_cases_due_soon");

        String late = Cases.openVerified("ACCESS");
        String soon = Cases.openVerified("ACCESS");
        String later = Cases.openVerified("ACCESS");
        Instant now = Instant.now();
        setDue(late, now.minus(Duration.ofDays(1)));
        setDue(soon, now.plus(Duration.ofDays(3)));
        setDue(later, now.plus(Duration.ofDays(20)));
        metrics.refresh();

        String after = scrape();
        assertThat(value(after, "kuopas_dsr_cases_open")).isEqualTo(open + 3);
        assertThat(value(after, "kuopas_dsr_cases_overdue")).isEqualTo(overdue + 1);
        assertThat(value(after, "kuopas_dsr_cases_due_soon")).isEqualTo(dueSoon + 1);
        assertThat(after).doesNotContain(late).doesNotContain(soon).doesNotContain("131052-308T")
                .doesNotContain("demo.subject@example.fi");

        // Cancelled is no longer open, nor overdue.
        cancel(late);
        metrics.refresh();
        String cancelled = scrape();
        assertThat(value(cancelled, "kuopas_dsr_cases_open")).isEqualTo(open + 2);
        assertThat(value(cancelled, "kuopas_dsr_cases_overdue")).isEqualTo(overdue);
    }

    @Test
    void shouldCountFailedRegisterCallsPerRegister() {
        double before = failures(scrape(), "personnel");
        try (var outage = Registers.personnelDown()) {
            String id = Cases.openVerified("ACCESS");
            Awaitility.await("a failed call to personnel counted").atMost(Duration.ofSeconds(20)).pollDelay(Duration.ZERO)
                    .pollInterval(Duration.ofMillis(100)).pollInSameThread()
                    .until(() -> failures(scrape(), "personnel") > before);
            assertThat(scrape()).doesNotContain(id);
        }
        assertThat(scrape()).doesNotContain("register=\"customer\"");
    }

    private String scrape() {
        PrometheusMeterRegistry prometheus = registry instanceof PrometheusMeterRegistry p ? p
                : ((io.micrometer.core.instrument.composite.CompositeMeterRegistry) registry).getRegistries().stream()
                        .filter(PrometheusMeterRegistry.class::isInstance).map(PrometheusMeterRegistry.class::cast)
                        .findFirst().orElseThrow();
        return prometheus.scrape();
    }

    private static double value(String scrape, String series) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(series) + "(?:\\{[^}]*})? ([0-9.eE+-]+)$").matcher(scrape);
        assertThat(m.find()).as(series + " in\n" + scrape).isTrue();
        return Double.parseDouble(m.group(1));
    }

    /** Failed calls of one register, summed over the failure kinds. */
    private static double failures(String scrape, String register) {
        Matcher m = Pattern.compile("(?m)^kuopas_dsr_register_failures_total\\{([^}]*)} ([0-9.eE+-]+)$").matcher(scrape);
        double sum = 0;
        while (m.find()) {
            if (m.group(1).contains("register=\"" + register + "\"")) {
                sum += Double.parseDouble(m.group(2));
            }
        }
        return sum;
    }

    private static void setDue(String caseId, Instant due) throws SQLException {
        update("UPDATE dsr_case SET due_at = ? WHERE id = ?", Timestamp.from(due), caseId);
    }

    private static void cancel(String caseId) throws SQLException {
        update("UPDATE dsr_case SET status = 'CANCELLED', cancelled_at = now() WHERE id = ?", null, caseId);
    }

    private static void update(String sql, Timestamp at, String caseId) throws SQLException {
        try (Connection c = DriverManager.getConnection(System.getProperty("kuopas.test.jdbc-url"));
                PreparedStatement s = c.prepareStatement(sql)) {
            int i = 1;
            if (at != null) {
                s.setTimestamp(i++, at);
            }
            s.setObject(i, UUID.fromString(caseId));
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
    }
}
