package fi.kuopas.privacy.dsr;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One register's part of an Art 15 answer. */
@Schema(name = "AccessReport")
public record AccessReport(
        String register,
        boolean subjectFound,
        List<Category> categories,
        List<AccessLogLine> accessLog,
        Instant producedAt,
        @Schema(description = "Records found only through unproved identifiers: not in this report, for the DPO to decide")
        List<PossibleMatch> possibleMatches) {

    public AccessReport {
        possibleMatches = possibleMatches == null ? List.of() : List.copyOf(possibleMatches);
    }

    public AccessReport(String register, boolean subjectFound, List<Category> categories, List<AccessLogLine> accessLog,
            Instant producedAt) {
        this(register, subjectFound, categories, accessLog, producedAt, List.of());
    }

    public AccessReport withPossibleMatches(List<PossibleMatch> matches) {
        return new AccessReport(register, subjectFound, categories, accessLog, producedAt, matches);
    }

    /** One data category with its purpose, basis, source, recipients, retention and the records themselves. */
    @Schema(name = "AccessCategory")
    public record Category(
            String name,
            String purpose,
            @Schema(example = "GDPR Art 6(1)(b)") String legalBasis,
            List<String> sources,
            List<String> recipients,
            String retention,
            @Schema(description = "Whether Art 20 portability applies (consent or contract, automated)") boolean portable,
            List<Map<String, Object>> records) {
    }

    /**
     * When and why the subject's data was consulted (C-579/21): roles, never staff names. Repeated
     * lines may be grouped: {@code count} lines from {@code at} to {@code lastAt}. {@code recordType} and
     * {@code purpose} are the registers' own (English) words, kept for older clients (deprecated for
     * display); {@code recordTypeCode} and {@code purposeCode} are codes of the shared vocabulary
     * ({@link DsrCode}), null when the vocabulary has none for the words.
     */
    @Schema(name = "AccessLogLine")
    public record AccessLogLine(Instant at, String actorRoles, String action, String recordType, String purpose,
            @Schema(description = "How many identical lines this one stands for (1 when not grouped)") Integer count,
            @Schema(description = "The last of the grouped lines") Instant lastAt,
            @Schema(example = "record.person") String recordTypeCode,
            @Schema(example = "purpose.dsr-access") String purposeCode) {

        public AccessLogLine(Instant at, String actorRoles, String action, String recordType, String purpose) {
            this(at, actorRoles, action, recordType, purpose, 1, at);
        }

        /** A line with its codes looked up in the vocabulary. */
        public AccessLogLine(Instant at, String actorRoles, String action, String recordType, String purpose, Integer count,
                Instant lastAt) {
            this(at, actorRoles, action, recordType, purpose, count, lastAt, DsrCode.recordType(recordType),
                    DsrCode.purpose(purpose));
        }
    }
}
