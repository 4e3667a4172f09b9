package fi.kuopas.privacy.retention;

import java.time.Instant;

/**
 * One retention rule of a register: what has expired at a given moment and how it is deleted or
 * anonymised (docs/domain-rules.md lists each register's rules). A register exposes each rule as a
 * CDI bean; {@link RetentionRunner} runs them all in one run and records one
 * {@link RetentionRun.Item} per rule. The same rule objects serve erasure, so the scheduled job and
 * an Art 17 request apply the same periods.
 *
 * <p>A rule decides how it works: row by row (load, check, delete with audit) or in bulk with one
 * set-based statement (a large register such as CCTV footage must not load what it deletes). Either
 * way it answers with how many records it affected.
 */
public interface RetentionRule {

    /** Stable short name of the rule, e.g. {@code applicant-data} (at most 60 characters). */
    String name();

    /** The legal source of the period (at most 200 characters), e.g. "Accounting Act 1336/1997 ch. 2 §10". */
    String legalReference();

    /**
     * Deletes or anonymises what has expired at {@code now} and answers how many records were
     * affected; in a dry run changes nothing and answers how many would be. Runs inside the run's
     * transaction.
     */
    int apply(Instant now, boolean dryRun);
}
