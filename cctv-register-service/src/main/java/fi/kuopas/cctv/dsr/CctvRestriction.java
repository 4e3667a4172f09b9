package fi.kuopas.cctv.dsr;

import fi.kuopas.privacy.dsr.SubjectRegisterParts;
import fi.kuopas.cctv.dsr.CctvSubjectLookup.SubjectMatch;
import fi.kuopas.cctv.service.FootageRequestRestrictions;
import fi.kuopas.cctv.service.SubjectSegments;
import fi.kuopas.privacy.dsr.DsrCode;
import fi.kuopas.privacy.dsr.DsrOutcome;
import fi.kuopas.privacy.dsr.DsrText;
import fi.kuopas.privacy.dsr.RestrictionCall;
import fi.kuopas.privacy.dsr.RestrictionCalls;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Art 18 on the subject's footage requests, through the kit ({@link RestrictionCalls}): filed under
 * each request's key (footage is not filed by person), audited under the keys the subject proved.
 * Their segments are kept past expiry, and the kit's {@code RestrictionGuard} refuses their views and
 * disclosures.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class CctvRestriction implements SubjectRegisterParts.Restriction {

    private final CctvSubjectLookup lookup;
    private final SubjectSegments subjects;
    private final RestrictionCalls restrictions;

    public CctvRestriction(CctvSubjectLookup lookup, SubjectSegments subjects, RestrictionCalls restrictions) {
        this.lookup = lookup;
        this.subjects = subjects;
        this.restrictions = restrictions;
    }

    @Override
    public DsrOutcome restrict(RestrictionCall call) {
        SubjectMatch match = lookup.match(call.subject());
        restrictions.apply(call, match.requestIds().stream().map(FootageRequestRestrictions::key).toList(), match.provenKeys(),
                "recording_segment");
        int segments = subjects.segmentIds(match.requestIds()).size();
        List<DsrText> applied = !match.found() ? List.of() : List.of(DsrText.of(call.action() == RestrictionCall.Action.SET
                ? DsrCode.APPLIED_CCTV_RESTRICTION_SET : DsrCode.APPLIED_CCTV_RESTRICTION_LIFTED, "segments", Integer.toString(segments)));
        return DsrOutcome.coded(CctvSubjectLookup.REGISTER, match.found(), applied, List.of(), lookup.recipients(match), List.of())
                .withPossibleMatches(match.possibleMatches());
    }
}
