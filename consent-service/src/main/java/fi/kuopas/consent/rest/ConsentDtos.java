package fi.kuopas.consent.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import fi.kuopas.privacy.subject.SubjectIdentifiers;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response bodies of the consent API. */
public final class ConsentDtos {

    private ConsentDtos() {
    }

    public enum Channel { WEB_FORM, MOBILE_APP, COOKIE_BANNER, PAPER_FORM, PHONE, EMAIL, CUSTOMER_SERVICE_DESK }

    private static final String DEVICE_ID = "[A-Za-z0-9_-]{16,64}";

    @Schema(name = "ConsentEvidence", description = "How the consent was given (Art 7(1) proof)")
    public record Evidence(
            @Size(max = 100) @Schema(example = "asuntohaku-2026-11") String formId,
            @Size(max = 300) @Schema(example = "Mozilla/5.0 (X11; Linux x86_64)") String userAgent,
            @Size(max = 45) @Schema(description = "Stored truncated (/24 or /48)", example = "192.0.2.17") String ipAddress) {
    }

    @Schema(name = "Guardian", description = "Guardian who consents for a child under 13 (Data Protection Act 1050/2018 §5)")
    public record Guardian(
            @NotBlank @Size(max = 11) @Schema(example = "010594Y9032") String personalIdentityCode,
            @Size(max = 200) String name) {
    }

    @Schema(name = "GrantConsentRequest")
    public record GrantRequest(
            @Valid @Schema(description = "The person; omit for cookie purposes") SubjectIdentifiers subject,
            @Pattern(regexp = DEVICE_ID, message = "must be 16-64 letters, digits, - or _")
            @Schema(description = "Anonymous device id for cookie purposes", example = "c0ffee00-1234-4bcd-9a0b-1234567890ab") String deviceId,
            @NotBlank @Size(max = 60) @Schema(example = "marketing-email") String purpose,
            @NotBlank @Size(max = 20) @Schema(example = "2026-11-01") String noticeVersion,
            @NotNull @Pattern(regexp = "fi|sv|en", message = "must be fi, sv or en") @Schema(example = "fi") String language,
            @NotNull Channel channel,
            @Valid Evidence evidence,
            @Valid Guardian guardian,
            @Future Instant expiresAt,
            @Size(max = 100) @Schema(description = "Idempotency key: a repeat with the same id returns the first answer")
            String requestId) {
    }

    @Schema(name = "RefuseConsentRequest", description = "The subject declined when asked, e.g. rejected analytics "
            + "cookies: recorded with the notice shown and its evidence, like a grant (Art 7(1))")
    public record RefuseRequest(
            @Valid @Schema(description = "The person; omit for cookie purposes") SubjectIdentifiers subject,
            @Pattern(regexp = DEVICE_ID, message = "must be 16-64 letters, digits, - or _")
            @Schema(description = "Anonymous device id for cookie purposes", example = "c0ffee00-1234-4bcd-9a0b-1234567890ab") String deviceId,
            @NotBlank @Size(max = 60) @Schema(example = "web-analytics-cookies") String purpose,
            @NotBlank @Size(max = 20) @Schema(description = "The notice version shown when the subject refused", example = "2026-11-01")
            String noticeVersion,
            @NotNull @Pattern(regexp = "fi|sv|en", message = "must be fi, sv or en") @Schema(example = "fi") String language,
            @NotNull Channel channel,
            @Valid Evidence evidence,
            @Size(max = 100) @Schema(description = "Idempotency key: a repeat with the same id returns the first answer")
            String requestId) {
    }

    @Schema(name = "WithdrawConsentRequest")
    public record WithdrawRequest(
            @Valid SubjectIdentifiers subject,
            @Pattern(regexp = DEVICE_ID, message = "must be 16-64 letters, digits, - or _") String deviceId,
            @NotBlank @Size(max = 60) @Schema(example = "marketing-email") String purpose,
            @NotNull Channel channel,
            @Size(max = 100) String requestId) {
    }

    @Schema(name = "ConsentSubjectQuery")
    public record SubjectQuery(
            @Valid SubjectIdentifiers subject,
            @Pattern(regexp = DEVICE_ID, message = "must be 16-64 letters, digits, - or _") String deviceId) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "ConsentRecord", description = "One grant, withdrawal, refusal or expiry with its evidence")
    public record RecordView(UUID id, String subjectKey, String purpose, String action, String noticeVersion,
            String noticeHash, String language, String channel, String formId, String userAgent, String ipTruncated,
            String collectedBy, boolean guardianConsented, Instant expiresAt, Instant occurredAt) {
    }

    @Schema(name = "ConsentState", description = "Current consent for one purpose")
    public record StateView(String subjectKey, String purpose,
            @Schema(enumeration = {"GRANTED", "WITHDRAWN", "REFUSED", "EXPIRED"}) String state,
            Instant since, Instant expiresAt, String noticeVersion) {
    }
}
