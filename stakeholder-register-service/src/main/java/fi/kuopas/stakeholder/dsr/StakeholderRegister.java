package fi.kuopas.stakeholder.dsr;

import fi.kuopas.privacy.dsr.AccessReport;
import fi.kuopas.privacy.dsr.DsrOutcome;
import fi.kuopas.privacy.dsr.ErasureReport;
import fi.kuopas.privacy.dsr.ObjectionCall;
import fi.kuopas.privacy.dsr.RectificationCall;
import fi.kuopas.privacy.dsr.RestrictionCall;
import fi.kuopas.privacy.dsr.SubjectLookup;
import fi.kuopas.privacy.dsr.SubjectRef;
import fi.kuopas.privacy.dsr.SubjectRegister;
import fi.kuopas.stakeholder.dsr.StakeholderSubjectData.SubjectMatch;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * The stakeholder register's answers to the DSR SPI (served by the kit's DsrSpiResource). Every
 * operation first decides the subject's contact persons with {@link StakeholderSubjectData#match},
 * acts on those alone and reports the rest as possible matches.
 */
@ApplicationScoped
public class StakeholderRegister implements SubjectRegister {

    private final StakeholderSubjectData data;
    private final StakeholderSubjectChanges changes;

    public StakeholderRegister(StakeholderSubjectData data, StakeholderSubjectChanges changes) {
        this.data = data;
        this.changes = changes;
    }

    @Override
    public SubjectLookup lookup(SubjectRef subject) {
        SubjectMatch match = data.match(subject);
        return data.lookup(match).withPossibleMatches(match.possibleMatches());
    }

    @Override
    public AccessReport access(UUID caseId, SubjectRef subject) {
        SubjectMatch match = data.match(subject);
        return data.access(caseId, match).withPossibleMatches(match.possibleMatches());
    }

    @Override
    public ErasureReport erase(UUID caseId, SubjectRef subject, boolean dryRun) {
        SubjectMatch match = data.match(subject);
        return data.erase(caseId, match, dryRun).withPossibleMatches(match.possibleMatches());
    }

    @Override
    public DsrOutcome restrict(RestrictionCall call) {
        SubjectMatch match = data.match(call.subject());
        return changes.restrict(call.caseId(), match, call.action()).withPossibleMatches(match.possibleMatches());
    }

    @Override
    public DsrOutcome object(ObjectionCall call) {
        SubjectMatch match = data.match(call.subject());
        return changes.object(call.caseId(), match, call.purpose(), call.grounds()).withPossibleMatches(match.possibleMatches());
    }

    @Override
    public DsrOutcome rectify(RectificationCall call) {
        SubjectMatch match = data.match(call.subject());
        return changes.rectify(call.caseId(), match, call.corrections()).withPossibleMatches(match.possibleMatches());
    }
}
