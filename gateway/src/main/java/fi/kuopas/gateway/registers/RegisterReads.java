package fi.kuopas.gateway.registers;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.kuopas.gateway.config.GatewayConfig;
import fi.kuopas.gateway.config.RegisterDirectory;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Reads the registers' own staff APIs (the access-log verification and seals, the retention-run
 * log) with the gateway's service token: the suite-wide overviews the DPO sees. Unlike the DSR SPI
 * calls ({@link RegisterClients}) these carry no case grant and change nothing, so a failure is
 * shown, not retried.
 */
@ApplicationScoped
public class RegisterReads {

    private final RegisterDirectory registers;
    private final GatewayToken token;
    private final ObjectMapper mapper;
    private final HttpClient http;
    private final ExecutorService pool;

    public RegisterReads(RegisterDirectory registers, GatewayToken token, ObjectMapper mapper, GatewayConfig config) {
        this.registers = registers;
        this.token = token;
        this.mapper = mapper;
        this.http = HttpClient.newBuilder().connectTimeout(config.client().connectTimeout()).build();
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(Math.max(1, Math.min(registers.all().size(), 8)), r -> {
            Thread t = new Thread(r, "register-read-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** A GET that did not answer 200. */
    public static final class HttpStatusException extends IOException {
        private final int status;

        public HttpStatusException(int status) {
            super("HTTP " + status);
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    /** GETs {@code path} (with its query) of a register's base URL as JSON, waiting at most {@code timeout}. */
    public <T> T get(String baseUrl, String path, TypeReference<T> type, Duration timeout) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(timeout)
                .header("Authorization", "Bearer " + token.accessToken()).header("Accept", "application/json").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new HttpStatusException(response.statusCode());
        }
        return mapper.readValue(response.body(), type);
    }

    /** How to ask one register; it may fail with anything. */
    @FunctionalInterface
    public interface Question<T> {
        T ask(RegisterDirectory.Entry register) throws Exception;
    }

    /** One register's answer, or why there is none. */
    public record Answer<T>(RegisterDirectory.Entry register, T value, Throwable failure) {
        public boolean answered() {
            return failure == null;
        }
    }

    /**
     * Asks every configured register at once and waits at most {@code timeout} in all: one answer per
     * register, in the configured order; a register that fails or is still silent then is an answer
     * with its failure (a {@link TimeoutException} for silence).
     */
    public <T> List<Answer<T>> askEach(Question<T> question, Duration timeout) throws InterruptedException {
        List<RegisterDirectory.Entry> all = registers.all();
        List<CompletableFuture<T>> calls = new ArrayList<>();
        for (RegisterDirectory.Entry r : all) {
            calls.add(CompletableFuture.supplyAsync(() -> {
                try {
                    return question.ask(r);
                } catch (Exception e) {
                    throw new CompletionException(e);
                }
            }, pool));
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        List<Answer<T>> answers = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            CompletableFuture<T> call = calls.get(i);
            try {
                answers.add(new Answer<>(all.get(i), call.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS), null));
            } catch (java.util.concurrent.ExecutionException e) {
                answers.add(new Answer<>(all.get(i), null, e.getCause() instanceof CompletionException c && c.getCause() != null
                        ? c.getCause() : e.getCause()));
            } catch (TimeoutException e) {
                call.cancel(true);
                answers.add(new Answer<>(all.get(i), null, e));
            }
        }
        return answers;
    }

    void onStop(@Observes ShutdownEvent event) {
        pool.shutdownNow();
    }
}
