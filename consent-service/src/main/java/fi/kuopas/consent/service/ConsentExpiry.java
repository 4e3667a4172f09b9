package fi.kuopas.consent.service;

import fi.kuopas.consent.config.ConsentConfig;
import fi.kuopas.consent.domain.ConsentRecord;
import fi.kuopas.consent.domain.ConsentState;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/**
 * Makes expiry act: a consent past its expiry date is no longer consent (GDPR Art 4(11), Art 7),
 * so on the configured schedule (kuopas.consent.expiry.every) every such consent is ended with a
 * history row, its state and an expiry event through the outbox, which registers apply like a
 * withdrawal. Until then the state view already shows it as EXPIRED.
 */
@ApplicationScoped
public class ConsentExpiry {

    private static final int BATCH = 500;

    private final ConsentService consents;
    private final boolean enabled;

    public ConsentExpiry(ConsentService consents, ConsentConfig config) {
        this.consents = consents;
        this.enabled = config.expiry().enabled();
    }

    @Scheduled(every = "${kuopas.consent.expiry.every:15m}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        if (!enabled) {
            return;
        }
        try {
            int expired = expireDue();
            if (expired > 0) {
                Log.infof("consent expiry: %d consent(s) ended", expired);
            }
        } catch (RuntimeException e) {
            Log.warnf("consent expiry round failed: %s", e.getClass().getSimpleName());
        }
    }

    /**
     * Ends every consent in force whose expiry has passed; returns how many. Rows are claimed with
     * SKIP LOCKED, so two instances never end the same consent twice.
     */
    @Transactional
    public int expireDue() {
        @SuppressWarnings("unchecked")
        List<ConsentState> due = ConsentState.getEntityManager().createNativeQuery(
                "SELECT * FROM consent_state WHERE state = ?1 AND expires_at <= ?2 ORDER BY expires_at LIMIT " + BATCH
                        + " FOR UPDATE SKIP LOCKED", ConsentState.class)
                .setParameter(1, ConsentRecord.Action.GRANTED.name()).setParameter(2, Instant.now()).getResultList();
        due.forEach(consents::expire);
        return due.size();
    }
}
