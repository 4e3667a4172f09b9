package fi.kuopas.gateway.ops;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kuopas.gateway.registers.RegisterJob;
import fi.kuopas.gateway.service.CaseProgress;
import fi.kuopas.gateway.support.Cases;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Two gateway instances share one database: their case processing claims register calls with
 * FOR UPDATE SKIP LOCKED and a lease, so no call is taken twice. Two workers (standing for two
 * instances; starting a second Quarkus application in one test JVM is not possible) claim in
 * lock step against the real PostgreSQL, while this application's own background retry claims
 * too, as a third instance would.
 */
@QuarkusTest
class TwoInstancesClaimTest {

    private static final int CASES = 10;

    @Inject
    CaseProgress progress;

    @Test
    void shouldClaimEveryDueRegisterCallExactlyOnceAcrossInstances() throws Exception {
        List<UUID> cases = new ArrayList<>();
        for (int i = 0; i < CASES; i++) {
            cases.add(UUID.fromString(Cases.openVerified("ACCESS")));
        }
        for (UUID id : cases) {
            Cases.awaitStatus(id.toString(), "COMPLETED", Duration.ofSeconds(30));
        }
        // Every register call of these cases due again at once (as after an outage).
        Set<UUID> tasks = reopen(cases);
        assertThat(tasks).hasSize(CASES * 2);

        Map<String, Set<UUID>> claimed = new ConcurrentHashMap<>();
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService instances = Executors.newFixedThreadPool(2);
        List<Future<?>> running = new ArrayList<>();
        for (String instance : List.of("a", "b")) {
            Set<UUID> mine = ConcurrentHashMap.newKeySet();
            claimed.put(instance, mine);
            running.add(instances.submit(() -> {
                for (int round = 0; round < 40; round++) {
                    together.await(30, TimeUnit.SECONDS);
                    for (RegisterJob job : progress.claim(null, 3)) {
                        if (tasks.contains(job.taskId())) {
                            assertThat(mine.add(job.taskId())).isTrue();
                        }
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : running) {
            f.get(120, TimeUnit.SECONDS);
        }
        instances.shutdown();

        Set<UUID> both = new HashSet<>(claimed.get("a"));
        both.retainAll(claimed.get("b"));
        assertThat(both).as("register calls claimed by both instances").isEmpty();
        assertThat(claimed.get("a")).as("instance a took part").isNotEmpty();
        assertThat(claimed.get("b")).as("instance b took part").isNotEmpty();
        // Each call claimed exactly once by anyone (the workers or the application's own retry).
        Map<UUID, Integer> attempts = attempts(tasks);
        assertThat(attempts.values()).as("claims per register call").containsOnly(1);
    }

    private static Set<UUID> reopen(List<UUID> cases) throws SQLException {
        try (Connection c = DriverManager.getConnection(System.getProperty("kuopas.test.jdbc-url"))) {
            c.setAutoCommit(false);
            Array ids = c.createArrayOf("uuid", cases.toArray());
            try (PreparedStatement s = c.prepareStatement("UPDATE dsr_case SET status = 'IN_PROGRESS', completed_at = NULL "
                    + "WHERE id = ANY (?)")) {
                s.setArray(1, ids);
                s.executeUpdate();
            }
            Set<UUID> tasks = new HashSet<>();
            try (PreparedStatement s = c.prepareStatement("UPDATE dsr_register_task SET status = 'PENDING', attempts = 0, "
                    + "next_attempt_at = now() - interval '1 second' WHERE case_id = ANY (?) RETURNING id")) {
                s.setArray(1, ids);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        tasks.add(r.getObject(1, UUID.class));
                    }
                }
            }
            c.commit();
            return tasks;
        }
    }

    private static Map<UUID, Integer> attempts(Set<UUID> tasks) throws SQLException {
        Map<UUID, Integer> attempts = new HashMap<>();
        try (Connection c = DriverManager.getConnection(System.getProperty("kuopas.test.jdbc-url"));
                PreparedStatement s = c.prepareStatement("SELECT id, attempts FROM dsr_register_task WHERE id = ANY (?)")) {
            s.setArray(1, c.createArrayOf("uuid", tasks.toArray()));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    attempts.put(r.getObject(1, UUID.class), r.getInt(2));
                }
            }
        }
        assertThat(attempts).hasSize(tasks.size());
        return attempts;
    }
}
