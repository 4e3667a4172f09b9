package fi.kuopas.stakeholder.mapping;

import fi.kuopas.stakeholder.domain.ContactPerson;
import fi.kuopas.stakeholder.domain.Interaction;
import fi.kuopas.stakeholder.domain.MailingList;
import fi.kuopas.stakeholder.domain.Membership;
import fi.kuopas.stakeholder.domain.Organisation;
import fi.kuopas.stakeholder.rest.StakeholderDtos.ContactPersonRequest;
import fi.kuopas.stakeholder.rest.StakeholderDtos.ContactPersonView;
import fi.kuopas.stakeholder.rest.StakeholderDtos.ExportRow;
import fi.kuopas.stakeholder.rest.StakeholderDtos.InteractionRequest;
import fi.kuopas.stakeholder.rest.StakeholderDtos.InteractionView;
import fi.kuopas.stakeholder.rest.StakeholderDtos.MailingListRequest;
import fi.kuopas.stakeholder.rest.StakeholderDtos.MailingListView;
import fi.kuopas.stakeholder.rest.StakeholderDtos.MemberView;
import fi.kuopas.stakeholder.rest.StakeholderDtos.OrganisationRequest;
import fi.kuopas.stakeholder.rest.StakeholderDtos.OrganisationView;
import fi.kuopas.stakeholder.service.MailingListService;
import fi.kuopas.stakeholder.service.StakeholderCommands;

/**
 * The one place where the stakeholder API's bodies meet the services: request bodies to commands,
 * entities to response bodies. Plain static factories (the project's one mapping convention). The
 * services return entities with what these read already loaded (the organisation of a contact person).
 */
public final class StakeholderMapping {

    private StakeholderMapping() {
    }

    public static StakeholderCommands.OrganisationData organisation(OrganisationRequest r) {
        return new StakeholderCommands.OrganisationData(r.name(), r.businessId(), r.role(), r.relationshipEndedOn());
    }

    public static StakeholderCommands.ContactPersonData contactPerson(ContactPersonRequest r) {
        return new StakeholderCommands.ContactPersonData(r.organisationId(), r.firstName(), r.lastName(), r.title(), r.email(),
                r.phone(), r.birthDate(), r.language(), r.legalBasis(), r.consentSubjectKey());
    }

    public static StakeholderCommands.NewInteraction interaction(InteractionRequest r) {
        return new StakeholderCommands.NewInteraction(r.type(), r.occurredAt(), r.summary());
    }

    public static StakeholderCommands.MailingListData mailingList(MailingListRequest r) {
        return new StakeholderCommands.MailingListData(r.code(), r.name(), r.purpose(), r.description());
    }

    public static OrganisationView of(Organisation o) {
        return new OrganisationView(o.id, o.name, o.businessId, o.role, o.relationshipEndedOn, o.createdAt, o.version);
    }

    public static ContactPersonView of(ContactPerson p) {
        return new ContactPersonView(p.id, p.organisation.id, p.organisation.name, p.firstName, p.lastName, p.title,
                p.email, p.phone, p.language, p.legalBasis, p.lastInteractionAt, p.createdAt, p.updatedAt, p.version);
    }

    public static InteractionView of(Interaction i) {
        return new InteractionView(i.id, i.contactPerson.id, i.type, i.occurredAt, i.summary, i.recordedBy);
    }

    public static MailingListView of(MailingListService.Counted counted) {
        MailingList l = counted.list();
        return new MailingListView(l.id, l.code, l.name, l.purposeCode, l.legalBasis, l.description, counted.members(), l.version);
    }

    public static MemberView member(Membership m) {
        ContactPerson p = m.contactPerson;
        return new MemberView(p.id, p.firstName, p.lastName, p.email, p.organisation.name, m.addedAt);
    }

    public static ExportRow export(ContactPerson p) {
        return new ExportRow(p.id, p.firstName, p.lastName, p.email, p.organisation.name, p.language);
    }
}
