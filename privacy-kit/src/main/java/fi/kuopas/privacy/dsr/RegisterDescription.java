package fi.kuopas.privacy.dsr;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A register's description: the Art 13/14 notice and the Art 30(1) record, with the classic
 * Finnish rekisteriseloste headings (docs/domain-rules.md). Versioned; Finnish is the legal original.
 */
@Schema(name = "RegisterDescription")
public record RegisterDescription(
        String register,
        @Schema(example = "fi") String language,
        @Schema(example = "2026-11-01") String version,
        String name,
        Controller controller,
        String contactPerson,
        String dpoContact,
        List<String> subjectCategories,
        List<Purpose> purposes,
        List<DataCategory> dataCategories,
        List<Source> sources,
        List<Recipient> recipients,
        List<Transfer> transfers,
        List<Retention> retention,
        String automatedDecisionMaking,
        String securitySummary,
        String rights,
        String complaintAuthority) {

    @Schema(name = "Controller")
    public record Controller(String name, @Schema(example = "1234567-1") String businessId, String address,
            String email, String phone) {
    }

    @Schema(name = "RegisterPurpose")
    public record Purpose(String code, String text, @Schema(example = "6(1)(b)") String legalBasis,
            String legitimateInterest, String requirement) {
    }

    @Schema(name = "DataCategory")
    public record DataCategory(String name, List<String> fields, boolean specialCategory, List<String> sources) {
    }

    @Schema(name = "RegisterSource")
    public record Source(String name, boolean publiclyAccessible) {
    }

    @Schema(name = "RegisterRecipient")
    public record Recipient(String name, @Schema(enumeration = {"processor", "controller", "authority"}) String role,
            String country, String purpose) {
    }

    @Schema(name = "Transfer")
    public record Transfer(String recipient, String country, String mechanism, String safeguardReference,
            String transferImpactAssessment) {
    }

    @Schema(name = "Retention")
    public record Retention(String category, String period, String trigger, String legalReference) {
    }
}
