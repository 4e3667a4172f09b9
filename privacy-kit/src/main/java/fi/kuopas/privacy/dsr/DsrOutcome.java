package fi.kuopas.privacy.dsr;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to a restriction, objection or rectification: what changed, and the recipients to notify (Art 19). */
@Schema(name = "DsrOutcome")
public record DsrOutcome(String register, boolean subjectFound, List<String> applied, List<String> refused,
        List<String> recipientsToNotify,
        @Schema(description = "Records found only through unproved identifiers: left unchanged")
        List<PossibleMatch> possibleMatches) {

    public DsrOutcome {
        possibleMatches = possibleMatches == null ? List.of() : List.copyOf(possibleMatches);
    }

    public DsrOutcome(String register, boolean subjectFound, List<String> applied, List<String> refused,
            List<String> recipientsToNotify) {
        this(register, subjectFound, applied, refused, recipientsToNotify, List.of());
    }

    public DsrOutcome withPossibleMatches(List<PossibleMatch> matches) {
        return new DsrOutcome(register, subjectFound, applied, refused, recipientsToNotify, matches);
    }
}
