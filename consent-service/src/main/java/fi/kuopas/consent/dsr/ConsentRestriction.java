package fi.kuopas.consent.dsr;

import fi.kuopas.privacy.dsr.SubjectRegisterParts;
import fi.kuopas.consent.dsr.ConsentSubjectLookup.SubjectConsents;
import fi.kuopas.privacy.dsr.DsrCode;
import fi.kuopas.privacy.dsr.DsrOutcome;
import fi.kuopas.privacy.dsr.DsrText;
import fi.kuopas.privacy.dsr.RestrictionCall;
import fi.kuopas.privacy.dsr.RestrictionCalls;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Art 18 restriction of the subject's consent data, through the kit ({@link RestrictionCalls}) under
 * the included keys only; the kit's {@code RestrictionGuard} then refuses their processing.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ConsentRestriction implements SubjectRegisterParts.Restriction {

    private final ConsentSubjectLookup lookup;
    private final RestrictionCalls restrictions;

    public ConsentRestriction(ConsentSubjectLookup lookup, RestrictionCalls restrictions) {
        this.lookup = lookup;
        this.restrictions = restrictions;
    }

    @Override
    public DsrOutcome restrict(RestrictionCall call) {
        SubjectConsents s = lookup.match(call.subject());
        restrictions.apply(call, s.keys(), s.keys(), "consent");
        List<DsrText> applied = s.keys().isEmpty() ? List.of() : List.of(DsrText.of(call.action() == RestrictionCall.Action.SET
                ? DsrCode.APPLIED_CONSENT_RESTRICTION_SET : DsrCode.APPLIED_CONSENT_RESTRICTION_LIFTED));
        return DsrOutcome.coded(ConsentSubjectLookup.REGISTER, !s.keys().isEmpty(), applied, List.of(), List.of(),
                s.possibleMatches());
    }
}
