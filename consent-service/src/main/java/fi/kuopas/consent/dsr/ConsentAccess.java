package fi.kuopas.consent.dsr;

import fi.kuopas.privacy.dsr.SubjectRegisterParts;
import fi.kuopas.consent.config.ConsentConfig;
import fi.kuopas.consent.domain.ConsentRecord;
import fi.kuopas.consent.domain.Objection;
import fi.kuopas.consent.dsr.ConsentSubjectLookup.SubjectConsents;
import fi.kuopas.privacy.audit.AuditAction;
import fi.kuopas.privacy.audit.AuditLog;
import fi.kuopas.privacy.dsr.AccessReport;
import fi.kuopas.privacy.dsr.AccessReports;
import fi.kuopas.privacy.dsr.SubjectRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** consent-service's part of an Art 15 answer: the subject's consent records and objections. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ConsentAccess implements SubjectRegisterParts.Access {

    private final ConsentSubjectLookup lookup;
    private final AuditLog audit;
    /** How long proof of consent is kept (kuopas.consent.retention.proof-years), as the report states it. */
    private final int proofYears;

    public ConsentAccess(ConsentSubjectLookup lookup, AuditLog audit, ConsentConfig config) {
        this.lookup = lookup;
        this.audit = audit;
        this.proofYears = config.retention().proofYears();
    }

    /** The Art 15 answer on the included records only; the access log only by the keys they are filed under. */
    @Override
    public AccessReport access(UUID caseId, SubjectRef subject) {
        SubjectConsents s = lookup.match(subject);
        List<AccessReport.AccessLogLine> log = AccessReports.accessLog(s.keys());
        s.keys().forEach(k -> audit.record(AuditAction.DSR, k, "consent", caseId.toString(), "Art 15 access request"));
        // Not split into a portable and a non-portable part: no part of a consent record is processed on
        // consent or contract. Consent cannot be the basis for keeping the proof of consent (a refusal or
        // withdrawal is kept just the same); the records, the current states derived from them and the
        // evidence details all exist to meet Art 7(1), a legal obligation (6(1)(c)), as the register
        // description says. The data that is processed on the subject's consent (an email address for
        // marketing, say) lives in the register the purpose belongs to and is portable there.
        List<AccessReport.Category> categories = List.of(
                category("Consents and withdrawals", "Proving consents given and withdrawn (Art 7(1))",
                        "GDPR Art 6(1)(c) with Art 7(1)", List.of("The data subject"), List.of("Kuopas registers (internal)"),
                        "While the consent is in force and " + proofYears + " years after withdrawal, refusal or expiry "
                                + "(proof for legal claims)", false, s.records().stream().map(ConsentAccess::consentRow).toList()),
                category("Objections", "Honouring objections to direct marketing and legitimate-interest processing (Art 21)",
                        "GDPR Art 6(1)(c) with Art 21", List.of("The data subject"), List.of("Kuopas registers (internal)"),
                        "Permanently for direct-marketing suppression; otherwise " + proofYears + " years", false,
                        s.objections().stream().map(ConsentAccess::objectionRow).toList()));
        return new AccessReport(ConsentSubjectLookup.REGISTER, s.found(), categories, log, Instant.now(), s.possibleMatches());
    }

    /** Every category goes through here, so none on another legal basis than consent or contract is flagged portable. */
    private static AccessReport.Category category(String name, String purpose, String basis, List<String> sources,
            List<String> recipients, String retention, boolean portable, List<Map<String, Object>> records) {
        return new AccessReport.Category(name, purpose, basis, sources, recipients, retention, portable && portableBasis(basis),
                records);
    }

    /**
     * GDPR Art 20(1)(a): portability covers processing on consent, Art 6(1)(a) (9(2)(a) for special
     * categories), or on a contract, Art 6(1)(b), only.
     */
    static boolean portableBasis(String basis) {
        String b = basis == null ? "" : basis.replace(" ", "");
        return b.contains("6(1)(a)") || b.contains("6(1)(b)") || b.contains("9(2)(a)");
    }

    private static Map<String, Object> consentRow(ConsentRecord r) {
        return AccessReports.row("purpose", r.purposeCode, "action", r.action.name(), "noticeVersion", r.noticeVersion,
                "noticeHash", r.noticeHash, "language", r.language, "channel", r.channel, "formId", r.formId,
                "userAgent", r.userAgent, "ipTruncated", r.ipTruncated, "collectedBy", r.collectedBy,
                "expiresAt", r.expiresAt, "occurredAt", r.occurredAt);
    }

    private static Map<String, Object> objectionRow(Objection o) {
        return AccessReports.row("scope", o.scope.name(), "purpose", o.purposeCode, "decision", o.decision.name(),
                "grounds", o.grounds, "decisionReason", o.decisionReason, "recordedAt", o.recordedAt);
    }
}
