package fi.kuopas.stakeholder.dsr;

import fi.kuopas.privacy.dsr.DsrCode;
import fi.kuopas.privacy.dsr.DsrOutcome;
import fi.kuopas.privacy.dsr.RestrictionCalls;
import fi.kuopas.privacy.dsr.DsrText;
import fi.kuopas.privacy.dsr.RestrictionCall;
import fi.kuopas.privacy.dsr.SubjectRegisterParts;
import fi.kuopas.stakeholder.domain.ContactPerson;
import fi.kuopas.stakeholder.dsr.StakeholderSubjectLookup.SubjectMatch;
import fi.kuopas.stakeholder.service.RestrictionMarker;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/** GDPR Art 18: restricting (or lifting) the processing of the subject's contact persons, through the kit's RestrictionCalls. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class StakeholderRestriction implements SubjectRegisterParts.Restriction {

    private final StakeholderSubjectLookup lookup;
    private final RestrictionCalls restrictions;

    public StakeholderRestriction(StakeholderSubjectLookup lookup, RestrictionCalls restrictions) {
        this.lookup = lookup;
        this.restrictions = restrictions;
    }

    @Override
    public DsrOutcome restrict(RestrictionCall call) {
        SubjectMatch match = lookup.match(call.subject());
        List<ContactPerson> persons = match.persons();
        persons.forEach(p -> restrictions.apply(call, RestrictionMarker.key(p.id), p.auditKey(), "contact-person"));
        List<DsrText> applied = persons.isEmpty() ? List.of()
                : List.of(DsrText.of(call.action() == RestrictionCall.Action.SET ? DsrCode.APPLIED_STAKEHOLDER_RESTRICTION_SET
                        : DsrCode.APPLIED_STAKEHOLDER_RESTRICTION_LIFTED, "count", Integer.toString(persons.size())));
        return DsrOutcome.coded(StakeholderSubjectLookup.REGISTER, !persons.isEmpty(), applied, List.of(),
                StakeholderSubjectLookup.recipients(persons), match.possibleMatches());
    }
}
