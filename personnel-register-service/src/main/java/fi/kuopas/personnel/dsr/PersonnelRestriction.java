package fi.kuopas.personnel.dsr;

import fi.kuopas.privacy.dsr.SubjectRegisterParts;
import fi.kuopas.privacy.dsr.DsrCode;
import fi.kuopas.privacy.dsr.DsrOutcome;
import fi.kuopas.privacy.dsr.DsrText;
import fi.kuopas.privacy.dsr.RestrictionCall;
import fi.kuopas.privacy.dsr.RestrictionCalls;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Restriction (Art 18) of personnel data: set or lifted through the kit ({@link RestrictionCalls})
 * under each key the subject's records are filed under; the kit's {@code RestrictionGuard} then
 * refuses their processing.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class PersonnelRestriction implements SubjectRegisterParts.Restriction {

    private final PersonnelSubjectLookup lookup;
    private final RestrictionCalls restrictions;

    public PersonnelRestriction(PersonnelSubjectLookup lookup, RestrictionCalls restrictions) {
        this.lookup = lookup;
        this.restrictions = restrictions;
    }

    @Override
    public DsrOutcome restrict(RestrictionCall call) {
        PersonnelSubjectLookup.Records r = lookup.records(call.subject());
        restrictions.apply(call, r.recordKeys(), r.recordKeys(), "personnel");
        List<DsrText> applied = r.found() ? List.of(DsrText.of(call.action() == RestrictionCall.Action.SET
                ? DsrCode.APPLIED_PERSONNEL_RESTRICTION_SET : DsrCode.APPLIED_PERSONNEL_RESTRICTION_LIFTED)) : List.of();
        return DsrOutcome.coded(PersonnelSubjectLookup.REGISTER, r.found(), applied, List.of(), r.standingRecipients(),
                r.possibleMatches());
    }
}
