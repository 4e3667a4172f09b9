package fi.kuopas.privacy.restriction;

import java.time.Instant;
import java.util.UUID;

/** A restriction of processing (GDPR Art 18) of one subject key; in force while {@code liftedAt} is null. */
public record Restriction(UUID id, String subjectKey, String reason, String caseRef, Instant restrictedAt,
        String restrictedBy, Instant liftedAt, String liftedBy) {

    public boolean inForce() {
        return liftedAt == null;
    }
}
