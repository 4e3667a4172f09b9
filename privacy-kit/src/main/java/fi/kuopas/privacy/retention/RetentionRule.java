package fi.kuopas.privacy.retention;

import java.time.Instant;

/**
 * One retention rule of a register: what has expired at a given moment and how it is deleted or
 * anonymised (docs/domain-rules.md lists each register's rules). A register exposes each rule as a
 * CDI bean; {@link RetentionRunner} runs them all in one run, in {@link #order()} and then name
 * order, and records one {@link RetentionRun.Item} per rule. The same rule objects serve erasure,
 * so the scheduled job and an Art 17 request apply the same periods.
 *
 * <p>A rule decides how it works: row by row (load, check, delete with audit) or in bulk with one
 * set-based statement (a large register such as CCTV footage must not load what it deletes). Either
 * way it answers with how many records it affected and, if it keeps expired records because of a
 * legal hold or a restriction, how many it held ({@link #execute}).
 */
public interface RetentionRule {

    /** Stable short name of the rule, e.g. {@code applicant-data} (at most 60 characters). */
    String name();

    /** The legal source of the period (at most 200 characters), e.g. "Accounting Act 1336/1997 ch. 2 §10". */
    String legalReference();

    /**
     * Where the rule runs among the register's rules: lower first, equal ones by name. A register
     * whose rules depend on each other (one counts from what another deletes) numbers them; the
     * default 0 runs rules in name order.
     */
    default int order() {
        return 0;
    }

    /**
     * Whether the rule commits its own work, e.g. a bulk rule that deletes chunk by chunk with one
     * transaction per chunk so no transaction outlives its timeout however much has expired. The
     * runner then calls {@link #execute} outside any transaction and records the rule's item
     * afterwards; by default (false) the rule runs inside the run's transaction.
     */
    default boolean ownTransactions() {
        return false;
    }

    /**
     * Deletes or anonymises what has expired at {@code now} and answers how many records were
     * affected; in a dry run changes nothing and answers how many would be. Runs inside the run's
     * transaction unless the rule {@linkplain #ownTransactions() manages its own}.
     */
    int apply(Instant now, boolean dryRun);

    /**
     * What the runner calls: {@link #apply} and how many expired records the rule kept because of a
     * legal hold or a restriction. A rule that holds records overrides this (and lets
     * {@link #apply} answer its {@code affected}); by default nothing is held.
     */
    default Result execute(Instant now, boolean dryRun) {
        return new Result(apply(now, dryRun), 0);
    }

    /**
     * Called once the run is recorded, in the transaction that records it and on the thread that ran
     * the rule: a rule that keeps more about a run than its item (CCTV's sweep: its video-deletion
     * counts) stores it here under the run's id. Not called for a run that failed. By default
     * nothing.
     */
    default void recorded(RetentionRun run) {
    }

    /**
     * What one rule did: records deleted or anonymised (in a dry run: would be), and expired records
     * kept because of a legal hold, an open request or a restriction (GDPR Art 17(3), Art 18).
     */
    record Result(int affected, int held) {
    }
}
