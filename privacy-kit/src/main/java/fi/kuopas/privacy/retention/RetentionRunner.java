package fi.kuopas.privacy.retention;

import fi.kuopas.privacy.audit.AuditAction;
import fi.kuopas.privacy.audit.AuditLog;
import fi.kuopas.privacy.jobs.SingleActive;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs every {@link RetentionRule} bean of the service as one retention run, records the run in the
 * kit's retention log and audits it. The scheduled round ({@code kuopas.retention.cron}, off unless
 * set; {@code kuopas.retention.enabled}, false unless set) runs on one instance at a time
 * ({@link SingleActive}).
 *
 * <p>Rules run in one transaction with the record of the run and its audit entry. A rule that
 * {@linkplain RetentionRule#ownTransactions() manages its own transactions} runs outside it, at its
 * place in the order: the rules before it run and commit in a transaction of their own, and the
 * rules after it run in the transaction that records the run. Such a run is therefore not atomic:
 * what a rule committed stays if a later rule fails, and the failed run is not recorded.
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

    /**
     * Runs all rules now; a real run (not a dry run) is audited as one DELETE of the run. Joins the
     * caller's transaction if there is one, which a rule with its own transactions refuses.
     */
    public RetentionRun run(boolean dryRun, String triggeredBy) {
        List<RetentionRule> all = rules.stream().toList();
        if (QuarkusTransaction.isActive() && all.stream().anyMatch(RetentionRule::ownTransactions)) {
            throw new IllegalStateException("a retention rule with its own transactions cannot run inside a transaction");
        }
        return execute(all, runs, dryRun, triggeredBy, Clock.systemUTC(),
                work -> QuarkusTransaction.joiningExisting().run(work),
                run -> audit.record(dryRun ? AuditAction.VIEW : AuditAction.DELETE, null, "retention_run",
                        run.id().toString(), dryRun ? "retention dry run" : "retention (GDPR Art 5(1)(e))"));
    }

    @Scheduled(identity = JOB, cron = "${kuopas.retention.cron:off}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void scheduled() {
        if (enabled) {
            singleActive.run(JOB, () -> run(false, "scheduler"));
        }
    }

    /** Runs a piece of the run's work in one transaction. */
    @FunctionalInterface
    interface Transactions {
        void inOne(Runnable work);
    }

    /** The run itself in the caller's transaction (or none), as {@link #execute(List, RetentionRuns, boolean, String, Clock, Transactions, Consumer)}. */
    static RetentionRun execute(List<RetentionRule> rules, RetentionRuns runs, boolean dryRun, String triggeredBy,
            Clock clock) {
        return execute(rules, runs, dryRun, triggeredBy, clock, Runnable::run, run -> {
        });
    }

    /**
     * The run itself: every rule in its order (then name order) at one moment, then the record of
     * what each did, each rule's {@link RetentionRule#recorded} and {@code recorded} (the audit
     * entry) in the transaction of the last rules. The
     * rules before a rule with its own transactions run in a transaction of their own; that rule runs
     * outside every transaction.
     */
    static RetentionRun execute(List<RetentionRule> rules, RetentionRuns runs, boolean dryRun, String triggeredBy,
            Clock clock, Transactions transactions, Consumer<RetentionRun> recorded) {
        Instant started = clock.instant();
        List<RetentionRun.Item> items = new ArrayList<>();
        List<RetentionRule> pending = new ArrayList<>();
        List<RetentionRule> ordered = rules.stream()
                .sorted(Comparator.comparingInt(RetentionRule::order).thenComparing(RetentionRule::name)).toList();
        for (RetentionRule rule : ordered) {
            if (!rule.ownTransactions()) {
                pending.add(rule);
                continue;
            }
            if (!pending.isEmpty()) {
                List<RetentionRule> before = List.copyOf(pending);
                pending.clear();
                transactions.inOne(() -> before.forEach(r -> items.add(item(r, started, dryRun))));
            }
            items.add(item(rule, started, dryRun));
        }
        RetentionRun[] run = new RetentionRun[1];
        transactions.inOne(() -> {
            pending.forEach(r -> items.add(item(r, started, dryRun)));
            run[0] = runs.record(started, clock.instant(), dryRun, triggeredBy, items);
            ordered.forEach(r -> r.recorded(run[0]));
            recorded.accept(run[0]);
        });
        return run[0];
    }

    private static RetentionRun.Item item(RetentionRule rule, Instant now, boolean dryRun) {
        RetentionRule.Result result = rule.execute(now, dryRun);
        if (result == null || result.affected() < 0 || result.held() < 0) {
            throw new IllegalStateException("retention rule " + rule.name() + " answered a negative or no count");
        }
        return new RetentionRun.Item(rule.name(), rule.legalReference(), result.affected(), result.held());
    }
}
