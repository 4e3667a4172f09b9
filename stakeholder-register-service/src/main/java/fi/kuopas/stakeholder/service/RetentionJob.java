package fi.kuopas.stakeholder.service;

import fi.kuopas.privacy.jobs.SingleActive;
import fi.kuopas.stakeholder.config.StakeholderConfig;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Runs retention nightly; set kuopas.stakeholder.retention.cron=off to disable (e.g. while a dry run is reviewed). */
@ApplicationScoped
public class RetentionJob {

    private final RetentionService retention;
    private final SingleActive singleActive;

    public RetentionJob(RetentionService retention, SingleActive singleActive) {
        this.retention = retention;
        this.singleActive = singleActive;
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
        // One instance runs it; another that starts meanwhile skips the round.
        singleActive.run("stakeholder-retention", () -> retention.run(false, "scheduler"));
    }
}
