package fi.kuopas.cctv.dsr;

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
import java.util.List;

/** The CCTV register's side of the DSR SPI, called by the gateway with its service-account token. */
@RolesAllowed(Roles.DSR_GATEWAY)
public class CctvDsrResource implements DataSubjectRequestSpi {

    private final CctvSubjectData data;
    private final CctvSubjectRights rights;
    private final DsrCallLog calls;
    private final RegisterDescriptions descriptions;

    public CctvDsrResource(CctvSubjectData data, CctvSubjectRights rights, DsrCallLog calls, RegisterDescriptions descriptions) {
        this.data = data;
        this.rights = rights;
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
            return rights.erase(call.caseId(), call.subject().keys(), true);
        }
        return calls.once(call.caseId(), "erasure", ErasureReport.class,
                () -> rights.erase(call.caseId(), call.subject().keys(), false));
    }

    @Override
    @Transactional
    public DsrOutcome restrict(RestrictionCall call) {
        return calls.once(call.caseId(), "restriction-" + call.action(), DsrOutcome.class,
                () -> rights.restrict(call.caseId(), call.subject().keys(), call.action()));
    }

    @Override
    @Transactional
    public DsrOutcome object(ObjectionCall call) {
        return calls.once(call.caseId(), "objection", DsrOutcome.class,
                () -> rights.object(call.caseId(), call.subject().keys(), call.grounds()));
    }

    @Override
    @Transactional
    public DsrOutcome rectify(RectificationCall call) {
        boolean found = !data.requests(call.subject().keys()).isEmpty();
        List<String> refused = call.corrections().stream()
                .map(c -> c.field() + ": recordings show what the camera saw and are not edited; "
                        + "a supplementary statement can be attached to the footage request instead")
                .toList();
        return new DsrOutcome(CctvSubjectData.REGISTER, found, List.of(), refused, List.of());
    }

    @Override
    public RegisterDescription describe(String lang) {
        return descriptions.get(lang);
    }
}
