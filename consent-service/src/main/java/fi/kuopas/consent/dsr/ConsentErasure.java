package fi.kuopas.consent.dsr;

import fi.kuopas.privacy.dsr.SubjectRegisterParts;
import fi.kuopas.consent.config.ConsentConfig;
import fi.kuopas.consent.domain.ConsentRecord;
import fi.kuopas.consent.domain.ConsentState;
import fi.kuopas.consent.domain.Purpose;
import fi.kuopas.consent.dsr.ConsentSubjectLookup.SubjectConsents;
import fi.kuopas.consent.service.ConsentService;
import fi.kuopas.privacy.audit.AuditAction;
import fi.kuopas.privacy.audit.AuditLog;
import fi.kuopas.privacy.dsr.DsrCode;
import fi.kuopas.privacy.dsr.DsrText;
import fi.kuopas.privacy.dsr.ErasureReport;
import fi.kuopas.privacy.dsr.SubjectRef;
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
import java.util.List;
import java.util.UUID;

/**
 * Art 17 erasure of the subject's consents: consents in force are withdrawn and the evidence details
 * erased; a minimal proof of each consent and the objections are kept for legal claims.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ConsentErasure implements SubjectRegisterParts.Erasure {

    private final ConsentSubjectLookup lookup;
    private final AuditLog audit;
    private final Outbox outbox;
    private final ConsentService consents;
    private final EntityManager em;
    /**
     * Proof of consent is kept for the general limitation period of claims (Act 728/2003 §4: 3 years;
     * kuopas.consent.retention.proof-years, which the register description also shows).
     */
    private final int proofYears;

    public ConsentErasure(ConsentSubjectLookup lookup, AuditLog audit, Outbox outbox, ConsentService consents,
            EntityManager em, ConsentConfig config) {
        this.lookup = lookup;
        this.audit = audit;
        this.outbox = outbox;
        this.consents = consents;
        this.em = em;
        this.proofYears = config.retention().proofYears();
    }

    /** Erases (or previews) the included records only; possible matches are neither erased nor counted. */
    @Override
    public ErasureReport erase(UUID caseId, SubjectRef subject, boolean dryRun) {
        SubjectConsents s = lookup.match(subject);
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
        return new ErasureReport(ConsentSubjectLookup.REGISTER, dryRun, erased, kept, s.possibleMatches());
    }
}
