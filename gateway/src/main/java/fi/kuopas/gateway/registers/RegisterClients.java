package fi.kuopas.gateway.registers;

import fi.kuopas.gateway.config.GatewayConfig;
import fi.kuopas.privacy.dsr.DataSubjectRequestSpi;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import io.smallrye.faulttolerance.api.Guard;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import java.net.URI;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * A DSR SPI client per register base URL, built from configuration so a new register needs no
 * code. Each register has its own guard: a few quick retries for blips and a circuit breaker, so
 * a register that is down fails fast instead of tying up the bounded call pool. Connect and read
 * timeouts are the clients' own.
 */
@ApplicationScoped
public class RegisterClients {

    private final GatewayConfig config;
    private final GatewayToken token;
    private final Map<String, Register> registers = new ConcurrentHashMap<>();

    public RegisterClients(GatewayConfig config, GatewayToken token) {
        this.config = config;
        this.token = token;
    }

    /** One register: its client and guard. */
    public record Register(String url, DataSubjectRequestSpi spi, Guard guard) {
        public <T> T call(Function<DataSubjectRequestSpi, T> operation, Class<T> type) {
            return guard.get(() -> operation.apply(spi), type);
        }
    }

    public Register of(String url) {
        return registers.computeIfAbsent(url, this::build);
    }

    /** Failures worth another try: no connection, a timeout, or a 5xx. A 4xx will not change by repeating it. */
    static boolean transientFailure(Throwable t) {
        if (t instanceof WebApplicationException w) {
            return w.getResponse() == null || w.getResponse().getStatus() >= 500;
        }
        return t instanceof ProcessingException || t.getCause() instanceof java.io.IOException
                || t instanceof java.util.concurrent.TimeoutException;
    }

    private Register build(String url) {
        GatewayConfig.Client c = config.client();
        ClientRequestFilter bearer = request -> request.getHeaders()
                .putSingle(HttpHeaders.AUTHORIZATION, "Bearer " + token.accessToken());
        DataSubjectRequestSpi spi = QuarkusRestClientBuilder.newBuilder()
                .baseUri(URI.create(url))
                .connectTimeout(c.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(c.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .register(bearer)
                .build(DataSubjectRequestSpi.class);
        GatewayConfig.CircuitBreaker cb = config.circuitBreaker();
        Guard guard = Guard.create()
                .withDescription("DSR SPI " + url)
                .withRetry()
                    .maxRetries(c.maxRetries())
                    .delay(c.retryDelay().toMillis(), ChronoUnit.MILLIS)
                    .whenException(RegisterClients::transientFailure)
                    .done()
                .withCircuitBreaker()
                    .requestVolumeThreshold(cb.requestVolumeThreshold())
                    .failureRatio(cb.failureRatio())
                    .delay(cb.delay().toMillis(), ChronoUnit.MILLIS)
                    .when(RegisterClients::transientFailure)
                    .done()
                .build();
        return new Register(url, spi, guard);
    }
}
