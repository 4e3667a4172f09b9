package fi.kuopas.privacy.dsr;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an erasure removed (or, on a dry run, would remove) and what it kept and why (Art 17(3)). */
@Schema(name = "ErasureReport")
public record ErasureReport(String register, boolean dryRun, List<Erased> erased, List<Kept> kept,
        @Schema(description = "Records found only through unproved identifiers: neither erased nor counted")
        List<PossibleMatch> possibleMatches,
        @Schema(description = "Art 19: recipients the erased data was disclosed to, from the disclosure log")
        List<String> recipientsToNotify) {

    public ErasureReport {
        possibleMatches = possibleMatches == null ? List.of() : List.copyOf(possibleMatches);
        recipientsToNotify = recipientsToNotify == null ? List.of() : List.copyOf(recipientsToNotify);
    }

    public ErasureReport(String register, boolean dryRun, List<Erased> erased, List<Kept> kept) {
        this(register, dryRun, erased, kept, List.of(), List.of());
    }

    public ErasureReport(String register, boolean dryRun, List<Erased> erased, List<Kept> kept, List<PossibleMatch> matches) {
        this(register, dryRun, erased, kept, matches, List.of());
    }

    public ErasureReport withPossibleMatches(List<PossibleMatch> matches) {
        return new ErasureReport(register, dryRun, erased, kept, matches, recipientsToNotify);
    }

    public ErasureReport withRecipients(List<String> recipients) {
        return new ErasureReport(register, dryRun, erased, kept, possibleMatches, recipients);
    }

    @Schema(name = "ErasedItem")
    public record Erased(String category, int count) {
    }

    @Schema(name = "KeptItem")
    public record Kept(String category, int count, String reason,
            @Schema(example = "Accounting Act 1336/1997 ch. 2 §10") String legalReference,
            LocalDate until) {
    }
}
