package fi.kuopas.personnel.dsr;

import fi.kuopas.privacy.dsr.AccessReport;
import fi.kuopas.privacy.dsr.DsrOutcome;
import fi.kuopas.privacy.dsr.ErasureReport;
import fi.kuopas.privacy.dsr.ObjectionCall;
import fi.kuopas.privacy.dsr.RectificationCall;
import fi.kuopas.privacy.dsr.RestrictionCall;
import fi.kuopas.privacy.dsr.SubjectLookup;
import fi.kuopas.privacy.dsr.SubjectRef;
import fi.kuopas.privacy.dsr.SubjectRegister;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;

/**
 * The personnel register's answers to the DSR SPI (served by the kit's DsrSpiResource). Every
 * operation first decides the subject's records with {@link SubjectRecords#of} (the register's one
 * {@code SubjectMatcher} rule, in {@code PersonKeys.match}), acts on those only, and reports the
 * possible matches beside the answer.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
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
    public SubjectLookup lookup(SubjectRef subject) {
        return report.lookup(SubjectRecords.of(subject));
    }

    @Override
    public AccessReport access(UUID caseId, SubjectRef subject) {
        return report.access(caseId, SubjectRecords.of(subject));
    }

    @Override
    public ErasureReport erase(UUID caseId, SubjectRef subject, boolean dryRun) {
        return erasure.erase(caseId, SubjectRecords.of(subject), dryRun);
    }

    @Override
    public DsrOutcome restrict(RestrictionCall call) {
        return changes.restrict(call.caseId(), SubjectRecords.of(call.subject()), call.action());
    }

    @Override
    public DsrOutcome object(ObjectionCall call) {
        return changes.object(call, SubjectRecords.of(call.subject()));
    }

    @Override
    public DsrOutcome rectify(RectificationCall call) {
        return changes.rectify(call, SubjectRecords.of(call.subject()));
    }
}
