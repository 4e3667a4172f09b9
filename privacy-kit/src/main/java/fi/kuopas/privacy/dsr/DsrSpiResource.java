package fi.kuopas.privacy.dsr;

import fi.kuopas.privacy.security.Roles;
import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;

/**
 * The DSR SPI endpoint of every register: only the gateway's service account may call it, each
 * call runs in one transaction, and every changing call is answered once per case (a repeat gets
 * the stored answer). Dry runs and reads are never stored: they reflect the data at the time.
 */
@RolesAllowed(Roles.DSR_GATEWAY)
@IfBuildProperty(name = "kuopas.register-description.enabled", stringValue = "true", enableIfMissing = true)
public class DsrSpiResource implements DataSubjectRequestSpi {

    private final SubjectRegister register;
    private final DsrCallLog calls;
    private final RegisterDescriptions descriptions;

    public DsrSpiResource(SubjectRegister register, DsrCallLog calls, RegisterDescriptions descriptions) {
        this.register = register;
        this.calls = calls;
        this.descriptions = descriptions;
    }

    @Override
    @Transactional
    public SubjectLookup lookup(DsrCall call) {
        return register.lookup(call.subject().keys());
    }

    @Override
    @Transactional
    public AccessReport access(DsrCall call) {
        return register.access(call.caseId(), call.subject().keys());
    }

    @Override
    @Transactional
    public ErasureReport erase(DsrCall call, boolean dryRun) {
        if (dryRun) {
            return register.erase(call.caseId(), call.subject().keys(), true);
        }
        return calls.once(call.caseId(), "erasure", ErasureReport.class,
                () -> register.erase(call.caseId(), call.subject().keys(), false));
    }

    @Override
    @Transactional
    public DsrOutcome restrict(RestrictionCall call) {
        return calls.once(call.caseId(), "restriction-" + call.action(), DsrOutcome.class, () -> register.restrict(call));
    }

    @Override
    @Transactional
    public DsrOutcome object(ObjectionCall call) {
        return calls.once(call.caseId(), "objection", DsrOutcome.class, () -> register.object(call));
    }

    @Override
    @Transactional
    public DsrOutcome rectify(RectificationCall call) {
        return calls.once(call.caseId(), "rectification", DsrOutcome.class, () -> register.rectify(call));
    }

    @Override
    public RegisterDescription describe(String lang) {
        return descriptions.get(lang);
    }
}
