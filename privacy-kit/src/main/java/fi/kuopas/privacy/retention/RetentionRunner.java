package fi.kuopas.privacy.retention;

import fi.kuopas.privacy.audit.AuditAction;
import fi.kuopas.privacy.audit.AuditLog;
import fi.kuopas.privacy.jobs.SingleActive;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs every {@link RetentionRule} bean of the service as one retention run, records the run in the
 * kit's retention log and audits it. The scheduled round ({@code kuopas.retention.cron}, off unless
 * set; {@code kuopas.retention.enabled}, false unless set) runs on one instance at a time
 * ({@link SingleActive}).
 */
@ApplicationScoped
public class RetentionRunner {

    static final String JOB = "kit-retention";

    private final Instance<RetentionRule> rules;
    private final RetentionRuns runs;
    private final AuditLog audit;
    private final SingleActive singleActive;
    private final boolean enabled;

    public RetentionRunner(Instance<RetentionRule> rules, RetentionRuns runs, AuditLog audit, SingleActive singleActive,
            @ConfigProperty(name = "kuopas.retention.enabled", defaultValue = "false") boolean enabled) {
        this.rules = rules;
        this.runs = runs;
        this.audit = audit;
        this.singleActive = singleActive;
        this.enabled = enabled;
    }

    /** Runs all rules now; a real run (not a dry run) is audited as one DELETE of the run. */
    @Transactional
    public RetentionRun run(boolean dryRun, String triggeredBy) {
        RetentionRun run = execute(rules.stream().toList(), runs, dryRun, triggeredBy, Clock.systemUTC());
        audit.record(dryRun ? AuditAction.VIEW : AuditAction.DELETE, null, "retention_run", run.id().toString(),
                dryRun ? "retention dry run" : "retention (GDPR Art 5(1)(e))");
        return run;
    }

    @Scheduled(identity = JOB, cron = "${kuopas.retention.cron:off}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void scheduled() {
        if (enabled) {
            singleActive.run(JOB, () -> run(false, "scheduler"));
        }
    }

    /** The run itself: every rule in its order (then name order) at one moment, then the record of what each did. */
    static RetentionRun execute(List<RetentionRule> rules, RetentionRuns runs, boolean dryRun, String triggeredBy,
            Clock clock) {
        Instant started = clock.instant();
        List<RetentionRun.Item> items = new ArrayList<>();
        for (RetentionRule rule : rules.stream()
                .sorted(Comparator.comparingInt(RetentionRule::order).thenComparing(RetentionRule::name)).toList()) {
            RetentionRule.Result result = rule.execute(started, dryRun);
            if (result == null || result.affected() < 0 || result.held() < 0) {
                throw new IllegalStateException("retention rule " + rule.name() + " answered a negative or no count");
            }
            items.add(new RetentionRun.Item(rule.name(), rule.legalReference(), result.affected(), result.held()));
        }
        return runs.record(started, clock.instant(), dryRun, triggeredBy, items);
    }
}
