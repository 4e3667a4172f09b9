package fi.kuopas.privacy.dsr;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    /**
     * What was erased. {@code category} is the English wording, kept for older clients (deprecated for
     * display: word {@code categoryCode} with {@code params} instead, see {@link DsrCode}).
     */
    @Schema(name = "ErasedItem")
    public record Erased(String category, int count,
            @Schema(description = "The category as a code of the shared vocabulary", example = "category.customer.credit-checks")
            String categoryCode,
            @Schema(description = "The parameters of the code") Map<String, String> params) {

        public Erased {
            params = params == null ? Map.of() : Map.copyOf(params);
        }

        public Erased(String category, int count) {
            this(category, count, null, Map.of());
        }

        public static Erased of(DsrText category, int count) {
            return new Erased(category.english(), count, category.code(), category.params());
        }
    }

    /**
     * What was kept, why and until when. {@code category}, {@code reason} and {@code legalReference} are
     * the English wording, kept for older clients (deprecated for display: word the codes with
     * {@code params} instead, see {@link DsrCode}).
     */
    @Schema(name = "KeptItem")
    public record Kept(String category, int count, String reason,
            @Schema(example = "Accounting Act 1336/1997 ch. 2 §10") String legalReference,
            LocalDate until,
            @Schema(example = "category.customer.rent-ledger") String categoryCode,
            @Schema(example = "kept.legal-obligation.accounting-act") String reasonCode,
            @Schema(example = "ref.accounting-act") String legalReferenceCode,
            @Schema(description = "The parameters of the codes") Map<String, String> params) {

        public Kept {
            params = params == null ? Map.of() : Map.copyOf(params);
        }

        public Kept(String category, int count, String reason, String legalReference, LocalDate until) {
            this(category, count, reason, legalReference, until, null, null, null, Map.of());
        }

        public static Kept of(DsrText category, int count, DsrText reason, DsrText legalReference, LocalDate until) {
            Map<String, String> params = new LinkedHashMap<>(category.params());
            params.putAll(reason.params());
            params.putAll(legalReference.params());
            return new Kept(category.english(), count, reason.english(), legalReference.english(), until, category.code(),
                    reason.code(), legalReference.code(), params);
        }
    }
}
