package fi.kuopas.gateway.service;

import fi.kuopas.gateway.domain.CaseStatus;
import fi.kuopas.gateway.domain.RequestType;
import fi.kuopas.gateway.service.CaseViews.ErasureApproval;
import fi.kuopas.gateway.service.CaseViews.MatchView;
import fi.kuopas.gateway.service.CaseViews.RecipientView;
import fi.kuopas.gateway.service.CaseViews.SubjectView;
import fi.kuopas.privacy.dsr.AccessReport;
import fi.kuopas.privacy.dsr.DsrOutcome;
import fi.kuopas.privacy.dsr.ErasureReport;
import fi.kuopas.privacy.dsr.RegisterDescription;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The result of a completed case, one part per register: never assembled while one is pending. ACCESS:
 * every register's Art 15 answer and, per register, the recipients by name (C-154/21) and the transfers
 * outside the EU/EEA with their safeguards (Art 15(1)(c), 15(2)); PORTABILITY: only data processed on
 * consent or contract by automated means; ERASURE: what each register erased and kept, and that a second
 * DPO approved it; RESTRICTION, OBJECTION, RECTIFICATION: what each register applied or refused. The
 * possible matches' data is in no part of it. The API's body ({@code CaseDtos.ReportView}) is copied from
 * it; the subject's document is rendered from it.
 */
public record CaseReport(
        UUID caseId,
        RequestType type,
        CaseStatus status,
        Instant receivedAt,
        Instant completedAt,
        String language,
        SubjectView subject,
        List<AccessReport> access,
        List<PortableRegister> portability,
        List<ErasureReport> erasure,
        List<DsrOutcome> outcomes,
        String rights,
        String complaintAuthority,
        String automatedDecisions,
        List<MatchView> possibleMatches,
        ErasureApproval erasureApproval,
        List<RecipientView> recipients,
        List<RegisterDisclosures> disclosures) {

    /** One register's recipients by name and its transfers outside the EU/EEA with their safeguards. */
    public record RegisterDisclosures(String register, List<RegisterDescription.Recipient> recipients,
            List<RegisterDescription.Transfer> transfers) {
    }

    /** One register's portable data (also the portability package's {@code registers}, {@link PortabilityPackage}). */
    public record PortableRegister(String register, List<PortableCategory> categories) {
    }

    public record PortableCategory(String name, String purpose, String legalBasis, List<Map<String, Object>> records) {
    }

    /** What every register would erase and keep; nothing has been erased yet. The possible matches are not part of it. */
    public record ErasurePreview(UUID caseId, CaseStatus status, List<ErasureReport> registers, List<MatchView> possibleMatches,
            ErasureApproval approval) {
    }
}
