package fi.kuopas.stakeholder.dsr;

import fi.kuopas.privacy.dsr.AccessReport;
import fi.kuopas.privacy.dsr.DsrOutcome;
import fi.kuopas.privacy.dsr.ErasureReport;
import fi.kuopas.privacy.dsr.ObjectionCall;
import fi.kuopas.privacy.dsr.RectificationCall;
import fi.kuopas.privacy.dsr.RestrictionCall;
import fi.kuopas.privacy.dsr.SubjectLookup;
import fi.kuopas.privacy.dsr.SubjectRegister;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.UUID;

/** The stakeholder register's answers to the DSR SPI (served by the kit's DsrSpiResource). */
@ApplicationScoped
public class StakeholderRegister implements SubjectRegister {

    private final StakeholderSubjectData data;
    private final StakeholderSubjectChanges changes;

    public StakeholderRegister(StakeholderSubjectData data, StakeholderSubjectChanges changes) {
        this.data = data;
        this.changes = changes;
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
        return data.erase(caseId, keys, dryRun);
    }

    @Override
    public DsrOutcome restrict(RestrictionCall call) {
        return changes.restrict(call.caseId(), call.subject().keys(), call.action());
    }

    @Override
    public DsrOutcome object(ObjectionCall call) {
        return changes.object(call.caseId(), call.subject().keys(), call.purpose(), call.grounds());
    }

    @Override
    public DsrOutcome rectify(RectificationCall call) {
        return changes.rectify(call.caseId(), call.subject().keys(), call.corrections());
    }
}
