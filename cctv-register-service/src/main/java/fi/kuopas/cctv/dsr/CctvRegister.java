package fi.kuopas.cctv.dsr;

import fi.kuopas.privacy.dsr.AccessReport;
import fi.kuopas.privacy.dsr.DsrOutcome;
import fi.kuopas.privacy.dsr.ErasureReport;
import fi.kuopas.privacy.dsr.ObjectionCall;
import fi.kuopas.privacy.dsr.RectificationCall;
import fi.kuopas.privacy.dsr.RestrictionCall;
import fi.kuopas.privacy.dsr.SubjectLookup;
import fi.kuopas.privacy.dsr.SubjectRegister;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The CCTV register's answers to the DSR SPI (served by the kit's DsrSpiResource). */
@ApplicationScoped
public class CctvRegister implements SubjectRegister {

    private final CctvSubjectData data;
    private final CctvSubjectRights rights;

    public CctvRegister(CctvSubjectData data, CctvSubjectRights rights) {
        this.data = data;
        this.rights = rights;
    }

    @Override
    public SubjectLookup lookup(Set<String> keys) {
        return data.lookup(keys);
    }

    @Override
    public AccessReport access(UUID caseId, Set<String> keys) {
        return data.access(caseId, keys);
    }

    @Override
    public ErasureReport erase(UUID caseId, Set<String> keys, boolean dryRun) {
        return rights.erase(caseId, keys, dryRun);
    }

    @Override
    public DsrOutcome restrict(RestrictionCall call) {
        return rights.restrict(call.caseId(), call.subject().keys(), call.action());
    }

    @Override
    public DsrOutcome object(ObjectionCall call) {
        return rights.object(call.caseId(), call.subject().keys(), call.grounds());
    }

    /** Recordings show what the camera saw; they are not edited. */
    @Override
    public DsrOutcome rectify(RectificationCall call) {
        boolean found = !data.requests(call.subject().keys()).isEmpty();
        List<String> refused = call.corrections().stream()
                .map(c -> c.field() + ": recordings show what the camera saw and are not edited; "
                        + "a supplementary statement can be attached to the footage request instead")
                .toList();
        return new DsrOutcome(CctvSubjectData.REGISTER, found, List.of(), refused, List.of());
    }
}
