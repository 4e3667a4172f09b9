package fi.kuopas.privacy.dsr;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A record found only through identifiers the subject did not prove (or through name and birth
 * date alone). It is never part of the answer: the DPO decides, after the subject proves the
 * identifier, whether it is theirs. The hint is masked so the DPO can ask the right question
 * without seeing another person's data.
 */
@Schema(name = "PossibleMatch")
public record PossibleMatch(
        @Schema(example = "customer") String register,
        @Schema(example = "person") String recordKind,
        @Schema(description = "Identifier kinds that matched: PERSONAL_IDENTITY_CODE, EMAIL, PHONE, NAME_AND_BIRTH_DATE, DEVICE",
                example = "[\"EMAIL\"]") List<String> matchedIdentifiers,
        @Schema(description = "Masked hint, never data", example = "L. H., born 1975") String hint) {
}
