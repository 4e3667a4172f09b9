package fi.kuopas.consent.service;

import fi.kuopas.privacy.subject.SubjectIdentifiers;
import java.time.Instant;

/**
 * What {@link ConsentService} is asked to do, in the service's own terms: the REST bodies are
 * turned into these by {@code mapping.ConsentMapping}, so the service never sees a transport type.
 * Validation of shape (sizes, patterns) happened on the bodies; the rules (purpose, notice, age,
 * objections) are the service's.
 */
public final class ConsentCommands {

    private ConsentCommands() {
    }

    /** How the consent was given (Art 7(1) proof); the IP address is stored truncated. */
    public record Evidence(String formId, String userAgent, String ipAddress) {
    }

    /** Who consents for a child under 13 (Data Protection Act 1050/2018 §5). */
    public record Guardian(String personalIdentityCode, String name) {
    }

    public record Grant(SubjectIdentifiers subject, String deviceId, String purpose, String noticeVersion, String language,
            String channel, Evidence evidence, Guardian guardian, Instant expiresAt, String requestId) {
    }

    public record Refuse(SubjectIdentifiers subject, String deviceId, String purpose, String noticeVersion, String language,
            String channel, Evidence evidence, String requestId) {
    }

    public record Withdraw(SubjectIdentifiers subject, String deviceId, String purpose, String channel, String requestId) {
    }
}
