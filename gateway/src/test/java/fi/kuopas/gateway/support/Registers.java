package fi.kuopas.gateway.support;

import java.time.Duration;
import org.awaitility.Awaitility;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import static io.restassured.RestAssured.given;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.config.ConfigProvider;

/** The simulated registers as the tests see them, through WireMock's admin API. */
public final class Registers {

    private Registers() {
    }

    public static WireMock customer() {
        return client(0);
    }

    public static WireMock personnel() {
        return client(1);
    }

    public static String url(int index) {
        return registerUrls().get(index);
    }

    /**
     * Makes personnel fail: its access report hangs past the gateway's read timeout, every other SPI
     * call answers 503. Close the returned outage to bring it back.
     */
    public static Outage personnelDown() {
        WireMock w = personnel();
        StubMapping slow = w.register(post(urlPathEqualTo("/dsr/v1/access")).atPriority(1)
                .willReturn(aResponse().withStatus(200).withFixedDelay(3_000).withHeader("Content-Type", "application/json")
                        .withBody("{}")));
        StubMapping unavailable = w.register(any(urlPathMatching("/dsr/v1/(?!access).*")).atPriority(1)
                .willReturn(aResponse().withStatus(503)));
        return () -> {
            w.removeStubMapping(slow);
            w.removeStubMapping(unavailable);
            awaitRecovery();
        };
    }

    /** An outage in progress; closing it ends it. */
    public interface Outage extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * Waits (bounded) until the gateway reaches every register again, i.e. its circuit breaker
     * has closed, so the next test does not start against a breaker still open from this outage.
     */
    private static void awaitRecovery() {
        Awaitility.await("the gateway reaches the registers again after the outage").atMost(Duration.ofSeconds(15))
                .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(100)).pollInSameThread()
                .until(() -> given().when().get("/api/v1/privacy-notice").statusCode() == 200);
    }

    private static WireMock client(int index) {
        URI uri = URI.create(registerUrls().get(index));
        return new WireMock(uri.getHost(), uri.getPort());
    }

    private static List<String> registerUrls() {
        return Arrays.stream(ConfigProvider.getConfig().getValue("kuopas.gateway.registers", String.class).split(","))
                .map(entry -> entry.substring(entry.indexOf('=') + 1)).toList();
    }
}
