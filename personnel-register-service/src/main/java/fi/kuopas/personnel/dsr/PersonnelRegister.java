package fi.kuopas.personnel.dsr;

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

/** The personnel register's answers to the DSR SPI (served by the kit's DsrSpiResource). */
@ApplicationScoped
public class PersonnelRegister implements SubjectRegister {

    private final PersonnelAccessReport report;
    private final PersonnelErasure erasure;
    private final PersonnelDsrChanges changes;

    public PersonnelRegister(PersonnelAccessReport report, PersonnelErasure erasure, PersonnelDsrChanges changes) {
        this.report = report;
        this.erasure = erasure;
        this.changes = changes;
    }

    @Override
    public SubjectLookup lookup(Set<String> keys) {
        return report.lookup(keys);
    }

    @Override
    public AccessReport access(UUID caseId, Set<String> keys) {
        return report.access(caseId, keys);
    }

    @Override
    public ErasureReport erase(UUID caseId, Set<String> keys, boolean dryRun) {
        return erasure.erase(caseId, keys, dryRun);
    }

    @Override
    public DsrOutcome restrict(RestrictionCall call) {
        return changes.restrict(call.caseId(), call.subject().keys(), call.action());
    }

    @Override
    public DsrOutcome object(ObjectionCall call) {
        return changes.object(call);
    }

    @Override
    public DsrOutcome rectify(RectificationCall call) {
        return changes.rectify(call);
    }
}
