package fi.kuopas.gateway.breach;

import com.fasterxml.jackson.databind.ObjectMapper;
import fi.kuopas.gateway.config.RegisterDirectory;
import fi.kuopas.gateway.registers.GatewayToken;
import fi.kuopas.privacy.audit.AuditVerifier;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Watches every service's audit-log verification (the registers' and the gateway's own). A failure
 * is a possible breach of integrity (Art 32(1)(b), 33): a breach candidate is opened for the DPO to
 * assess, once per service while it stays open.
 */
@ApplicationScoped
public class AuditWatch {

    private final RegisterDirectory registers;
    private final GatewayToken token;
    private final AuditVerifier own;
    private final BreachRegister breaches;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final ObjectMapper mapper;

    public AuditWatch(RegisterDirectory registers, GatewayToken token, AuditVerifier own, BreachRegister breaches,
            ObjectMapper mapper) {
        this.registers = registers;
        this.token = token;
        this.own = own;
        this.breaches = breaches;
        this.mapper = mapper;
    }

    @Scheduled(every = "${kuopas.gateway.audit-watch.interval:10m}", delayed = "${kuopas.gateway.audit-watch.delay:1m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @ActivateRequestContext
    public void check() {
        AuditVerifier.Result gateway = own.verify();
        if (!gateway.intact()) {
            open("gateway", gateway.firstBrokenId());
        }
        for (RegisterDirectory.Entry r : registers.all()) {
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(r.url() + "/api/v1/audit-log/verification"))
                        .timeout(Duration.ofSeconds(10)).header("Authorization", "Bearer " + token.accessToken())
                        .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200) {
                    Log.infof("audit verification of %s not available (HTTP %d)", r.name(), response.statusCode());
                    continue;
                }
                AuditVerifier.Result result = mapper.readValue(response.body(), AuditVerifier.Result.class);
                if (!result.intact()) {
                    open(r.name(), result.firstBrokenId());
                }
            } catch (java.io.IOException e) {
                Log.infof("audit verification of %s not reachable: %s", r.name(), e.getClass().getSimpleName());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void open(String register, Long firstBroken) {
        String nature = "The audit log of " + register + " failed its integrity verification"
                + (firstBroken == null ? "" : " (first broken entry " + firstBroken + ")")
                + ": entries may have been altered or deleted.";
        if (breaches.candidate("audit-verification:" + register, register, nature)) {
            Log.warnf("breach candidate opened: audit log of %s failed verification", register);
        }
    }
}
