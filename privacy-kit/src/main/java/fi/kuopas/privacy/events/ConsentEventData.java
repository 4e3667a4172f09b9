package fi.kuopas.privacy.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The payload of a consent event. Fields that do not apply to a type are left out.
 * {@code subjectKeys}: every subject key of the consent (the event's {@code subject} among them).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ConsentEventData")
public record ConsentEventData(
        @Schema(example = "marketing-email") String purpose,
        @Schema(example = "customer") String register,
        @Schema(example = "6(1)(a)") String legalBasis,
        @Schema(example = "2026-11-01") String noticeVersion,
        @Schema(description = "For objections: STOP, COMPELLING_GROUNDS or DIRECT_MARKETING") String decision,
        Instant effectiveAt,
        @Schema(description = "Every subject key of the consent") List<String> subjectKeys) {

    public ConsentEventData(String purpose, String register, String legalBasis, String noticeVersion, String decision,
            Instant effectiveAt) {
        this(purpose, register, legalBasis, noticeVersion, decision, effectiveAt, null);
    }

    public ConsentEventData withSubjectKeys(List<String> keys) {
        return new ConsentEventData(purpose, register, legalBasis, noticeVersion, decision, effectiveAt, keys);
    }
}
