package fi.kuopas.gateway.registers;

import fi.kuopas.gateway.config.GatewayConfig;
import fi.kuopas.gateway.config.RegisterDirectory;
import fi.kuopas.gateway.ops.CaseLogContext;
import fi.kuopas.gateway.ops.DsrMetrics;
import fi.kuopas.gateway.service.CaseProgress;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.WebApplicationException;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.MDC;

/**
 * Calls the registers in parallel on a bounded pool (Java 17: no virtual threads; a register call
 * is blocking I/O, and the bound keeps a burst of cases from opening hundreds of connections).
 * A case's calls start right after it is committed; anything still pending (register down, slow,
 * circuit open) is picked up again by the background retry until the register answers.
 */
@ApplicationScoped
public class FanOut {

    private final CaseProgress progress;
    private final RegisterCaller caller;
    private final GatewayConfig config;
    private final ThreadPoolExecutor pool;
    private final DsrMetrics metrics;
    private final RegisterDirectory registers;

    public FanOut(CaseProgress progress, RegisterCaller caller, GatewayConfig config, DsrMetrics metrics,
            RegisterDirectory registers) {
        this.progress = progress;
        this.caller = caller;
        this.config = config;
        this.metrics = metrics;
        this.registers = registers;
        int threads = config.client().parallelism();
        AtomicInteger n = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                r -> {
                    Thread t = new Thread(r, "dsr-fan-out-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
    }

    /** Starts the due register calls of one case (after its transaction committed). */
    public void dispatch(UUID caseId) {
        submit(progress.claim(caseId, config.retry().batch()));
    }

    @Scheduled(every = "${kuopas.gateway.retry.interval:15s}", delayed = "${kuopas.gateway.retry.interval:15s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void retryPending() {
        if (pool.getQueue().size() >= config.client().parallelism()) {
            return;
        }
        submit(progress.claim(null, config.retry().batch()));
    }

    void onStop(@Observes ShutdownEvent event) {
        pool.shutdownNow();
    }

    private void submit(List<RegisterJob> jobs) {
        for (RegisterJob job : jobs) {
            pool.execute(() -> run(job));
        }
    }

    private void run(RegisterJob job) {
        MDC.put(CaseLogContext.CASE_ID, job.caseId().toString());
        try {
            callAndRecord(job);
        } catch (RuntimeException e) {
            // Recording failed (e.g. database away): the claim lease runs out and the call is repeated.
            Log.errorf("register call of case %s could not be recorded: %s", job.caseId(), e.getClass().getName());
        } finally {
            MDC.remove(CaseLogContext.CASE_ID);
        }
    }

    private void callAndRecord(RegisterJob job) {
        RegisterCaller.Answer answer;
        try {
            answer = caller.call(job);
        } catch (RuntimeException e) {
            String reason = describe(e);
            Log.infof("register %s did not answer case %s (%s): %s; will retry", job.registerUrl(), job.caseId(),
                    job.phase(), reason);
            metrics.registerCallFailed(registerName(job), reason);
            progress.failed(job, reason);
            return;
        }
        progress.answered(job, answer.register(), answer.result());
    }

    private String registerName(RegisterJob job) {
        try {
            return registers.nameOf(job.registerUrl());
        } catch (IllegalStateException e) {
            return "unconfigured"; // a task left from an earlier configuration
        }
    }

    /** Type of failure only: response bodies may carry personal data and are never stored or logged. */
    public static String describe(Throwable e) {
        if (e instanceof WebApplicationException w && w.getResponse() != null) {
            return "HTTP " + w.getResponse().getStatus();
        }
        if (e instanceof RegisterReads.HttpStatusException h) {
            return "HTTP " + h.status();
        }
        if (e.getClass().getSimpleName().equals("CircuitBreakerOpenException")) {
            return "circuit breaker open";
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String name = root.getClass().getSimpleName();
        return name.toLowerCase().contains("timeout") ? "timeout" : name;
    }
}
