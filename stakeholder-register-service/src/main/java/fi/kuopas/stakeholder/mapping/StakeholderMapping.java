package fi.kuopas.stakeholder.service;

import fi.kuopas.stakeholder.domain.ContactPerson;
import fi.kuopas.stakeholder.domain.Interaction;
import fi.kuopas.stakeholder.domain.MailingList;
import fi.kuopas.stakeholder.domain.Membership;
import fi.kuopas.stakeholder.domain.Organisation;
import fi.kuopas.stakeholder.rest.StakeholderDtos.ContactPersonView;
import fi.kuopas.stakeholder.rest.StakeholderDtos.ExportRow;
import fi.kuopas.stakeholder.rest.StakeholderDtos.InteractionView;
import fi.kuopas.stakeholder.rest.StakeholderDtos.MailingListView;
import fi.kuopas.stakeholder.rest.StakeholderDtos.MemberView;
import fi.kuopas.stakeholder.rest.StakeholderDtos.OrganisationView;
import fi.kuopas.privacy.problem.ProblemException;

/** Entity to response mapping, and the version check shared by every edit. */
final class Views {

    private Views() {
    }

    static OrganisationView of(Organisation o) {
        return new OrganisationView(o.id, o.name, o.businessId, o.role, o.relationshipEndedOn, o.createdAt, o.version);
    }

    static ContactPersonView of(ContactPerson p) {
        return new ContactPersonView(p.id, p.organisation.id, p.organisation.name, p.firstName, p.lastName, p.title,
                p.email, p.phone, p.language, p.legalBasis, p.lastInteractionAt, p.createdAt, p.updatedAt, p.version);
    }

    static InteractionView of(Interaction i) {
        return new InteractionView(i.id, i.contactPerson.id, i.type, i.occurredAt, i.summary, i.recordedBy);
    }

    static MailingListView of(MailingList l, long members) {
        return new MailingListView(l.id, l.code, l.name, l.purposeCode, l.legalBasis, l.description, members, l.version);
    }

    static MemberView member(Membership m) {
        ContactPerson p = m.contactPerson;
        return new MemberView(p.id, p.firstName, p.lastName, p.email, p.organisation.name, m.addedAt);
    }

    static ExportRow export(ContactPerson p) {
        return new ExportRow(p.id, p.firstName, p.lastName, p.email, p.organisation.name, p.language);
    }

    /** Optimistic concurrency: the caller must say which version it edited (409 when it is not the current one). */
    static void expectVersion(Long expected, long actual) {
        if (expected == null) {
            throw ProblemException.badRequest("version is required when updating (body field 'version' or If-Match)");
        }
        if (expected != actual) {
            throw new ProblemException(409, "stale-version", "Concurrent modification",
                    "the record was changed by someone else; reload it and apply your change again");
        }
    }
}
