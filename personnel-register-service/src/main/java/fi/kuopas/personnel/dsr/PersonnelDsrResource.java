package fi.kuopas.personnel.dsr;

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

/** The personnel register's side of the DSR SPI, called by the gateway; repeats of a case give the first answer. */
@RolesAllowed(Roles.DSR_GATEWAY)
public class PersonnelDsrResource implements DataSubjectRequestSpi {

    private final PersonnelAccessReport report;
    private final PersonnelErasure erasure;
    private final PersonnelDsrChanges changes;
    private final DsrCallLog calls;
    private final RegisterDescriptions descriptions;

    public PersonnelDsrResource(PersonnelAccessReport report, PersonnelErasure erasure, PersonnelDsrChanges changes,
            DsrCallLog calls, RegisterDescriptions descriptions) {
        this.report = report;
        this.erasure = erasure;
        this.changes = changes;
        this.calls = calls;
        this.descriptions = descriptions;
    }

    @Override
    @Transactional
    public SubjectLookup lookup(DsrCall call) {
        return report.lookup(call.subject().keys());
    }

    @Override
    @Transactional
    public AccessReport access(DsrCall call) {
        return report.access(call.caseId(), call.subject().keys());
    }

    @Override
    @Transactional
    public ErasureReport erase(DsrCall call, boolean dryRun) {
        if (dryRun) {
            return erasure.erase(call.caseId(), call.subject().keys(), true);
        }
        return calls.once(call.caseId(), "erasure", ErasureReport.class,
                () -> erasure.erase(call.caseId(), call.subject().keys(), false));
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
        return calls.once(call.caseId(), "objection", DsrOutcome.class, () -> changes.object(call));
    }

    @Override
    @Transactional
    public DsrOutcome rectify(RectificationCall call) {
        return calls.once(call.caseId(), "rectification", DsrOutcome.class, () -> changes.rectify(call));
    }

    @Override
    public RegisterDescription describe(String lang) {
        return descriptions.get(lang);
    }
}
