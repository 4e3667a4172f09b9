package fi.kuopas.consent.dsr;

import fi.kuopas.consent.config.ConsentConfig;
import fi.kuopas.consent.domain.ConsentRecord;
import fi.kuopas.consent.domain.ConsentState;
import fi.kuopas.consent.domain.Objection;
import fi.kuopas.consent.domain.Purpose;
import fi.kuopas.consent.service.ConsentService;
import fi.kuopas.privacy.audit.AuditAction;
import fi.kuopas.privacy.audit.AuditEntry;
import fi.kuopas.privacy.audit.AuditLog;
import fi.kuopas.privacy.dsr.DsrCode;
import fi.kuopas.privacy.dsr.DsrText;
import fi.kuopas.privacy.dsr.AccessReport;
import fi.kuopas.privacy.dsr.DsrOutcome;
import fi.kuopas.privacy.dsr.ErasureReport;
import fi.kuopas.privacy.dsr.PossibleMatch;
import fi.kuopas.privacy.dsr.RestrictionCall;
import fi.kuopas.privacy.dsr.SubjectLookup;
import fi.kuopas.privacy.dsr.SubjectMatcher;
import fi.kuopas.privacy.dsr.SubjectRef;
import fi.kuopas.privacy.events.ConsentEvent;
import fi.kuopas.privacy.events.ConsentEventData;
import fi.kuopas.privacy.outbox.Outbox;
import fi.kuopas.privacy.restriction.Restrictions;
import fi.kuopas.privacy.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** What consent-service holds about a subject, as the SPI reports, erases and restricts it. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ConsentSubjectData {

    static final String REGISTER = "consent";
    /** Record kinds a possible match names (a current state is shown as the consent record it derives from). */
    static final String CONSENT = "consent record";
    static final String OBJECTION = "objection";

    private final AuditLog audit;
    private final Outbox outbox;
    private final ConsentService consents;
    private final EntityManager em;
    private final Restrictions restrictions;
    private final Caller caller;
    /**
     * Proof of consent is kept for the general limitation period of claims (Act 728/2003 §4: 3 years;
     * kuopas.consent.retention.proof-years, which the register description also shows).
     */
    private final int proofYears;

    public ConsentSubjectData(AuditLog audit, Outbox outbox, ConsentService consents, EntityManager em,
            ConsentConfig config, Restrictions restrictions, Caller caller) {
        this.audit = audit;
        this.restrictions = restrictions;
        this.caller = caller;
        this.outbox = outbox;
        this.consents = consents;
        this.em = em;
        this.proofYears = config.retention().proofYears();
    }

    /**
     * What consent-service holds about the subject, decided once per SPI call by {@link SubjectMatcher}:
     * consent records, current states and objections found by any of the subject's keys are the
     * candidates, each grouped by the one key it is filed under; only the groups a verified key
     * identifies are included. The rest are possible matches with a hint that names a purpose and a
     * year, never personal data.
     */
    public record SubjectConsents(List<ConsentRecord> records, List<ConsentState> states, List<Objection> objections,
            Set<String> keys, List<PossibleMatch> possibleMatches) {

        public boolean found() {
            return !records.isEmpty() || !objections.isEmpty();
        }
    }

    public SubjectConsents match(SubjectRef subject) {
        Set<String> all = subject.all();
        List<SubjectMatcher.Candidate<Object>> candidates = new ArrayList<>();
        if (!all.isEmpty()) {
            ConsentRecord.<ConsentRecord>list("subjectKey in ?1 ORDER BY occurredAt, id", all).forEach(r -> candidates.add(
                    new SubjectMatcher.Candidate<>(r, r.subjectKey, List.of(r.subjectKey), CONSENT, hint(r.purposeCode, r.occurredAt))));
            ConsentState.<ConsentState>list("id.subjectKey in ?1 ORDER BY id.purposeCode", all).forEach(st -> candidates.add(
                    new SubjectMatcher.Candidate<>(st, st.id.subjectKey(), List.of(st.id.subjectKey()), CONSENT,
                            hint(st.id.purposeCode(), st.since))));
            Objection.<Objection>list("subjectKey in ?1 ORDER BY recordedAt, id", all).forEach(o -> candidates.add(
                    new SubjectMatcher.Candidate<>(o, o.subjectKey, List.of(o.subjectKey), OBJECTION,
                            hint(o.purposeCode != null ? o.purposeCode : o.scope.name().toLowerCase(Locale.ROOT).replace('_', '-'),
                                    o.recordedAt))));
        }
        SubjectMatcher.Result<Object> result = SubjectMatcher.match(REGISTER, subject, candidates);
        List<ConsentRecord> records = new ArrayList<>();
        List<ConsentState> states = new ArrayList<>();
        List<Objection> objections = new ArrayList<>();
        for (Object o : result.included()) {
            if (o instanceof ConsentRecord r) {
                records.add(r);
            } else if (o instanceof ConsentState st) {
                states.add(st);
            } else if (o instanceof Objection ob) {
                objections.add(ob);
            }
        }
        return new SubjectConsents(List.copyOf(records), List.copyOf(states), List.copyOf(objections),
                result.includedKeys(), result.possibleMatches());
    }

    /** "marketing-email, 2026": the purpose and the year, enough for the DPO to ask the right question. */
    private static String hint(String purposeCode, Instant at) {
        return purposeCode + (at == null ? "" : ", " + at.atZone(ZoneOffset.UTC).getYear());
    }

    public SubjectLookup lookup(SubjectConsents s) {
        List<String> categories = new ArrayList<>();
        if (!s.records().isEmpty()) {
            categories.add("consents");
        }
        if (!s.objections().isEmpty()) {
            categories.add("objections");
        }
        return new SubjectLookup(REGISTER, s.found(), s.records().size() + s.objections().size(), categories,
                s.possibleMatches());
    }

    /** The Art 15 answer on the included records only; the access log only by the keys they are filed under. */
    public AccessReport access(UUID caseId, SubjectConsents s) {
        List<AccessReport.AccessLogLine> log = s.keys().isEmpty() ? List.of()
                : AuditEntry.<AuditEntry>list("subjectKey in ?1 ORDER BY id", s.keys()).stream()
                        .map(e -> new AccessReport.AccessLogLine(e.occurredAt, e.actorRoles, e.action, e.recordType, e.purpose))
                        .toList();
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
                                + "(proof for legal claims)", false, s.records().stream().map(ConsentSubjectData::consentRow).toList()),
                category("Objections", "Honouring objections to direct marketing and legitimate-interest processing (Art 21)",
                        "GDPR Art 6(1)(c) with Art 21", List.of("The data subject"), List.of("Kuopas registers (internal)"),
                        "Permanently for direct-marketing suppression; otherwise " + proofYears + " years", false,
                        s.objections().stream().map(ConsentSubjectData::objectionRow).toList()));
        return new AccessReport(REGISTER, s.found(), categories, log, Instant.now(), s.possibleMatches());
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

    /** Erases (or previews) the included records only; possible matches are neither erased nor counted. */
    public ErasureReport erase(UUID caseId, SubjectConsents s, boolean dryRun) {
        List<ConsentState> active = s.states().stream().filter(st -> st.state == ConsentRecord.Action.GRANTED).toList();
        List<ConsentRecord> records = s.records().stream().filter(r -> !r.erased).toList();
        int objections = s.objections().size();
        LocalDate until = LocalDate.now(ZoneOffset.UTC).plusYears(proofYears);
        List<ErasureReport.Erased> erased = List.of(
                ErasureReport.Erased.of(DsrText.of(DsrCode.CATEGORY_CONSENT_IN_FORCE), active.size()),
                ErasureReport.Erased.of(DsrText.of(DsrCode.CATEGORY_CONSENT_EVIDENCE), records.size()));
        List<ErasureReport.Kept> kept = new ArrayList<>();
        if (!records.isEmpty()) {
            kept.add(ErasureReport.Kept.of(DsrText.of(DsrCode.CATEGORY_CONSENT_PROOF), records.size(),
                    DsrText.of(DsrCode.KEPT_CONSENT_PROOF), DsrText.of(DsrCode.REF_LIMITATION_OF_DEBTS_4), until));
        }
        if (objections > 0) {
            kept.add(ErasureReport.Kept.of(DsrText.of(DsrCode.CATEGORY_CONSENT_OBJECTIONS), objections,
                    DsrText.of(DsrCode.KEPT_OBJECTION), DsrText.of(DsrCode.REF_OBJECTION_KEPT), null));
        }
        if (!dryRun && !s.keys().isEmpty()) {
            for (ConsentState st : active) {
                consents.withdrawInternal(st.id.subjectKey(), Purpose.findById(st.id.purposeCode()), "ERASURE", null);
            }
            ConsentRecord.update("formId = null, userAgent = null, ipTruncated = null, erased = true where subjectKey in ?1",
                    s.keys());
            for (String key : s.keys()) {
                em.createNativeQuery("INSERT INTO erasure_hold (subject_key, reason, legal_reference, until_date, case_id) "
                        + "VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT DO NOTHING")
                        .setParameter(1, key).setParameter(2, "minimal proof of consent for legal claims")
                        .setParameter(3, "Art 17(3)(e); Act 728/2003 §4").setParameter(4, until).setParameter(5, caseId)
                        .executeUpdate();
                outbox.publish(ConsentEvent.of(ConsentEvent.ERASED, "/kuopas/consent-service", key,
                        new ConsentEventData(null, "consent", null, null, null, Instant.now())));
                audit.record(AuditAction.DELETE, key, "consent", caseId.toString(), "Art 17 erasure");
            }
        }
        return new ErasureReport(REGISTER, dryRun, erased, kept, s.possibleMatches());
    }

    /** Restricts (or lifts) processing under the included keys only. */
    public DsrOutcome restrict(UUID caseId, SubjectConsents s, RestrictionCall.Action action) {
        for (String key : s.keys()) {
            restrictions.apply(key, action, caseId, caller.name());
            audit.record(AuditAction.RESTRICT, key, "consent", caseId.toString(), "Art 18 restriction " + action);
        }
        List<DsrText> applied = s.keys().isEmpty() ? List.of() : List.of(DsrText.of(action == RestrictionCall.Action.SET
                ? DsrCode.APPLIED_CONSENT_RESTRICTION_SET : DsrCode.APPLIED_CONSENT_RESTRICTION_LIFTED));
        return DsrOutcome.coded(REGISTER, !s.keys().isEmpty(), applied, List.of(), List.of(), s.possibleMatches());
    }

    private static Map<String, Object> consentRow(ConsentRecord r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("purpose", r.purposeCode);
        m.put("action", r.action.name());
        m.put("noticeVersion", r.noticeVersion);
        m.put("noticeHash", r.noticeHash);
        m.put("language", r.language);
        m.put("channel", r.channel);
        m.put("formId", r.formId);
        m.put("userAgent", r.userAgent);
        m.put("ipTruncated", r.ipTruncated);
        m.put("collectedBy", r.collectedBy);
        m.put("expiresAt", r.expiresAt);
        m.put("occurredAt", r.occurredAt);
        return m;
    }

    private static Map<String, Object> objectionRow(Objection o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("scope", o.scope.name());
        m.put("purpose", o.purposeCode);
        m.put("decision", o.decision.name());
        m.put("grounds", o.grounds);
        m.put("decisionReason", o.decisionReason);
        m.put("recordedAt", o.recordedAt);
        return m;
    }
}
