package fi.kuopas.gateway.ops;

import fi.kuopas.gateway.config.GatewayConfig;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Data-subject request metrics in Prometheus format at /q/metrics: cases open, overdue and due
 * within the due-soon days (gauges, counted in the database, so every gateway instance reports
 * the same figures), and register calls that failed, per register (a counter per instance, summed
 * by Prometheus). Counts only: no case id, subject or identifier is ever a label.
 */
@ApplicationScoped
public class DsrMetrics {

    /** Open: not answered (refusal notices are answers) and not cancelled. */
    private static final String OPEN = "FROM dsr_case WHERE answered_at IS NULL AND status <> 'CANCELLED'";

    private final EntityManager em;
    private final GatewayConfig config;
    private final MeterRegistry registry;
    private final AtomicLong open = new AtomicLong();
    private final AtomicLong overdue = new AtomicLong();
    private final AtomicLong dueSoon = new AtomicLong();

    public DsrMetrics(EntityManager em, GatewayConfig config, MeterRegistry registry) {
        this.em = em;
        this.config = config;
        this.registry = registry;
        Gauge.builder("kuopas.dsr.cases.open", open, AtomicLong::get)
                .description("Data-subject requests not yet answered nor cancelled").register(registry);
        Gauge.builder("kuopas.dsr.cases.overdue", overdue, AtomicLong::get)
                .description("Open requests past their Art 12(3) deadline while the clock runs").register(registry);
        Gauge.builder("kuopas.dsr.cases.due.soon", dueSoon, AtomicLong::get)
                .description("Open requests due within kuopas.gateway.due-soon-days (default 7) days").register(registry);
    }

    /** Recounts the gauges; a scrape reads the last count and never waits for the database. */
    @Scheduled(every = "${kuopas.gateway.metrics.refresh:30s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void refresh() {
        Instant now = Instant.now();
        Instant soon = now.plus(Duration.ofDays(config.dueSoonDays()));
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                Object[] row = (Object[]) em.createNativeQuery("SELECT count(*), "
                                + "count(*) FILTER (WHERE paused_since IS NULL AND due_at < ?1), "
                                + "count(*) FILTER (WHERE due_at >= ?1 AND due_at < ?2) " + OPEN)
                        .setParameter(1, Timestamp.from(now)).setParameter(2, Timestamp.from(soon)).getSingleResult();
                open.set(((Number) row[0]).longValue());
                overdue.set(((Number) row[1]).longValue());
                dueSoon.set(((Number) row[2]).longValue());
            });
        } catch (RuntimeException e) {
            // The figures stay as last counted; the database health check reports the outage.
            Log.warnf("DSR metrics not refreshed: %s", e.getClass().getSimpleName());
        }
    }

    /** A register call that did not succeed (timeout, HTTP error, circuit open); retried in the background. */
    public void registerCallFailed(String registerLabel, String reason) {
        Counter.builder("kuopas.dsr.register.failures").description("Register calls that failed, per register")
                .tag("register", registerLabel).tag("reason", kind(reason)).register(registry).increment();
    }

    /** A small fixed set of label values (Prometheus labels must not grow without bound). */
    static String kind(String reason) {
        if (reason == null) {
            return "other";
        }
        if (reason.startsWith("HTTP 4")) {
            return "http-4xx";
        }
        if (reason.startsWith("HTTP 5")) {
            return "http-5xx";
        }
        if (reason.equals("timeout") || reason.equals("circuit breaker open")) {
            return reason.replace(' ', '-');
        }
        return "other";
    }
}
