package fi.kuopas.consent.dsr;

import fi.kuopas.consent.domain.Objection;
import fi.kuopas.consent.domain.Purpose;
import fi.kuopas.consent.dsr.ConsentSubjectData.SubjectConsents;
import fi.kuopas.consent.service.ObjectionService;
import fi.kuopas.privacy.dsr.DsrCode;
import fi.kuopas.privacy.dsr.DsrText;
import fi.kuopas.privacy.dsr.AccessReport;
import fi.kuopas.privacy.dsr.DsrOutcome;
import fi.kuopas.privacy.dsr.ErasureReport;
import fi.kuopas.privacy.dsr.ObjectionCall;
import fi.kuopas.privacy.dsr.RectificationCall;
import fi.kuopas.privacy.dsr.RestrictionCall;
import fi.kuopas.privacy.dsr.SubjectLookup;
import fi.kuopas.privacy.dsr.SubjectRef;
import fi.kuopas.privacy.dsr.SubjectRegister;
import fi.kuopas.privacy.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * consent-service's answers to the DSR SPI (served by the kit's DsrSpiResource). Every operation
 * decides the subject's records once with {@link ConsentSubjectData#match} (the kit's
 * {@code SubjectMatcher} rule), acts on those only, and reports the possible matches beside the answer.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ConsentRegister implements SubjectRegister {

    private final ConsentSubjectData data;
    private final ObjectionService objections;

    public ConsentRegister(ConsentSubjectData data, ObjectionService objections) {
        this.data = data;
        this.objections = objections;
    }

    @Override
    public SubjectLookup lookup(SubjectRef subject) {
        return data.lookup(data.match(subject));
    }

    @Override
    public AccessReport access(UUID caseId, SubjectRef subject) {
        return data.access(caseId, data.match(subject));
    }

    @Override
    public ErasureReport erase(UUID caseId, SubjectRef subject, boolean dryRun) {
        return data.erase(caseId, data.match(subject), dryRun);
    }

    @Override
    public DsrOutcome restrict(RestrictionCall call) {
        return data.restrict(call.caseId(), data.match(call.subject()), call.action());
    }

    /** Recorded under each key the subject's included records are filed under; never under a possible match's. */
    @Override
    public DsrOutcome object(ObjectionCall call) {
        SubjectConsents s = data.match(call.subject());
        List<DsrText> applied = new ArrayList<>();
        for (String key : s.keys()) {
            Objection.Scope scope = scopeOf(call.purpose());
            Objection o = objections.record(key, scope, call.purpose(),
                    scope == Objection.Scope.LEGITIMATE_INTEREST ? Objection.Decision.STOP : null,
                    call.grounds(), null, call.caseId());
            applied.add(DsrText.of(DsrCode.APPLIED_CONSENT_OBJECTION, "scope", String.valueOf(o.scope),
                    "decision", String.valueOf(o.decision)));
        }
        return DsrOutcome.coded(ConsentSubjectData.REGISTER, !applied.isEmpty(), applied, List.of(), List.of(),
                s.possibleMatches());
    }

    @Override
    public DsrOutcome rectify(RectificationCall call) {
        SubjectConsents s = data.match(call.subject());
        List<DsrText> refused = call.corrections().stream()
                .map(c -> DsrText.of(DsrCode.REFUSED_CONSENT_EVIDENCE, "field", c.field()))
                .toList();
        return DsrOutcome.coded(ConsentSubjectData.REGISTER, s.found(), List.of(), refused, List.of(), s.possibleMatches());
    }

    private static Objection.Scope scopeOf(String purposeCode) {
        if (purposeCode == null) {
            return Objection.Scope.DIRECT_MARKETING;
        }
        Purpose p = Purpose.findById(purposeCode);
        if (p == null) {
            throw ProblemException.unprocessable("unknown-purpose", "purpose " + purposeCode + " is not in the purpose catalogue");
        }
        return p.directMarketing ? Objection.Scope.DIRECT_MARKETING : Objection.Scope.LEGITIMATE_INTEREST;
    }
}
