package fi.kuopas.gateway.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import fi.kuopas.gateway.domain.CaseStatus;
import fi.kuopas.gateway.domain.RequestType;
import fi.kuopas.gateway.rest.CaseDtos.SubjectView;
import fi.kuopas.privacy.dsr.AccessReport;
import fi.kuopas.privacy.dsr.DsrOutcome;
import fi.kuopas.privacy.dsr.ErasureReport;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import fi.kuopas.gateway.rest.CaseDtos.ErasureApproval;
import fi.kuopas.gateway.rest.CaseDtos.MatchView;
import fi.kuopas.gateway.rest.CaseDtos.RecipientView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The result of a completed case, one part per register: never assembled while one is pending. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "CaseReport", description = "Access report (Art 15), portability package (Art 20), erasure report (Art 17) "
        + "or the outcome of a restriction, objection or rectification, per register")
public record CaseReport(
        UUID caseId,
        RequestType type,
        CaseStatus status,
        Instant receivedAt,
        Instant completedAt,
        @Schema(example = "fi") String language,
        SubjectView subject,
        @Schema(description = "ACCESS: every register's Art 15 answer") List<AccessReport> access,
        @Schema(description = "PORTABILITY: only data processed on consent or contract by automated means") List<PortableRegister> portability,
        @Schema(description = "ERASURE: what each register erased and what it kept, why and until when") List<ErasureReport> erasure,
        @Schema(description = "RESTRICTION, OBJECTION, RECTIFICATION: what each register applied or refused") List<DsrOutcome> outcomes,
        String rights,
        String complaintAuthority,
        String automatedDecisions,
        @Schema(description = "Records the registers found only through unproved identifiers, with the DPO's decisions; "
                + "their data is in no part of this report") List<MatchView> possibleMatches,
        @Schema(description = "ERASURE: that a second DPO approved the execution, and when") ErasureApproval erasureApproval,
        @Schema(description = "Art 19: the recipients the subject's data was disclosed to, told of the change") List<RecipientView> recipients,
        @Schema(description = "ACCESS: per register, the recipients by name (C-154/21) and every transfer outside the EU/EEA "
                + "with its safeguard (Art 15(1)(c), 15(2))") List<RegisterDisclosures> disclosures) {

    @Schema(name = "RegisterDisclosures")
    public record RegisterDisclosures(String register, List<fi.kuopas.privacy.dsr.RegisterDescription.Recipient> recipients,
            List<fi.kuopas.privacy.dsr.RegisterDescription.Transfer> transfers) {
    }

    @Schema(name = "PortableRegister")
    public record PortableRegister(String register, List<PortableCategory> categories) {
    }

    @Schema(name = "PortableCategory")
    public record PortableCategory(String name, String purpose, @Schema(example = "GDPR Art 6(1)(b)") String legalBasis,
            List<Map<String, Object>> records) {
    }

    @Schema(name = "ErasurePreview", description = "What every register would erase and keep; nothing has been erased yet")
    public record ErasurePreview(UUID caseId, CaseStatus status, List<ErasureReport> registers,
            @Schema(description = "Records found only through unproved identifiers: not part of the erasure") List<MatchView> possibleMatches,
            ErasureApproval approval) {
    }
}
