package fi.kuopas.privacy.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The payload of a consent event. Fields that do not apply to a type are left out. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ConsentEventData")
public record ConsentEventData(
        @Schema(example = "marketing-email") String purpose,
        @Schema(example = "customer") String register,
        @Schema(example = "6(1)(a)") String legalBasis,
        @Schema(example = "2026-11-01") String noticeVersion,
        @Schema(description = "For objections: STOP, COMPELLING_GROUNDS or DIRECT_MARKETING") String decision,
        Instant effectiveAt) {
}
