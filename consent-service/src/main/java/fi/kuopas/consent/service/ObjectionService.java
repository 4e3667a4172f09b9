package fi.kuopas.consent.service;

import fi.kuopas.privacy.security.Caller;
import fi.kuopas.consent.domain.ConsentRecord;
import fi.kuopas.consent.domain.ConsentState;
import fi.kuopas.consent.domain.Objection;
import fi.kuopas.consent.domain.Purpose;
import fi.kuopas.privacy.audit.AuditAction;
import fi.kuopas.privacy.audit.AuditLog;
import fi.kuopas.privacy.events.ConsentEvent;
import fi.kuopas.privacy.events.ConsentEventData;
import fi.kuopas.privacy.outbox.Outbox;
import fi.kuopas.privacy.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Art 21 objections. To direct marketing the objection is absolute: every direct-marketing
 * consent is withdrawn and future ones are refused. To a legitimate-interest purpose processing
 * stops unless compelling legitimate grounds are recorded with their reason (Art 21(1)).
 */
@ApplicationScoped
public class ObjectionService {

    private final ConsentService consents;
    private final Outbox outbox;
    private final AuditLog audit;
    private final Caller actor;
    private final SubjectLinks links;

    public ObjectionService(ConsentService consents, Outbox outbox, AuditLog audit, Caller actor, SubjectLinks links) {
        this.links = links;
        this.consents = consents;
        this.outbox = outbox;
        this.audit = audit;
        this.actor = actor;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Objection record(String subjectKey, Objection.Scope scope, String purposeCode, Objection.Decision decision,
            String grounds, String decisionReason, UUID caseId) {
        Purpose purpose = null;
        if (purposeCode != null) {
            purpose = Purpose.findById(purposeCode);
            if (purpose == null) {
                throw ProblemException.unprocessable("unknown-purpose", "purpose " + purposeCode + " is not in the purpose catalogue");
            }
        }
        Objection.Decision effective = decide(scope, purpose, decision, decisionReason);
        Objection o = new Objection();
        o.id = UUID.randomUUID();
        o.subjectKey = subjectKey;
        o.purposeCode = purposeCode;
        o.scope = scope;
        o.decision = effective;
        o.grounds = grounds;
        o.decisionReason = decisionReason;
        o.recordedAt = Instant.now();
        o.recordedBy = actor.name();
        o.caseId = caseId;
        o.persist();
        if (scope == Objection.Scope.DIRECT_MARKETING) {
            withdrawDirectMarketing(subjectKey);
        }
        outbox.publish(ConsentEvent.of(ConsentEvent.OBJECTION_RECORDED, ConsentService.SOURCE, subjectKey,
                linkedKeys(subjectKey), new ConsentEventData(purposeCode, purpose == null ? null : purpose.register,
                        purpose == null ? null : purpose.legalBasis, null, scope == Objection.Scope.DIRECT_MARKETING
                                ? "DIRECT_MARKETING" : effective.name(), o.recordedAt)));
        audit.record(AuditAction.CREATE, subjectKey, "objection", o.id.toString(), "objection handling");
        return o;
    }

    private static Objection.Decision decide(Objection.Scope scope, Purpose purpose, Objection.Decision decision,
            String decisionReason) {
        if (scope == Objection.Scope.DIRECT_MARKETING) {
            if (purpose != null && !purpose.directMarketing) {
                throw ProblemException.unprocessable("not-direct-marketing", "purpose " + purpose.code + " is not direct marketing");
            }
            return Objection.Decision.SUPPRESS;
        }
        if (purpose == null) {
            throw ProblemException.badRequest("an objection to legitimate-interest processing names the purpose");
        }
        if (!purpose.legitimateInterest()) {
            throw ProblemException.unprocessable("not-legitimate-interest", "purpose " + purpose.code
                    + " is not processed on legitimate interest (" + purpose.legalBasis + "); Art 21(1) does not apply");
        }
        if (decision == null || decision == Objection.Decision.SUPPRESS) {
            throw ProblemException.badRequest("decision must be STOP or COMPELLING_GROUNDS");
        }
        if (decision == Objection.Decision.COMPELLING_GROUNDS && (decisionReason == null || decisionReason.strip().length() < 20)) {
            throw ProblemException.badRequest("compelling legitimate grounds need a recorded reason of at least 20 characters");
        }
        return decision;
    }

    /**
     * Every direct-marketing consent of the subject ends: those filed under the key objected with
     * and those filed under another key of the same person that this key is linked to.
     */
    private void withdrawDirectMarketing(String subjectKey) {
        List<ConsentState> active = ConsentState.list("id.subjectKey in ?1 and state = ?2",
                links.filedKeys(Set.of(subjectKey)), ConsentRecord.Action.GRANTED);
        for (ConsentState s : active) {
            Purpose p = Purpose.findById(s.id.purposeCode());
            if (p.directMarketing) {
                consents.withdrawInternal(s.id.subjectKey(), p, "OBJECTION", null);
            }
        }
    }

    /** The key objected with, every consent key it is linked to, and their linked keys. */
    private List<String> linkedKeys(String subjectKey) {
        Set<String> all = new LinkedHashSet<>();
        all.add(subjectKey);
        for (String filed : links.filedKeys(Set.of(subjectKey))) {
            all.addAll(links.keysOf(filed));
        }
        return List.copyOf(all);
    }
}
