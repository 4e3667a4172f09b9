package fi.kuopas.consent;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kuopas.privacy.events.ConsentEvent;
import fi.kuopas.privacy.events.ConsentEventData;
import fi.kuopas.privacy.outbox.Outbox;
import fi.kuopas.privacy.outbox.OutboxRelay;
import fi.kuopas.testsupport.KafkaTestResource;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * issue 17: a relay batch never exceeds its transaction. This service's own relay is off here, so
 * only the relay under test (pointed at a broker that is down) touches the rows.
 */
@QuarkusTest
@TestProfile(OutboxRelayOutageTest.RelayOff.class)
class OutboxRelayOutageTest {

    public static class RelayOff implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("kuopas.outbox.relay.enabled", "false");
        }
    }

    @Inject
    Outbox outbox;

    @Inject
    EntityManager em;

    /**
     * With the broker unreachable a relay round ends within its send timeout and commits what it
     * learnt (attempt counted, backoff set) — it never runs into the transaction timeout, whose
     * rollback would forget that rows had been sent.
     */
    @Test
    void shouldNeverLetARelayRoundOutliveItsTransactionWhenTheBrokerIsDown() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String subject = "down-" + run;
        List<UUID> ids = new ArrayList<>();
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < 50; i++) {
                ConsentEvent e = ConsentEvent.of(ConsentEvent.GRANTED, "/test", subject + "-" + i,
                        new ConsentEventData("down", "customer", "6(1)(a)", null, null, Instant.now()));
                ids.add(e.id());
                outbox.publish(e);
            }
        });
        Properties nowhere = KafkaTestResource.clientProperties("consent-service");
        nowhere.put("bootstrap.servers", "127.0.0.1:" + closedPort());
        OutboxRelay unreachable = new OutboxRelay(em, new SimpleMeterRegistry(), true, 500, Duration.ofSeconds(2),
                Duration.ofSeconds(7), nowhere);
        try {
            long started = System.nanoTime();
            int delivered = unreachable.relayOnce();
            long tookMs = (System.nanoTime() - started) / 1_000_000;

            assertThat(delivered).isZero();
            assertThat(tookMs).as("round time with the broker down").isLessThan(7000);
            Number attempted = (Number) QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                    "SELECT count(*) FROM outbox_event WHERE record_key LIKE ?1 AND attempts > 0 AND last_error IS NOT NULL")
                    .setParameter(1, subject + "-%").getSingleResult());
            assertThat(attempted.intValue()).as("the failed attempt was committed, not rolled back").isPositive();
        } finally {
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                    "DELETE FROM outbox_event WHERE record_key LIKE ?1 AND published_at IS NULL")
                    .setParameter(1, subject + "-%").executeUpdate());
        }
    }

    private static int closedPort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
