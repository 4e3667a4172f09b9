package fi.kuopas.consent.dsr;

import fi.kuopas.privacy.dsr.SubjectRegisterParts;
import fi.kuopas.consent.dsr.ConsentSubjectLookup.SubjectConsents;
import fi.kuopas.privacy.dsr.DsrCode;
import fi.kuopas.privacy.dsr.DsrOutcome;
import fi.kuopas.privacy.dsr.DsrText;
import fi.kuopas.privacy.dsr.RectificationCall;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Art 16: a consent record is evidence of what was given, refused or withdrawn at the time (Art 7(1));
 * it is not corrected afterwards. Every correction is refused with that reason.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ConsentRectification implements SubjectRegisterParts.Rectification {

    private final ConsentSubjectLookup lookup;

    public ConsentRectification(ConsentSubjectLookup lookup) {
        this.lookup = lookup;
    }

    @Override
    public DsrOutcome rectify(RectificationCall call) {
        SubjectConsents s = lookup.match(call.subject());
        List<DsrText> refused = call.corrections().stream()
                .map(c -> DsrText.of(DsrCode.REFUSED_CONSENT_EVIDENCE, "field", c.field()))
                .toList();
        return DsrOutcome.coded(ConsentSubjectLookup.REGISTER, s.found(), List.of(), refused, List.of(), s.possibleMatches());
    }
}
