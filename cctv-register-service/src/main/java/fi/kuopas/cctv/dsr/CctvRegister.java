package fi.kuopas.cctv.dsr;

import fi.kuopas.cctv.dsr.CctvSubjectData.SubjectMatch;
import fi.kuopas.privacy.dsr.DsrCode;
import fi.kuopas.privacy.dsr.DsrText;
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
import java.util.List;
import java.util.UUID;

/**
 * The CCTV register's answers to the DSR SPI (served by the kit's DsrSpiResource). Every operation
 * first decides the subject's footage requests with {@link CctvSubjectData#match}, acts on those
 * alone and reports the rest as possible matches.
 */
@ApplicationScoped
public class CctvRegister implements SubjectRegister {

    private final CctvSubjectData data;
    private final CctvSubjectRights rights;

    public CctvRegister(CctvSubjectData data, CctvSubjectRights rights) {
        this.data = data;
        this.rights = rights;
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
        return rights.erase(caseId, match, dryRun).withPossibleMatches(match.possibleMatches());
    }

    @Override
    public DsrOutcome restrict(RestrictionCall call) {
        SubjectMatch match = data.match(call.subject());
        return rights.restrict(call.caseId(), match, call.action()).withPossibleMatches(match.possibleMatches());
    }

    @Override
    public DsrOutcome object(ObjectionCall call) {
        SubjectMatch match = data.match(call.subject());
        return rights.object(call.caseId(), match, call.grounds()).withPossibleMatches(match.possibleMatches());
    }

    /**
     * Recordings show what the camera saw; they are not edited. The recipients of the subject's footage
     * are named all the same (Art 19), for a supplementary statement to reach them.
     */
    @Override
    public DsrOutcome rectify(RectificationCall call) {
        SubjectMatch match = data.match(call.subject());
        List<DsrText> refused = call.corrections().stream()
                .map(c -> DsrText.of(DsrCode.REFUSED_RECORDINGS_NOT_EDITED, "field", c.field()))
                .toList();
        return DsrOutcome.coded(CctvSubjectData.REGISTER, match.found(), List.of(), refused, rights.recipients(match),
                match.possibleMatches());
    }
}
