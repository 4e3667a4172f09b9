package fi.kuopas.stakeholder.dsr;

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
import fi.kuopas.privacy.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;

/** The stakeholder register's side of the DSR SPI, called by the gateway with its service-account token. */
@RolesAllowed(Roles.DSR_GATEWAY)
public class StakeholderDsrResource implements DataSubjectRequestSpi {

    private final StakeholderSubjectData data;
    private final StakeholderSubjectChanges changes;
    private final DsrCallLog calls;
    private final RegisterDescriptions descriptions;

    public StakeholderDsrResource(StakeholderSubjectData data, StakeholderSubjectChanges changes, DsrCallLog calls,
            RegisterDescriptions descriptions) {
        this.data = data;
        this.changes = changes;
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
                () -> changes.restrict(call.caseId(), call.subject().keys(), call.action()));
    }

    @Override
    @Transactional
    public DsrOutcome object(ObjectionCall call) {
        return calls.once(call.caseId(), "objection", DsrOutcome.class,
                () -> changes.object(call.caseId(), call.subject().keys(), call.purpose(), call.grounds()));
    }

    @Override
    @Transactional
    public DsrOutcome rectify(RectificationCall call) {
        return calls.once(call.caseId(), "rectification", DsrOutcome.class,
                () -> changes.rectify(call.caseId(), call.subject().keys(), call.corrections()));
    }

    @Override
    public RegisterDescription describe(String lang) {
        return descriptions.get(lang);
    }
}
