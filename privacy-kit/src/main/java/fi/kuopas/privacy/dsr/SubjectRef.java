package fi.kuopas.privacy.dsr;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The data subject as subject keys (blind indexes), never raw identifiers: the gateway computes
 * them with the shared pepper and every register searches by them.
 */
@Schema(name = "SubjectRef")
public record SubjectRef(
        @NotEmpty
        @Schema(description = "Subject keys of every identifier the subject gave",
                example = "[\"pic_4f1c...\", \"email_9a0b...\"]")
        Set<@Pattern(regexp = "[a-z]+_[0-9a-f]{64}", message = "must be a subject key") String> keys) {
}
