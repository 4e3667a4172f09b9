package fi.kuopas.consent.dsr;

import fi.kuopas.consent.domain.Objection;
import fi.kuopas.consent.domain.Purpose;
import fi.kuopas.consent.service.ObjectionService;
import fi.kuopas.privacy.dsr.AccessReport;
import fi.kuopas.privacy.dsr.DataSubjectRequestSpi;
import fi.kuopas.privacy.dsr.DsrCall;
import fi.kuopas.privacy.dsr.DsrCallLog;
import fi.kuopas.privacy.dsr.DsrOutcome;
import fi.kuopas.privacy.dsr.ErasureReport;
import fi.kuopas.privacy.dsr.ObjectionCall;
import fi.kuopas.privacy.dsr.RectificationCall;
import fi.kuopas.privacy.dsr.RegisterDescription;
import fi.kuopas.privacy.dsr.RegisterDescriptions;
import fi.kuopas.privacy.dsr.RestrictionCall;
import fi.kuopas.privacy.dsr.SubjectLookup;
import fi.kuopas.privacy.problem.ProblemException;
import fi.kuopas.privacy.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;

/** consent-service's side of the DSR SPI, called by the gateway with its service-account token. */
@RolesAllowed(Roles.DSR_GATEWAY)
public class ConsentDsrResource implements DataSubjectRequestSpi {

    private final ConsentSubjectData data;
    private final ObjectionService objections;
    private final DsrCallLog calls;
    private final RegisterDescriptions descriptions;

    public ConsentDsrResource(ConsentSubjectData data, ObjectionService objections, DsrCallLog calls,
            RegisterDescriptions descriptions) {
        this.data = data;
        this.objections = objections;
        this.calls = calls;
        this.descriptions = descriptions;
    }

    @Override
    @Transactional
    public SubjectLookup lookup(DsrCall call) {
        return data.lookup(call.subject().keys());
    }

    @Override
    @Transactional
    public AccessReport access(DsrCall call) {
        return data.access(call.caseId(), call.subject().keys());
    }

    @Override
    @Transactional
    public ErasureReport erase(DsrCall call, boolean dryRun) {
        if (dryRun) {
            return data.erase(call.caseId(), call.subject().keys(), true);
        }
        return calls.once(call.caseId(), "erasure", ErasureReport.class,
                () -> data.erase(call.caseId(), call.subject().keys(), false));
    }

    @Override
    @Transactional
    public DsrOutcome restrict(RestrictionCall call) {
        return calls.once(call.caseId(), "restriction-" + call.action(), DsrOutcome.class,
                () -> data.restrict(call.caseId(), call.subject().keys(), call.action()));
    }

    @Override
    @Transactional
    public DsrOutcome object(ObjectionCall call) {
        return calls.once(call.caseId(), "objection", DsrOutcome.class, () -> {
            List<String> applied = new ArrayList<>();
            for (String key : data.knownKeys(call.subject().keys())) {
                Objection.Scope scope = scopeOf(call.purpose());
                Objection o = objections.record(key, scope, call.purpose(),
                        scope == Objection.Scope.LEGITIMATE_INTEREST ? Objection.Decision.STOP : null,
                        call.grounds(), null, call.caseId());
                applied.add("objection " + o.scope + " recorded, decision " + o.decision);
            }
            return new DsrOutcome("consent", !applied.isEmpty(), applied, List.of(), List.of());
        });
    }

    @Override
    @Transactional
    public DsrOutcome rectify(RectificationCall call) {
        boolean found = !data.knownKeys(call.subject().keys()).isEmpty();
        List<String> refused = call.corrections().stream()
                .map(c -> c.field() + ": consent records are evidence of what was given and are not rewritten; "
                        + "a new consent or withdrawal is recorded instead")
                .toList();
        return new DsrOutcome("consent", found, List.of(), refused, List.of());
    }

    @Override
    public RegisterDescription describe(String lang) {
        return descriptions.get(lang);
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
