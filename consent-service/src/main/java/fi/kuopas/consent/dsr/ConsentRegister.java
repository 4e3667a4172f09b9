package fi.kuopas.consent.dsr;

import fi.kuopas.consent.domain.Objection;
import fi.kuopas.consent.domain.Purpose;
import fi.kuopas.consent.service.ObjectionService;
import fi.kuopas.privacy.dsr.AccessReport;
import fi.kuopas.privacy.dsr.DsrOutcome;
import fi.kuopas.privacy.dsr.ErasureReport;
import fi.kuopas.privacy.dsr.ObjectionCall;
import fi.kuopas.privacy.dsr.RectificationCall;
import fi.kuopas.privacy.dsr.RestrictionCall;
import fi.kuopas.privacy.dsr.SubjectLookup;
import fi.kuopas.privacy.dsr.SubjectRegister;
import fi.kuopas.privacy.dsr.SubjectRef;
import fi.kuopas.privacy.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** consent-service's answers to the DSR SPI (served by the kit's DsrSpiResource). */
@ApplicationScoped
public class ConsentRegister implements SubjectRegister {

    private final ConsentSubjectData data;
    private final ObjectionService objections;

    public ConsentRegister(ConsentSubjectData data, ObjectionService objections) {
        this.data = data;
        this.objections = objections;
    }

    @Override
    public SubjectLookup lookup(SubjectRef subject) {
        return data.lookup(subject.verified());
    }

    @Override
    public AccessReport access(UUID caseId, SubjectRef subject) {
        return data.access(caseId, subject.verified());
    }

    @Override
    public ErasureReport erase(UUID caseId, SubjectRef subject, boolean dryRun) {
        return data.erase(caseId, subject.verified(), dryRun);
    }

    @Override
    public DsrOutcome restrict(RestrictionCall call) {
        return data.restrict(call.caseId(), call.subject().verified(), call.action());
    }

    @Override
    public DsrOutcome object(ObjectionCall call) {
        List<String> applied = new ArrayList<>();
        for (String key : data.knownKeys(call.subject().verified())) {
            Objection.Scope scope = scopeOf(call.purpose());
            Objection o = objections.record(key, scope, call.purpose(),
                    scope == Objection.Scope.LEGITIMATE_INTEREST ? Objection.Decision.STOP : null,
                    call.grounds(), null, call.caseId());
            applied.add("objection " + o.scope + " recorded, decision " + o.decision);
        }
        return new DsrOutcome("consent", !applied.isEmpty(), applied, List.of(), List.of());
    }

    @Override
    public DsrOutcome rectify(RectificationCall call) {
        boolean found = !data.knownKeys(call.subject().verified()).isEmpty();
        List<String> refused = call.corrections().stream()
                .map(c -> c.field() + ": consent records are evidence of what was given and are not rewritten; "
                        + "a new consent or withdrawal is recorded instead")
                .toList();
        return new DsrOutcome("consent", found, List.of(), refused, List.of());
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
