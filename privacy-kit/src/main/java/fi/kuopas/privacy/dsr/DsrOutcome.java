package fi.kuopas.privacy.dsr;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The answer to a restriction, objection or rectification: what changed, and the recipients to notify (Art 19).
 * {@code applied} and {@code refused} are the English wording, kept for older clients (deprecated for
 * display); {@code appliedCodes} and {@code refusedCodes} say the same as codes of the shared vocabulary
 * ({@link DsrCode}), one for one, for the gateway to word in the subject's language.
 */
@Schema(name = "DsrOutcome")
public record DsrOutcome(String register, boolean subjectFound, List<String> applied, List<String> refused,
        List<String> recipientsToNotify,
        @Schema(description = "Records found only through unproved identifiers: left unchanged")
        List<PossibleMatch> possibleMatches,
        @Schema(description = "applied as codes with parameters, one for one") List<DsrText> appliedCodes,
        @Schema(description = "refused as codes with parameters, one for one") List<DsrText> refusedCodes) {

    public DsrOutcome {
        possibleMatches = possibleMatches == null ? List.of() : List.copyOf(possibleMatches);
        appliedCodes = appliedCodes == null ? List.of() : List.copyOf(appliedCodes);
        refusedCodes = refusedCodes == null ? List.of() : List.copyOf(refusedCodes);
    }

    public DsrOutcome(String register, boolean subjectFound, List<String> applied, List<String> refused,
            List<String> recipientsToNotify, List<PossibleMatch> possibleMatches) {
        this(register, subjectFound, applied, refused, recipientsToNotify, possibleMatches, List.of(), List.of());
    }

    /** An outcome in codes; the English wording of each is filled in for older clients. */
    public static DsrOutcome coded(String register, boolean subjectFound, List<DsrText> applied, List<DsrText> refused,
            List<String> recipientsToNotify, List<PossibleMatch> possibleMatches) {
        return new DsrOutcome(register, subjectFound, applied.stream().map(DsrText::english).toList(),
                refused.stream().map(DsrText::english).toList(), recipientsToNotify, possibleMatches, applied, refused);
    }

    public DsrOutcome(String register, boolean subjectFound, List<String> applied, List<String> refused,
            List<String> recipientsToNotify) {
        this(register, subjectFound, applied, refused, recipientsToNotify, List.of());
    }

    public DsrOutcome withPossibleMatches(List<PossibleMatch> matches) {
        return new DsrOutcome(register, subjectFound, applied, refused, recipientsToNotify, matches, appliedCodes, refusedCodes);
    }
}
