package fi.kuopas.stakeholder.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/** Runs retention nightly; set kuopas.stakeholder.retention.cron=off to disable (e.g. while a dry run is reviewed). */
@ApplicationScoped
public class RetentionJob {

    private final RetentionService retention;

    public RetentionJob(RetentionService retention) {
        this.retention = retention;
    }

    @Scheduled(identity = "stakeholder-retention", cron = "${kuopas.stakeholder.retention.cron:0 30 3 * * ?}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void nightly() {
        retention.run(false, "scheduler");
    }
}
