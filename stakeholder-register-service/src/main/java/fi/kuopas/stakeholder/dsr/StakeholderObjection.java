package fi.kuopas.stakeholder.dsr;

import fi.kuopas.privacy.dsr.DsrCode;
import fi.kuopas.privacy.dsr.DsrOutcome;
import fi.kuopas.privacy.dsr.DsrText;
import fi.kuopas.privacy.dsr.ObjectionCall;
import fi.kuopas.privacy.dsr.SubjectRegisterParts;
import fi.kuopas.stakeholder.domain.ContactPerson;
import fi.kuopas.stakeholder.domain.MailingPurpose;
import fi.kuopas.stakeholder.domain.PersonBasis;
import fi.kuopas.stakeholder.domain.Suppression;
import fi.kuopas.stakeholder.dsr.StakeholderSubjectLookup.SubjectMatch;
import fi.kuopas.stakeholder.service.SuppressionService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * GDPR Art 21: mailings stop at once and the person is suppressed. The contact record itself is kept
 * where the organisation's contract needs it; whether compelling grounds exist is the DPO's call.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class StakeholderObjection implements SubjectRegisterParts.Objection {

    private final StakeholderSubjectLookup lookup;
    private final SuppressionService suppressions;

    public StakeholderObjection(StakeholderSubjectLookup lookup, SuppressionService suppressions) {
        this.lookup = lookup;
        this.suppressions = suppressions;
    }

    @Override
    public DsrOutcome object(ObjectionCall call) {
        SubjectMatch match = lookup.match(call.subject());
        List<ContactPerson> persons = match.persons();
        String purpose = call.purpose();
        if (purpose != null && !MailingPurpose.isOurs(purpose)) {
            return DsrOutcome.coded(StakeholderSubjectLookup.REGISTER, !persons.isEmpty(), List.of(),
                    List.of(DsrText.of(DsrCode.REFUSED_NOT_OUR_PURPOSE, "purpose", purpose)), List.of(), match.possibleMatches());
        }
        List<String> recipients = StakeholderSubjectLookup.recipients(persons);
        // Only the included persons leave their mailings; the suppression holds their keys and the keys
        // the subject proved, never a key that was only claimed.
        var result = suppressions.suppress(match.suppressionKeys(), persons, Suppression.Scope.ALL_MAILINGS,
                Suppression.Reason.OBJECTION, purpose, "dsr:" + call.caseId());
        List<DsrText> applied = List.of(DsrText.of(DsrCode.APPLIED_STAKEHOLDER_SUPPRESSED, "memberships",
                String.valueOf(result.membershipsRemoved())));
        List<DsrText> refused = persons.stream().filter(p -> p.legalBasis == PersonBasis.CONTRACT)
                .map(p -> DsrText.of(DsrCode.REFUSED_CONTACT_CONTRACT, "organisation", p.organisation.name))
                .toList();
        return DsrOutcome.coded(StakeholderSubjectLookup.REGISTER, !persons.isEmpty(), applied, refused, recipients,
                match.possibleMatches());
    }
}
