package fi.kuopas.gateway.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.kuopas.privacy.audit.AuditSeal;
import io.quarkus.logging.Log;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Receives every service's seals from the audit-seals topic and hands them to the witness. */
@ApplicationScoped
public class AuditSealListener {

    private final AuditWitness witness;
    private final ObjectMapper mapper;

    public AuditSealListener(AuditWitness witness, ObjectMapper mapper) {
        this.witness = witness;
        this.mapper = mapper;
    }

    @Incoming("audit-seals")
    @Blocking
    public void onSeal(String payload) {
        AuditSeal seal;
        try {
            seal = mapper.readValue(payload, AuditSeal.class);
        } catch (JsonProcessingException e) {
            Log.warnf("an unreadable record on %s was ignored: %s", AuditSeal.TOPIC, e.getOriginalMessage());
            return;
        }
        if (seal.service() == null || seal.signature() == null || seal.sealHash() == null || seal.root() == null
                || seal.prevSealHash() == null || seal.newestEntryAt() == null || seal.sealedAt() == null || seal.keyId() == null) {
            Log.warnf("an incomplete seal on %s was ignored", AuditSeal.TOPIC);
            return;
        }
        witness.accept(seal);
    }
}
