package fi.kuopas.privacy.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.kuopas.privacy.KitPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RetentionRunnerTest {

    static KitPostgres db;
    RetentionRuns runs;

    @BeforeAll
    static void start() throws Exception {
        db = new KitPostgres("V0_5__retention.sql", "V0_7__retention_held.sql");
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE segment (id SERIAL PRIMARY KEY, expires_at TIMESTAMPTZ NOT NULL)");
        }
    }

    @AfterAll
    static void stop() throws Exception {
        db.close();
    }

    @BeforeEach
    void clean() throws Exception {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("TRUNCATE kit_retention_run_item, kit_retention_run, segment");
        }
        runs = new RetentionRuns(db.dataSource());
    }

    /** A bulk rule: one set-based statement, the way CCTV sweeps expired footage. */
    RetentionRule expiredSegments() {
        return new NamedRetentionRule("expired-segments", "GDPR Art 5(1)(e)") {
            public int apply(Instant now, boolean dryRun) {
                String sql = (dryRun ? "SELECT count(*) FROM segment" : "WITH d AS (DELETE FROM segment")
                        + " WHERE expires_at <= '" + now + "'" + (dryRun ? "" : " RETURNING 1) SELECT count(*) FROM d");
                try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
                        ResultSet r = s.executeQuery(sql)) {
                    r.next();
                    return r.getInt(1);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        };
    }

    static RetentionRule fixed(String name, int affected) {
        return new NamedRetentionRule(name, "ref " + name) {
            public int apply(Instant now, boolean dryRun) {
                return affected;
            }
        };
    }

    /** A rule that runs at a given place among the rules and keeps some expired records on hold. */
    static RetentionRule ordered(String name, int order, int affected, int held, List<String> ran) {
        return new NamedRetentionRule.Holding(name, "ref " + name, order) {
            public Result execute(Instant now, boolean dryRun) {
                ran.add(name);
                return new Result(affected, held);
            }
        };
    }

    void segments(String... expiries) throws Exception {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            for (String e : expiries) {
                s.execute("INSERT INTO segment (expires_at) VALUES ('" + e + "')");
            }
        }
    }

    long segmentCount() throws Exception {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT count(*) FROM segment")) {
            r.next();
            return r.getLong(1);
        }
    }

    static Clock at(String instant) {
        return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
    }

    @Test
    void shouldDeleteExpiredRowsInBulkAndRecordTheRunWithOneItemPerRule() throws Exception {
        segments("2026-01-01T00:00:00Z", "2026-01-02T00:00:00Z", "2026-02-01T00:00:00Z");

        RetentionRun run = RetentionRunner.execute(List.of(fixed("b-rule", 4), expiredSegments()), runs, false,
                "scheduler", at("2026-01-15T00:00:00Z"));

        assertThat(segmentCount()).isEqualTo(1);
        assertThat(run.dryRun()).isFalse();
        assertThat(run.items()).containsExactly(new RetentionRun.Item("b-rule", "ref b-rule", 4),
                new RetentionRun.Item("expired-segments", "GDPR Art 5(1)(e)", 2));
        assertThat(runs.find(run.id())).contains(run);
        assertThat(runs.latest()).contains(run);
    }

    @Test
    void shouldOnlyCountInADryRun() throws Exception {
        segments("2026-01-01T00:00:00Z", "2026-02-01T00:00:00Z");

        RetentionRun run = RetentionRunner.execute(List.of(expiredSegments()), runs, true, "dpo@example.fi",
                at("2026-01-15T00:00:00Z"));

        assertThat(segmentCount()).isEqualTo(2);
        assertThat(run.dryRun()).isTrue();
        assertThat(run.items()).extracting(RetentionRun.Item::affected).containsExactly(1);
        assertThat(runs.find(run.id()).orElseThrow().triggeredBy()).isEqualTo("dpo@example.fi");
    }

    @Test
    void shouldPageRunsNewestFirstAndCountThem() {
        RetentionRun first = RetentionRunner.execute(List.of(fixed("a", 1)), runs, false, "s", at("2026-01-01T00:00:00Z"));
        RetentionRun second = RetentionRunner.execute(List.of(fixed("a", 2)), runs, false, "s", at("2026-01-02T00:00:00Z"));
        RetentionRun third = RetentionRunner.execute(List.of(), runs, true, "s", at("2026-01-03T00:00:00Z"));

        assertThat(runs.count()).isEqualTo(3);
        assertThat(runs.page(0, 2)).containsExactly(third, second);
        assertThat(runs.page(1, 2)).containsExactly(first);
        assertThat(third.items()).isEmpty();
        assertThat(runs.find(UUID.randomUUID())).isEmpty();
    }

    @Test
    void shouldRefuseARuleThatAnswersANegativeCountAndRecordNothing() {
        assertThatThrownBy(() -> RetentionRunner.execute(List.of(fixed("broken", -1)), runs, false, "s",
                at("2026-01-01T00:00:00Z"))).hasMessageContaining("broken");
        assertThat(runs.count()).isZero();
    }

    @Test
    void shouldRunRulesInTheirOrderAndReadTheItemsBackInThatOrderWithTheirHeldCounts() {
        List<String> ran = new java.util.ArrayList<>();
        RetentionRun run = RetentionRunner.execute(List.of(ordered("a-last", 30, 1, 0, ran),
                ordered("z-first", 10, 2, 3, ran), fixed("m-unordered", 5), ordered("b-second", 20, 0, 4, ran)),
                runs, true, "s", at("2026-01-01T00:00:00Z"));

        assertThat(ran).containsExactly("z-first", "b-second", "a-last");
        assertThat(run.items()).extracting(RetentionRun.Item::rule)
                .containsExactly("m-unordered", "z-first", "b-second", "a-last");
        assertThat(run.items()).extracting(RetentionRun.Item::held).containsExactly(0, 3, 4, 0);
        assertThat(run.held()).isEqualTo(7);
        RetentionRun stored = runs.find(run.id()).orElseThrow();
        assertThat(stored).isEqualTo(run);
        assertThat(stored.items().get(1)).isEqualTo(new RetentionRun.Item("z-first", "ref z-first", 2, 3));
    }

    @Test
    void shouldReadRunsRecordedBeforeHeldAndOrderInNameOrderWithNothingHeld() throws Exception {
        UUID id = UUID.randomUUID();
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO kit_retention_run (id, started_at, finished_at, dry_run, triggered_by) VALUES ('" + id
                    + "', '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z', false, 'scheduler')");
            s.execute("INSERT INTO kit_retention_run_item (run_id, rule, legal_reference, affected) VALUES ('" + id
                    + "', 'zeta', 'ref', 1), ('" + id + "', 'alpha', 'ref', 2)");
        }

        RetentionRun old = runs.find(id).orElseThrow();

        assertThat(old.items()).containsExactly(new RetentionRun.Item("alpha", "ref", 2, 0),
                new RetentionRun.Item("zeta", "ref", 1, 0));
        assertThat(old.held()).isZero();
    }

    @Test
    void shouldRefuseARuleThatAnswersANegativeHeldCount() {
        assertThatThrownBy(() -> RetentionRunner.execute(List.of(ordered("holding", 0, 1, -1, new java.util.ArrayList<>())),
                runs, false, "s", at("2026-01-01T00:00:00Z"))).hasMessageContaining("holding");
        assertThat(runs.count()).isZero();
    }

    /** A rule that commits its own work: it tells where it ran (inside or outside one of the runner's transactions). */
    static RetentionRule ownTransactions(String name, int order, int affected, int held, List<String> log,
            boolean[] inTransaction) {
        return new NamedRetentionRule.Holding(name, "ref " + name, order) {
            public boolean ownTransactions() {
                return true;
            }

            public Result execute(Instant now, boolean dryRun) {
                log.add(name + (inTransaction[0] ? " in tx" : " outside tx"));
                return new Result(affected, held);
            }
        };
    }

    @Test
    void shouldRunARuleWithItsOwnTransactionsOutsideTheRunsTransactionAtItsPlaceAndRecordItsItemAfterwards() {
        List<String> log = new java.util.ArrayList<>();
        boolean[] inTransaction = {false};
        RetentionRunner.Transactions transactions = work -> {
            log.add("begin");
            inTransaction[0] = true;
            try {
                work.run();
            } finally {
                inTransaction[0] = false;
                log.add("commit");
            }
        };
        List<String> ran = new java.util.ArrayList<>();
        RetentionRule first = ordered("first", 10, 1, 0, ran);
        RetentionRule last = ordered("last", 30, 2, 0, ran);
        List<RetentionRun> recorded = new java.util.ArrayList<>();

        RetentionRun run = RetentionRunner.execute(List.of(last, ownTransactions("sweep", 20, 20000, 3, log,
                inTransaction), first), runs, false, "scheduler", at("2026-01-01T00:00:00Z"), transactions,
                r -> {
                    assertThat(inTransaction[0]).as("the run is recorded and audited in a transaction").isTrue();
                    recorded.add(r);
                });

        assertThat(log).containsExactly("begin", "commit", "sweep outside tx", "begin", "commit");
        assertThat(ran).containsExactly("first", "last");
        assertThat(run.items()).containsExactly(new RetentionRun.Item("first", "ref first", 1, 0),
                new RetentionRun.Item("sweep", "ref sweep", 20000, 3), new RetentionRun.Item("last", "ref last", 2, 0));
        assertThat(recorded).containsExactly(run);
        assertThat(runs.find(run.id())).contains(run);
    }

    @Test
    void shouldTellEveryRuleItsRecordedRunInTheRecordingTransactionBeforeTheAudit() {
        List<String> log = new java.util.ArrayList<>();
        boolean[] inTransaction = {false};
        RetentionRunner.Transactions transactions = work -> {
            inTransaction[0] = true;
            try {
                work.run();
            } finally {
                inTransaction[0] = false;
            }
        };
        class Remembering extends NamedRetentionRule {
            RetentionRun seen;

            Remembering(String name, int order) {
                super(name, "ref " + name, order);
            }

            @Override
            public int apply(Instant now, boolean dryRun) {
                return 1;
            }

            @Override
            public void recorded(RetentionRun run) {
                assertThat(inTransaction[0]).as("told in the recording transaction").isTrue();
                assertThat(runs.find(run.id())).as("the run is stored when a rule is told").contains(run);
                log.add("recorded " + name());
                seen = run;
            }
        }
        Remembering sweep = new Remembering("sweep", 20) {
            @Override
            public boolean ownTransactions() {
                return true;
            }
        };
        Remembering first = new Remembering("first", 10);

        RetentionRun run = RetentionRunner.execute(List.of(sweep, first), runs, false, "s", at("2026-01-01T00:00:00Z"),
                transactions, r -> log.add("audited"));

        assertThat(log).containsExactly("recorded first", "recorded sweep", "audited");
        assertThat(sweep.seen).isEqualTo(run);
        assertThat(first.seen).isEqualTo(run);
    }

    @Test
    void shouldNotTellTheRulesOfAFailedRun() {
        List<String> told = new java.util.ArrayList<>();
        RetentionRule listening = new NamedRetentionRule("listening", "ref") {
            @Override
            public int apply(Instant now, boolean dryRun) {
                return 1;
            }

            @Override
            public void recorded(RetentionRun run) {
                told.add(run.id().toString());
            }
        };

        assertThatThrownBy(() -> RetentionRunner.execute(List.of(listening, fixed("z-broken", -1)), runs, false, "s",
                at("2026-01-01T00:00:00Z"))).hasMessageContaining("z-broken");
        assertThat(told).isEmpty();
    }

    @Test
    void shouldTakeNameReferenceAndOrderFromTheSkeletonAndLetAHoldingRuleAnswerOnlyItsResult() {
        List<String> ran = new java.util.ArrayList<>();
        RetentionRule holding = new NamedRetentionRule.Holding("held-rule", "ref held", 10) {
            @Override
            public Result execute(Instant now, boolean dryRun) {
                ran.add("held-rule");
                return new Result(2, 5);
            }
        };
        RetentionRule counting = new NamedRetentionRule("a-counting", "ref counting") {
            @Override
            public int apply(Instant now, boolean dryRun) {
                ran.add("a-counting");
                return 3;
            }
        };

        assertThat(holding.apply(Instant.EPOCH, true)).isEqualTo(2);
        assertThat(counting.order()).isZero();
        RetentionRun run = RetentionRunner.execute(List.of(holding, counting), runs, true, "s", at("2026-01-01T00:00:00Z"));

        assertThat(run.items()).containsExactly(new RetentionRun.Item("a-counting", "ref counting", 3, 0),
                new RetentionRun.Item("held-rule", "ref held", 2, 5));
    }

    @Test
    void shouldRunRulesInOneTransactionWithTheRecordWhenNoneManagesItsOwn() {
        List<String> log = new java.util.ArrayList<>();
        RetentionRun run = RetentionRunner.execute(List.of(fixed("a", 1), fixed("b", 2)), runs, true, "s",
                at("2026-01-01T00:00:00Z"), work -> {
                    log.add("begin");
                    work.run();
                    log.add("commit");
                }, r -> log.add("recorded"));

        assertThat(log).containsExactly("begin", "recorded", "commit");
        assertThat(run.items()).extracting(RetentionRun.Item::rule).containsExactly("a", "b");
    }

    @Test
    void shouldRecordNothingWhenARuleWithItsOwnTransactionsFails() {
        RetentionRule failing = new NamedRetentionRule("failing-sweep", "ref") {
            public boolean ownTransactions() {
                return true;
            }

            public int apply(Instant now, boolean dryRun) {
                return -1;
            }
        };

        assertThatThrownBy(() -> RetentionRunner.execute(List.of(failing, fixed("a", 1)), runs, false, "s",
                at("2026-01-01T00:00:00Z"), Runnable::run, r -> {
                })).hasMessageContaining("failing-sweep");
        assertThat(runs.count()).isZero();
    }
}
