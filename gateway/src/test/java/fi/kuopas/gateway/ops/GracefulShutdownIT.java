package fi.kuopas.gateway.ops;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import fi.kuopas.gateway.support.Fixtures;
import fi.kuopas.testsupport.PostgresTestResource;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The packaged gateway (target/quarkus-app, built by the package phase before this runs) as its own
 * process, stopped with SIGTERM while a request is in flight: readiness turns DOWN at once, the
 * request still completes with its answer, and then the process exits. The request is held in
 * flight by a register that takes 4 s to send its description for the public privacy notice.
 */
class GracefulShutdownIT {

    private static final Path APP = Path.of("target/quarkus-app/quarkus-run.jar");
    private static final Duration REGISTER_DELAY = Duration.ofSeconds(4);

    private final PostgresTestResource postgres = new PostgresTestResource();
    private WireMockServer register;
    private Process gateway;
    private Path log;

    @BeforeEach
    void start() throws IOException {
        assertThat(APP).as("the package phase builds the application before this test").exists();
        Map<String, String> db = postgres.start();
        register = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        register.start();
        register.stubFor(post(urlPathEqualTo("/realms/kuopas/protocol/openid-connect/token"))
                .willReturn(okJson("{\"access_token\":\"t\",\"token_type\":\"Bearer\",\"expires_in\":300}")));
        register.stubFor(get(urlPathEqualTo("/dsr/v1/description")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(Fixtures.description("customer", "Asiakasrekisteri"))
                .withFixedDelay((int) REGISTER_DELAY.toMillis())));
        int port = freePort();
        log = Files.createTempFile("gateway-shutdown", ".log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dquarkus.http.port=" + port,
                "-Dquarkus.http.host=127.0.0.1",
                "-Dquarkus.datasource.jdbc.url=" + db.get("quarkus.datasource.jdbc.url"),
                "-Dquarkus.datasource.username=" + db.get("quarkus.datasource.username"),
                "-Dquarkus.datasource.password=" + db.get("quarkus.datasource.password"),
                "-Dquarkus.flyway.username=" + db.get("quarkus.flyway.username"),
                "-Dquarkus.flyway.password=" + db.get("quarkus.flyway.password"),
                // No broker in this test: the audit seals stay in the outbox, the seal channel off health.
                "-Dkuopas.audit.signing.private-key=MC4CAQAwBQYDK2VwBCIEIGx+3L1GdVpDIVfptyFCdUnqBVIhl35gEvWjg1QwEu3U",
                "-Dkuopas.audit.signing.public-key=MCowBQYDK2VwAyEAir0yfH4+BE7/gSp/dlArt9is5ATu0wxilH6EowOpyiw=",
                "-Dkuopas.outbox.relay.enabled=false",
                "-Dkuopas.kafka.password=unused",
                "-Dmp.messaging.incoming.audit-seals.health-enabled=false",
                "-Dquarkus.oidc.auth-server-url=" + register.baseUrl() + "/realms/kuopas",
                "-Dquarkus.oidc-client.auth-server-url=" + register.baseUrl() + "/realms/kuopas",
                "-Dquarkus.oidc-client.credentials.secret=shutdown-test",
                "-Dkuopas.gateway.registers=customer=" + register.baseUrl(),
                "-Dkuopas.gateway.case-grant.ephemeral-key=true",
                "-Dkuopas.privacy.pepper=shutdown-test-pepper-0000000001",
                "-Dkuopas.privacy.encryption-keys.k1=dGVzdC1rZXktbm90LWZvci1wcm9kdWN0aW9uLTAwMDE=",
                "-Dquarkus.shutdown.delay=2s",
                "-Dquarkus.shutdown.timeout=30s",
                "-Dquarkus.log.console.json.enabled=false",
                "-jar", APP.toString()));
        gateway = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        baseUrl = "http://127.0.0.1:" + port;
    }

    private String baseUrl;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @AfterEach
    void stop() throws IOException {
        if (gateway != null && gateway.isAlive()) {
            gateway.destroyForcibly();
        }
        if (register != null) {
            register.stop();
        }
        postgres.stop();
    }

    @Test
    void shouldFinishTheRequestInFlightAfterSigtermWithReadinessDownFirst() throws Exception {
        awaitReady(Duration.ofSeconds(120));

        Instant sent = Instant.now();
        CompletableFuture<HttpResponse<String>> inFlight = http.sendAsync(
                HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/privacy-notice")).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
        Instant deadline = Instant.now().plusSeconds(20);
        while (register.findAll(getRequestedFor(urlPathEqualTo("/dsr/v1/description"))).isEmpty()) {
            assertThat(Instant.now()).as("the gateway asks the register").isBefore(deadline);
            Thread.sleep(20);
        }

        gateway.toHandle().destroy(); // SIGTERM
        Instant terminated = Instant.now();

        // Readiness DOWN while the delay runs: the load balancer stops sending new requests.
        int readiness = 0;
        for (int i = 0; i < 20 && readiness != 503; i++) {
            readiness = status("/q/health/ready");
            if (readiness != 503) {
                Thread.sleep(50);
            }
        }
        assertThat(readiness).as("readiness right after SIGTERM").isEqualTo(503);
        assertThat(inFlight).as("still in flight while readiness is DOWN").isNotDone();

        HttpResponse<String> answer = inFlight.get(60, TimeUnit.SECONDS);
        assertThat(answer.statusCode()).as(Files.readString(log)).isEqualTo(200);
        assertThat(answer.body()).contains("Asiakasrekisteri");
        assertThat(Duration.between(sent, Instant.now())).isGreaterThanOrEqualTo(REGISTER_DELAY);

        assertThat(gateway.waitFor(40, TimeUnit.SECONDS)).as("the gateway exits after its in-flight request").isTrue();
        assertThat(Duration.between(terminated, Instant.now())).isLessThan(Duration.ofSeconds(40));
        String output = Files.readString(log);
        assertThat(output).doesNotContain("131052-308T");
    }

    private void awaitReady(Duration atMost) throws Exception {
        Instant deadline = Instant.now().plus(atMost);
        while (status("/q/health/ready") != 200) {
            assertThat(gateway.isAlive()).as("gateway running; its log:\n" + Files.readString(log)).isTrue();
            assertThat(Instant.now()).as("gateway ready; its log:\n" + Files.readString(log)).isBefore(deadline);
            Thread.sleep(200);
        }
    }

    private int status(String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
