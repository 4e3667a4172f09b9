package fi.kuopas.privacy.dsr;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SubjectLookup", description = "Whether the register holds data on the subject")
public record SubjectLookup(String register, boolean found, int records, List<String> categories,
        @Schema(description = "Records found only through unproved identifiers") List<PossibleMatch> possibleMatches) {

    public SubjectLookup {
        possibleMatches = possibleMatches == null ? List.of() : List.copyOf(possibleMatches);
    }

    public SubjectLookup(String register, boolean found, int records, List<String> categories) {
        this(register, found, records, categories, List.of());
    }

    public SubjectLookup withPossibleMatches(List<PossibleMatch> matches) {
        return new SubjectLookup(register, found, records, categories, matches);
    }
}
