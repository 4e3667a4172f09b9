package fi.kuopas.stakeholder.service;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kuopas.privacy.jobs.SingleActive;
import fi.kuopas.privacy.retention.RetentionRunner;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Two instances of the register share its database: the nightly retention runs on one of them.
 * "Another instance" is a second connection to the real PostgreSQL that holds the job's lock as a
 * running instance would, and a second worker racing this one.
 */
@QuarkusTest
class SingleActiveRetentionTest {

    /** The kit's runner: its scheduled round is the register's nightly retention. */
    @Inject
    RetentionRunner job;

    @Inject
    SingleActive singleActive;

    @Test
    void shouldSkipTheNightlyRunWhileAnotherInstanceRunsIt() throws SQLException {
        long before = runs();
        try (Connection otherInstance = DriverManager.getConnection(System.getProperty("kuopas.test.jdbc-url"));
                Statement s = otherInstance.createStatement()) {
            s.execute("SELECT pg_advisory_lock(hashtext('kit-retention'))");
            job.scheduled();
            assertThat(runs()).as("no second run while the other instance runs it").isEqualTo(before);
            s.execute("SELECT pg_advisory_unlock(hashtext('kit-retention'))");
        }
        job.scheduled();
        assertThat(runs()).as("the next round runs once the other instance is done").isEqualTo(before + 1);
    }

    @Test
    void shouldRunAJobOnOneOfTwoRacingInstancesOnly() throws Exception {
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService instances = Executors.newFixedThreadPool(2);
        try {
            Future<Boolean> first = instances.submit(() -> singleActive.run("race-test", () -> {
                running.countDown();
                await(release);
            }));
            assertThat(running.await(30, TimeUnit.SECONDS)).isTrue();
            Future<Boolean> second = instances.submit(() -> singleActive.run("race-test", () -> {
                throw new AssertionError("ran twice");
            }));
            assertThat(second.get(30, TimeUnit.SECONDS)).isFalse();
            release.countDown();
            assertThat(first.get(30, TimeUnit.SECONDS)).isTrue();
            // Released: the next round runs.
            assertThat(singleActive.run("race-test", () -> { })).isTrue();
        } finally {
            release.countDown();
            instances.shutdownNow();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static long runs() throws SQLException {
        try (Connection c = DriverManager.getConnection(System.getProperty("kuopas.test.jdbc-url"));
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT count(*) FROM kit_retention_run")) {
            r.next();
            return r.getLong(1);
        }
    }
}
