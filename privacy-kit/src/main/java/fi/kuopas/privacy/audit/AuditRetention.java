package fi.kuopas.privacy.audit;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Removes access-log entries older than the retention period (default two years), in whole sealed
 * ranges, through the database function audit_prune (the service's role may not delete audit
 * rows itself). Seals and leaf hashes stay, so what remains still verifies.
 */
@ApplicationScoped
public class AuditRetention {

    private final EntityManager em;
    private final Duration retention;

    public AuditRetention(EntityManager em, @ConfigProperty(name = "kuopas.audit.retention", defaultValue = "P730D") Duration retention) {
        this.em = em;
        this.retention = retention;
    }

    @Scheduled(cron = "${kuopas.audit.retention-cron:0 17 3 * * ?}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void nightly() {
        try {
            long removed = prune();
            if (removed > 0) {
                Log.infof("audit retention removed %d entries older than %s", removed, retention);
            }
        } catch (RuntimeException e) {
            Log.warnf("audit retention failed: %s", e.getClass().getSimpleName());
        }
    }

    /** Prunes now; returns how many entries were removed. */
    public long prune() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("SELECT audit_prune(?1)")
                .setParameter(1, Instant.now().minus(retention)).getSingleResult()).longValue());
    }
}
