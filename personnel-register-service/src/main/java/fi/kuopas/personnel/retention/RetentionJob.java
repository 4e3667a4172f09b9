package fi.kuopas.personnel.retention;

import fi.kuopas.personnel.config.PersonnelConfig;
import fi.kuopas.privacy.jobs.SingleActive;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/** Runs the retention rules on the configured schedule (kuopas.personnel.retention.cron). */
@ApplicationScoped
public class RetentionJob {

    private final RetentionService retention;
    private final boolean enabled;
    private final SingleActive singleActive;

    public RetentionJob(RetentionService retention, PersonnelConfig config, SingleActive singleActive) {
        this.retention = retention;
        this.enabled = config.retention().enabled();
        this.singleActive = singleActive;
    }

    @Scheduled(cron = "${kuopas.personnel.retention.cron:0 30 2 * * ?}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void nightly() {
        if (enabled) {
            // One instance runs it; another that starts meanwhile skips the round.
            singleActive.run("personnel-retention", () -> retention.run(false, "scheduler"));
        }
    }
}
