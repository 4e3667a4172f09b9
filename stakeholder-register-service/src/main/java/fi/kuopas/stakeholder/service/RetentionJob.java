package fi.kuopas.stakeholder.service;

import fi.kuopas.stakeholder.config.StakeholderConfig;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Runs retention nightly; set kuopas.stakeholder.retention.cron=off to disable (e.g. while a dry run is reviewed). */
@ApplicationScoped
public class RetentionJob {

    private final RetentionService retention;

    public RetentionJob(RetentionService retention) {
        this.retention = retention;
    }

    /** The retention the register description promises must be the one applied: a retired setting stops the start. */
    static void refuseRetiredPeriod(@Observes StartupEvent start, StakeholderConfig config) {
        config.retention().retiredPeriod().ifPresent(p -> {
            throw new IllegalStateException("kuopas.stakeholder.retention.period (STAKEHOLDER_RETENTION_PERIOD=" + p
                    + ") is no longer read: set kuopas.stakeholder.retention.years (STAKEHOLDER_RETENTION_YEARS) to whole years "
                    + "instead; the register description states that value");
        });
    }

    @Scheduled(identity = "stakeholder-retention", cron = "${kuopas.stakeholder.retention.cron:0 30 3 * * ?}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void nightly() {
        retention.run(false, "scheduler");
    }
}
