package fi.kuopas.cctv.dsr;

import fi.kuopas.privacy.dsr.SubjectRegisterParts;
import fi.kuopas.cctv.dsr.CctvSubjectLookup.SubjectMatch;
import fi.kuopas.privacy.dsr.DsrCode;
import fi.kuopas.privacy.dsr.DsrOutcome;
import fi.kuopas.privacy.dsr.DsrText;
import fi.kuopas.privacy.dsr.RectificationCall;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Art 16: recordings show what the camera saw; they are not edited. The recipients of the subject's
 * footage are named all the same (Art 19), for a supplementary statement to reach them.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class CctvRectification implements SubjectRegisterParts.Rectification {

    private final CctvSubjectLookup lookup;

    public CctvRectification(CctvSubjectLookup lookup) {
        this.lookup = lookup;
    }

    @Override
    public DsrOutcome rectify(RectificationCall call) {
        SubjectMatch match = lookup.match(call.subject());
        List<DsrText> refused = call.corrections().stream()
                .map(c -> DsrText.of(DsrCode.REFUSED_RECORDINGS_NOT_EDITED, "field", c.field()))
                .toList();
        return DsrOutcome.coded(CctvSubjectLookup.REGISTER, match.found(), List.of(), refused, lookup.recipients(match),
                match.possibleMatches());
    }
}
