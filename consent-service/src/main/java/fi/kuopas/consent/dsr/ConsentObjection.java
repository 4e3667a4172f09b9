package fi.kuopas.consent.dsr;

import fi.kuopas.privacy.dsr.SubjectRegisterParts;
import fi.kuopas.consent.domain.Objection;
import fi.kuopas.consent.domain.Purpose;
import fi.kuopas.consent.dsr.ConsentSubjectLookup.SubjectConsents;
import fi.kuopas.consent.service.ObjectionService;
import fi.kuopas.privacy.dsr.DsrCode;
import fi.kuopas.privacy.dsr.DsrOutcome;
import fi.kuopas.privacy.dsr.DsrText;
import fi.kuopas.privacy.dsr.ObjectionCall;
import fi.kuopas.privacy.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;

/**
 * Art 21 objection, recorded through {@link ObjectionService}: to direct marketing it stops the
 * purpose for good; to a legitimate-interest purpose it is recorded with the decision STOP.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ConsentObjection implements SubjectRegisterParts.Objection {

    private final ConsentSubjectLookup lookup;
    private final ObjectionService objections;

    public ConsentObjection(ConsentSubjectLookup lookup, ObjectionService objections) {
        this.lookup = lookup;
        this.objections = objections;
    }

    /** Recorded under each key the subject's included records are filed under; never under a possible match's. */
    @Override
    public DsrOutcome object(ObjectionCall call) {
        SubjectConsents s = lookup.match(call.subject());
        List<DsrText> applied = new ArrayList<>();
        for (String key : s.keys()) {
            Objection.Scope scope = scopeOf(call.purpose());
            Objection o = objections.record(key, scope, call.purpose(),
                    scope == Objection.Scope.LEGITIMATE_INTEREST ? Objection.Decision.STOP : null,
                    call.grounds(), null, call.caseId());
            applied.add(DsrText.of(DsrCode.APPLIED_CONSENT_OBJECTION, "scope", String.valueOf(o.scope),
                    "decision", String.valueOf(o.decision)));
        }
        return DsrOutcome.coded(ConsentSubjectLookup.REGISTER, !applied.isEmpty(), applied, List.of(), List.of(),
                s.possibleMatches());
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
