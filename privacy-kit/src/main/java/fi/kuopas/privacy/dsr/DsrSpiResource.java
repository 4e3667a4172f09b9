package fi.kuopas.privacy.dsr;

import fi.kuopas.privacy.grant.CaseGrant.Operation;
import fi.kuopas.privacy.grant.CaseGrantVerifier;
import fi.kuopas.privacy.security.Roles;
import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import java.util.UUID;

/**
 * The DSR SPI endpoint of every register: only the gateway's service account may call it, and only
 * with a case grant for exactly this call; each call runs in one transaction, and every changing
 * call is answered once per case and subject (a repeat gets the stored answer; a call after the DPO
 * confirmed another identifier is a new one). Dry runs and reads are never stored.
 */
@RolesAllowed(Roles.DSR_GATEWAY)
@IfBuildProperty(name = "kuopas.register-description.enabled", stringValue = "true", enableIfMissing = true)
public class DsrSpiResource implements DataSubjectRequestSpi {

    private final SubjectRegister register;
    private final DsrCallLog calls;
    private final RegisterDescriptions descriptions;
    private final CaseGrantVerifier grants;

    public DsrSpiResource(SubjectRegister register, DsrCallLog calls, RegisterDescriptions descriptions,
            CaseGrantVerifier grants) {
        this.register = register;
        this.calls = calls;
        this.descriptions = descriptions;
        this.grants = grants;
    }

    @Override
    @Transactional
    public SubjectLookup lookup(String grant, DsrCall call) {
        grants.require(grant, Operation.LOOKUP, call.caseId(), call.subject());
        return register.lookup(call.subject());
    }

    @Override
    @Transactional
    public AccessReport access(String grant, DsrCall call) {
        grants.require(grant, Operation.ACCESS, call.caseId(), call.subject());
        return register.access(call.caseId(), call.subject());
    }

    @Override
    @Transactional
    public ErasureReport erase(String grant, DsrCall call, boolean dryRun) {
        grants.require(grant, dryRun ? Operation.ERASURE_PREVIEW : Operation.ERASURE_EXECUTE, call.caseId(), call.subject());
        if (dryRun) {
            return register.erase(call.caseId(), call.subject(), true);
        }
        return calls.once(call.caseId(), "erasure", call.subject(), ErasureReport.class,
                () -> register.erase(call.caseId(), call.subject(), false));
    }

    @Override
    @Transactional
    public DsrOutcome restrict(String grant, RestrictionCall call) {
        grants.require(grant, Operation.RESTRICTION, call.caseId(), call.subject());
        return calls.once(call.caseId(), "restriction-" + call.action(), call.subject(), DsrOutcome.class,
                () -> register.restrict(call));
    }

    @Override
    @Transactional
    public DsrOutcome object(String grant, ObjectionCall call) {
        grants.require(grant, Operation.OBJECTION, call.caseId(), call.subject());
        return calls.once(call.caseId(), "objection", call.subject(), DsrOutcome.class, () -> register.object(call));
    }

    @Override
    @Transactional
    public DsrOutcome rectify(String grant, RectificationCall call) {
        grants.require(grant, Operation.RECTIFICATION, call.caseId(), call.subject());
        return calls.once(call.caseId(), "rectification", call.subject(), DsrOutcome.class, () -> register.rectify(call));
    }

    @Override
    public RegisterDescription describe(String lang) {
        return descriptions.get(lang);
    }

}
