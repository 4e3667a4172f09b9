package fi.kuopas.consent.dsr;

import fi.kuopas.consent.domain.ConsentRecord;
import fi.kuopas.consent.domain.ConsentState;
import fi.kuopas.consent.domain.Objection;
import fi.kuopas.consent.domain.Purpose;
import fi.kuopas.consent.service.ConsentService;
import fi.kuopas.privacy.audit.AuditAction;
import fi.kuopas.privacy.audit.AuditEntry;
import fi.kuopas.privacy.audit.AuditLog;
import fi.kuopas.privacy.dsr.AccessReport;
import fi.kuopas.privacy.dsr.DsrOutcome;
import fi.kuopas.privacy.dsr.ErasureReport;
import fi.kuopas.privacy.dsr.RestrictionCall;
import fi.kuopas.privacy.dsr.SubjectLookup;
import fi.kuopas.privacy.events.ConsentEvent;
import fi.kuopas.privacy.events.ConsentEventData;
import fi.kuopas.privacy.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/** What consent-service holds about a subject, as the SPI reports, erases and restricts it. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ConsentSubjectData {

    /** Proof of consent is kept for the general limitation period of claims (Act 728/2003 §4: 3 years). */
    static final int PROOF_YEARS = 3;
    private static final String RETENTION = "While the consent is in force and 3 years after withdrawal (proof for legal claims)";

    private final AuditLog audit;
    private final Outbox outbox;
    private final ConsentService consents;
    private final EntityManager em;

    public ConsentSubjectData(AuditLog audit, Outbox outbox, ConsentService consents, EntityManager em) {
        this.audit = audit;
        this.outbox = outbox;
        this.consents = consents;
        this.em = em;
    }

    public List<String> knownKeys(Set<String> keys) {
        return Stream.concat(
                ConsentRecord.<ConsentRecord>list("subjectKey in ?1", keys).stream().map(r -> r.subjectKey),
                Objection.<Objection>list("subjectKey in ?1", keys).stream().map(o -> o.subjectKey))
                .distinct().toList();
    }

    public SubjectLookup lookup(Set<String> keys) {
        long records = ConsentRecord.count("subjectKey in ?1", keys);
        long objections = Objection.count("subjectKey in ?1", keys);
        List<String> categories = new ArrayList<>();
        if (records > 0) {
            categories.add("consents");
        }
        if (objections > 0) {
            categories.add("objections");
        }
        return new SubjectLookup("consent", records + objections > 0, (int) (records + objections), categories);
    }

    public AccessReport access(UUID caseId, Set<String> keys) {
        List<ConsentRecord> records = ConsentRecord.list("subjectKey in ?1 ORDER BY occurredAt", keys);
        List<Objection> objections = Objection.list("subjectKey in ?1 ORDER BY recordedAt", keys);
        List<AccessReport.AccessLogLine> log = AuditEntry.<AuditEntry>list("subjectKey in ?1 ORDER BY id", keys).stream()
                .map(e -> new AccessReport.AccessLogLine(e.occurredAt, e.actorRoles, e.action, e.recordType, e.purpose))
                .toList();
        knownKeys(keys).forEach(k -> audit.record(AuditAction.DSR, k, "consent", caseId.toString(), "Art 15 access request"));
        List<AccessReport.Category> categories = List.of(
                new AccessReport.Category("Consents and withdrawals", "Proving consents given and withdrawn (Art 7(1))",
                        "GDPR Art 6(1)(c) with Art 7(1)", List.of("The data subject"), List.of("Kuopas registers (internal)"),
                        RETENTION, true, records.stream().map(ConsentSubjectData::consentRow).toList()),
                new AccessReport.Category("Objections", "Honouring objections to direct marketing and legitimate-interest processing (Art 21)",
                        "GDPR Art 6(1)(c) with Art 21", List.of("The data subject"), List.of("Kuopas registers (internal)"),
                        "Permanently for direct-marketing suppression; otherwise 3 years", false,
                        objections.stream().map(ConsentSubjectData::objectionRow).toList()));
        return new AccessReport("consent", !records.isEmpty() || !objections.isEmpty(), categories, log, Instant.now());
    }

    public ErasureReport erase(UUID caseId, Set<String> keys, boolean dryRun) {
        List<ConsentState> active = ConsentState.list("id.subjectKey in ?1 and state = ?2", keys, ConsentRecord.Action.GRANTED);
        List<ConsentRecord> records = ConsentRecord.list("subjectKey in ?1 and erased = false", keys);
        long objections = Objection.count("subjectKey in ?1", keys);
        LocalDate until = LocalDate.now(ZoneOffset.UTC).plusYears(PROOF_YEARS);
        List<ErasureReport.Erased> erased = List.of(
                new ErasureReport.Erased("consents in force (withdrawn)", active.size()),
                new ErasureReport.Erased("consent evidence details (form, user agent, IP)", records.size()));
        List<ErasureReport.Kept> kept = new ArrayList<>();
        if (!records.isEmpty()) {
            kept.add(new ErasureReport.Kept("minimal proof of consent (purpose, notice version, time)", records.size(),
                    "needed to defend legal claims about the processing (Art 17(3)(e))",
                    "Limitation of Debts Act 728/2003 §4", until));
        }
        if (objections > 0) {
            kept.add(new ErasureReport.Kept("objections", (int) objections,
                    "keeping the objection is what stops processing and marketing from starting again (Art 21(3))",
                    "GDPR Art 17(3)(b), Art 21(3)", null));
        }
        if (!dryRun) {
            for (ConsentState s : active) {
                consents.withdrawInternal(s.id.subjectKey(), Purpose.findById(s.id.purposeCode()), "ERASURE", null);
            }
            ConsentRecord.update("formId = null, userAgent = null, ipTruncated = null, erased = true where subjectKey in ?1", keys);
            for (String key : knownKeys(keys)) {
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
        return new ErasureReport("consent", dryRun, erased, kept);
    }

    public DsrOutcome restrict(UUID caseId, Set<String> keys, RestrictionCall.Action action) {
        List<String> known = knownKeys(keys);
        for (String key : known) {
            if (action == RestrictionCall.Action.SET) {
                em.createNativeQuery("INSERT INTO restriction (subject_key, case_id, since) VALUES (?1, ?2, ?3) ON CONFLICT DO NOTHING")
                        .setParameter(1, key).setParameter(2, caseId).setParameter(3, Instant.now()).executeUpdate();
            } else {
                em.createNativeQuery("DELETE FROM restriction WHERE subject_key = ?1").setParameter(1, key).executeUpdate();
            }
            audit.record(AuditAction.RESTRICT, key, "consent", caseId.toString(), "Art 18 restriction " + action);
        }
        List<String> applied = known.isEmpty() ? List.of() : List.of("restriction " + action + " on consent records");
        return new DsrOutcome("consent", !known.isEmpty(), applied, List.of(), List.of());
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
