package fi.kuopas.customer.integration;

import fi.kuopas.privacy.identity.PersonalIdentityCode;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Offline stand-in for Asiakastieto used by tests and the demo: deterministic per identity code,
 * with latency, and an outage for individual number 913 so failure handling can be exercised.
 * A production deployment replaces this bean with a client of the real service.
 */
@ApplicationScoped
public class FakeCreditInformationRegister implements CreditInformationRegister {

    private final long latencyMs;

    public FakeCreditInformationRegister(@ConfigProperty(name = "kuopas.customer.fake-sources.latency-ms", defaultValue = "40") long latencyMs) {
        this.latencyMs = latencyMs;
    }

    @Override
    public CreditSummary query(PersonalIdentityCode code, String purpose) {
        pause(latencyMs);
        int individual = Integer.parseInt(code.value().substring(7, 10));
        if (individual == 913) {
            throw new SourceUnavailableException(SOURCE);
        }
        boolean defaults = individual % 7 == 0;
        String summary = defaults
                ? "Maksuhäiriömerkintä: 1 merkintä viimeisen 2 vuoden ajalta"
                : "Ei maksuhäiriömerkintöjä";
        return new CreditSummary(defaults, summary, Instant.now());
    }

    static void pause(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
