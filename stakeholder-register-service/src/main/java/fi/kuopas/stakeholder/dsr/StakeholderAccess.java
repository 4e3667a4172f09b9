package fi.kuopas.stakeholder.dsr;

import static fi.kuopas.privacy.dsr.AccessReports.row;

import fi.kuopas.privacy.audit.AuditAction;
import fi.kuopas.privacy.audit.AuditLog;
import fi.kuopas.privacy.dsr.AccessReport;
import fi.kuopas.privacy.dsr.AccessReports;
import fi.kuopas.privacy.dsr.SubjectRef;
import fi.kuopas.privacy.dsr.SubjectRegisterParts;
import fi.kuopas.stakeholder.domain.ContactPerson;
import fi.kuopas.stakeholder.domain.Interaction;
import fi.kuopas.stakeholder.domain.Membership;
import fi.kuopas.stakeholder.domain.PersonBasis;
import fi.kuopas.stakeholder.domain.Suppression;
import fi.kuopas.stakeholder.dsr.StakeholderSubjectLookup.SubjectMatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** GDPR Art 15: what the stakeholder register holds about a subject, as the access report shows it. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class StakeholderAccess implements SubjectRegisterParts.Access {

    private static final String RETENTION = "For the stakeholder relationship and 2 years after the last contact or its end";
    private static final List<String> SOURCES = List.of("The data subject", "The organisation the data subject represents");
    private static final List<String> IT_PROVIDERS = List.of("IT service providers (processor, Finland / EU/EEA)");

    private final StakeholderSubjectLookup lookup;
    private final AuditLog audit;

    public StakeholderAccess(StakeholderSubjectLookup lookup, AuditLog audit) {
        this.lookup = lookup;
        this.audit = audit;
    }

    @Override
    public AccessReport access(UUID caseId, SubjectRef subject) {
        SubjectMatch match = lookup.match(subject);
        List<ContactPerson> persons = match.persons();
        List<AccessReport.AccessLogLine> log = AccessReports.accessLog(match.includedKeys());
        persons.forEach(p -> audit.record(AuditAction.DSR, p.auditKey(), "contact-person", caseId.toString(), "Art 15 access request"));
        List<Interaction> interactions = persons.isEmpty() ? List.of()
                : Interaction.list("contactPerson in ?1 order by occurredAt", persons);
        List<Membership> memberships = persons.isEmpty() ? List.of()
                : Membership.list("contactPerson in ?1 order by addedAt", persons);
        List<Suppression> suppressed = Suppression.list("subjectKey in ?1 order by createdAt",
                StakeholderSubjectLookup.nonEmpty(match.suppressionKeys()));
        boolean consent = persons.stream().anyMatch(p -> p.legalBasis == PersonBasis.CONSENT);
        List<AccessReport.Category> categories = List.of(
                new AccessReport.Category("Contact person data",
                        "Managing contractual and cooperation relationships and communication with stakeholders",
                        consent ? "GDPR Art 6(1)(a) consent / Art 6(1)(b) contract" : "GDPR Art 6(1)(b); Art 6(1)(f) where the contract is the organisation's",
                        SOURCES, IT_PROVIDERS, RETENTION, true, persons.stream().map(StakeholderAccess::personRow).toList()),
                new AccessReport.Category("Contacts and meetings", "Managing the stakeholder relationship",
                        "GDPR Art 6(1)(b) / 6(1)(f)", List.of("Kuopas Oy", "The data subject"), IT_PROVIDERS, RETENTION, true,
                        interactions.stream().map(StakeholderAccess::interactionRow).toList()),
                new AccessReport.Category("Mailing lists", "Stakeholder bulletins, newsletters and event invitations",
                        "GDPR Art 6(1)(a) for the newsletter; 6(1)(f) for event invitations; 6(1)(b) for contract communication",
                        List.of("The data subject"), List.of(StakeholderSubjectLookup.NEWSLETTER_PROVIDER),
                        "While the consent or relationship lasts", true,
                        memberships.stream().map(StakeholderAccess::membershipRow).toList()),
                new AccessReport.Category("Suppression markings", "Keeping a withdrawal, objection or erasure in force",
                        "GDPR Art 6(1)(c) with Art 7(3) and Art 21(3)", List.of("The data subject"), List.of(),
                        "As long as the suppression is needed; only a keyed hash of the identifier is kept", false,
                        suppressed.stream().map(StakeholderAccess::suppressionRow).toList()));
        return new AccessReport(StakeholderSubjectLookup.REGISTER, !persons.isEmpty() || !suppressed.isEmpty(), categories, log,
                Instant.now()).withPossibleMatches(match.possibleMatches());
    }

    private static Map<String, Object> personRow(ContactPerson p) {
        return row("firstName", p.firstName, "lastName", p.lastName, "title", p.title, "email", p.email, "phone", p.phone,
                "language", p.language, "organisation", p.organisation.name, "organisationBusinessId", p.organisation.businessId,
                "legalBasis", p.legalBasis, "restricted", p.restricted(), "lastInteractionAt", p.lastInteractionAt,
                "createdAt", p.createdAt);
    }

    private static Map<String, Object> interactionRow(Interaction i) {
        return row("type", i.type, "occurredAt", i.occurredAt, "summary", i.summary);
    }

    private static Map<String, Object> membershipRow(Membership ms) {
        return row("mailingList", ms.mailingList.name, "purpose", ms.mailingList.purposeCode,
                "legalBasis", ms.mailingList.legalBasis, "addedAt", ms.addedAt);
    }

    private static Map<String, Object> suppressionRow(Suppression s) {
        return row("scope", s.scope, "reason", s.reason, "purpose", s.purpose, "since", s.createdAt);
    }
}
