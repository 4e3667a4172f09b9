package fi.kuopas.stakeholder.dsr;

import fi.kuopas.privacy.audit.AuditAction;
import fi.kuopas.privacy.audit.AuditLog;
import fi.kuopas.privacy.dsr.DsrCode;
import fi.kuopas.privacy.dsr.DsrText;
import fi.kuopas.privacy.dsr.ErasureReport;
import fi.kuopas.privacy.dsr.SubjectRef;
import fi.kuopas.privacy.dsr.SubjectRegisterParts;
import fi.kuopas.stakeholder.domain.ContactPerson;
import fi.kuopas.stakeholder.domain.Interaction;
import fi.kuopas.stakeholder.domain.Membership;
import fi.kuopas.stakeholder.domain.Suppression;
import fi.kuopas.stakeholder.dsr.StakeholderSubjectLookup.SubjectMatch;
import fi.kuopas.stakeholder.service.SuppressionService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * GDPR Art 17: the subject's contact persons, contacts and memberships go; their keys stay on the
 * suppression list (keyed hashes only) so no mailing reaches them again.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class StakeholderErasure implements SubjectRegisterParts.Erasure {

    private final StakeholderSubjectLookup lookup;
    private final AuditLog audit;
    private final SuppressionService suppressions;

    public StakeholderErasure(StakeholderSubjectLookup lookup, AuditLog audit, SuppressionService suppressions) {
        this.lookup = lookup;
        this.audit = audit;
        this.suppressions = suppressions;
    }

    @Override
    public ErasureReport erase(UUID caseId, SubjectRef subject, boolean dryRun) {
        SubjectMatch match = lookup.match(subject);
        List<ContactPerson> persons = match.persons();
        int interactions = persons.isEmpty() ? 0 : (int) Interaction.count("contactPerson in ?1", persons);
        int memberships = persons.isEmpty() ? 0 : (int) Membership.count("contactPerson in ?1", persons);
        Set<String> marked = new LinkedHashSet<>();
        Suppression.<Suppression>list("subjectKey in ?1", StakeholderSubjectLookup.nonEmpty(match.suppressionKeys()))
                .forEach(s -> marked.add(s.subjectKey));
        persons.forEach(p -> marked.addAll(p.keys()));
        List<ErasureReport.Erased> erased = List.of(
                ErasureReport.Erased.of(DsrText.of(DsrCode.CATEGORY_STAKEHOLDER_CONTACT_PERSON), persons.size()),
                ErasureReport.Erased.of(DsrText.of(DsrCode.CATEGORY_STAKEHOLDER_CONTACTS), interactions),
                ErasureReport.Erased.of(DsrText.of(DsrCode.CATEGORY_STAKEHOLDER_MEMBERSHIPS), memberships));
        List<ErasureReport.Kept> kept = new ArrayList<>();
        if (!marked.isEmpty()) {
            kept.add(ErasureReport.Kept.of(DsrText.of(DsrCode.CATEGORY_STAKEHOLDER_SUPPRESSION), marked.size(),
                    DsrText.of(DsrCode.KEPT_SUPPRESSION), DsrText.of(DsrCode.REF_SUPPRESSION), null));
        }
        if (!dryRun) {
            for (ContactPerson p : persons) {
                suppressions.suppress(p.keys(), List.of(p), Suppression.Scope.ALL_MAILINGS, Suppression.Reason.ERASURE, null,
                        "dsr:" + caseId);
                audit.record(AuditAction.DELETE, p.auditKey(), "contact-person", caseId.toString(), "Art 17 erasure");
                p.delete();
            }
        }
        return new ErasureReport(StakeholderSubjectLookup.REGISTER, dryRun, erased, kept)
                .withPossibleMatches(match.possibleMatches());
    }
}
