package fi.kuopas.personnel.retention;

import fi.kuopas.personnel.config.PersonnelConfig;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/** Runs the retention rules on the configured schedule (kuopas.personnel.retention.cron). */
@ApplicationScoped
public class RetentionJob {

    private final RetentionService retention;
    private final boolean enabled;

    public RetentionJob(RetentionService retention, PersonnelConfig config) {
        this.retention = retention;
        this.enabled = config.retention().enabled();
    }

    @Scheduled(cron = "${kuopas.personnel.retention.cron:0 30 2 * * ?}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void nightly() {
        if (enabled) {
            retention.run(false, "scheduler");
        }
    }
}
