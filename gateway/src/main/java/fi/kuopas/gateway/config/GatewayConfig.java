package fi.kuopas.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;

/** The gateway's settings; every value can be overridden from the environment (README table). */
@ConfigMapping(prefix = "kuopas.gateway")
public interface GatewayConfig {

    /**
     * Every register implementing the DSR SPI as {@code name=base URL} (e.g. {@code customer=http://localhost:8081});
     * the name is the audience of the case grants the register accepts. Adding a register is a configuration change.
     */
    List<String> registers();

    @WithName("case-grant")
    CaseGrant caseGrant();

    Erasure erasure();

    interface CaseGrant {
        /** The {@code iss} of every grant; registers expect the same value (kuopas.case-grant.issuer). */
        @WithDefault("kuopas-gateway")
        String issuer();

        /** Grant lifetime; at most 5 minutes (registers refuse longer ones). */
        @WithDefault("2m")
        Duration lifetime();

        /** The ES256 signing key, PKCS#8 PEM (or its base64 body). Required unless ephemeral-key is on. */
        /** The ES256 signing key as a private EC P-256 JWK (JSON). Required unless ephemeral-key is on. */
        @WithName("signing-key")
        java.util.Optional<String> signingKey();

        /**
         * Generate a key pair at start-up instead (demo and tests): registers fetch the public key
         * from /.well-known/jwks.json, so this works with one gateway instance only.
         */
        @WithName("ephemeral-key")
        @WithDefault("false")
        boolean ephemeralKey();
    }

    interface Erasure {
        /** Executing an erasure needs the approval of a second DPO (not the one who opened the case). */
        @WithName("four-eyes")
        @WithDefault("true")
        boolean fourEyes();
    }

    /** Calendar the legal deadlines are counted in (Art 12(3) months are calendar months). */
    @WithDefault("Europe/Helsinki")
    ZoneId zone();

    /** Cases due within this many days are "due soon" in the DPO's list. */
    @WithName("due-soon-days")
    @WithDefault("7")
    int dueSoonDays();

    Client client();

    Retry retry();

    @WithName("circuit-breaker")
    CircuitBreaker circuitBreaker();

    /** How long an assembled privacy notice is reused; it protects the registers from public traffic. */
    @WithName("notice-cache-ttl")
    @WithDefault("5m")
    Duration noticeCacheTtl();

    interface Client {
        @WithDefault("2s")
        Duration connectTimeout();

        @WithDefault("15s")
        Duration readTimeout();

        /**
         * Register calls in flight at once, across all cases (bounded pool; Java 17 has no virtual threads).
         * 40 = eight cases open at once times five registers: with 8, the calls of eight concurrent ACCESS
         * cases queued behind each other and p99 at 1 M customers was 611–630 ms instead of 364–425 ms
         * (docs/benchmarks.md, DSR at scale). The calls wait on I/O; each register's own pools bound its work.
         */
        @WithDefault("40")
        int parallelism();

        /** Immediate retries inside one attempt, for blips; longer outages are left to the background retry. */
        @WithDefault("2")
        int maxRetries();

        @WithDefault("500ms")
        Duration retryDelay();
    }

    interface Retry {
        /** Period of the background retry of pending register calls (read by the scheduler). */
        @WithDefault("15s")
        String interval();

        /** First wait after a failed attempt; doubles per attempt up to maxBackoff. */
        @WithDefault("30s")
        Duration initialBackoff();

        @WithDefault("30m")
        Duration maxBackoff();

        /** A claimed call is retried after this long if the gateway died during it. */
        @WithDefault("5m")
        Duration lease();

        /** Register calls claimed per background round. */
        @WithDefault("50")
        int batch();
    }

    interface CircuitBreaker {
        @WithDefault("4")
        int requestVolumeThreshold();

        @WithDefault("0.5")
        double failureRatio();

        /** How long an open breaker refuses calls before letting a probe through. */
        @WithDefault("30s")
        Duration delay();
    }
}
