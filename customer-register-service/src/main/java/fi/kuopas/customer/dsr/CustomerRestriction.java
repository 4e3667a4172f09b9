package fi.kuopas.customer.dsr;

import fi.kuopas.customer.domain.Person;
import fi.kuopas.customer.service.PersonRestrictions;
import fi.kuopas.privacy.dsr.DsrCode;
import fi.kuopas.privacy.dsr.DsrOutcome;
import fi.kuopas.privacy.dsr.RestrictionCalls;
import fi.kuopas.privacy.dsr.DsrText;
import fi.kuopas.privacy.dsr.RestrictionCall;
import fi.kuopas.privacy.dsr.SubjectMatcher;
import fi.kuopas.privacy.dsr.SubjectRegisterParts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/** GDPR Art 18: restricting (or lifting) the processing of the subject's person rows, through the kit's RestrictionCalls. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class CustomerRestriction implements SubjectRegisterParts.Restriction {

    private final CustomerSubjectLookup lookup;
    private final RestrictionCalls restrictions;

    public CustomerRestriction(CustomerSubjectLookup lookup, RestrictionCalls restrictions) {
        this.lookup = lookup;
        this.restrictions = restrictions;
    }

    @Override
    public DsrOutcome restrict(RestrictionCall call) {
        SubjectMatcher.Result<Person> match = lookup.match(call.subject());
        List<Person> people = match.included();
        boolean set = call.action() == RestrictionCall.Action.SET;
        people.forEach(p -> restrictions.apply(call, PersonRestrictions.key(p.id), p.auditKey(), "person"));
        return DsrOutcome.coded(CustomerSubjectLookup.REGISTER, !people.isEmpty(), people.isEmpty() ? List.of()
                : List.of(DsrText.of(set ? DsrCode.APPLIED_CUSTOMER_RESTRICTED : DsrCode.APPLIED_RESTRICTION_LIFTED)),
                List.of(), CustomerSubjectLookup.recipients(people), match.possibleMatches());
    }
}
