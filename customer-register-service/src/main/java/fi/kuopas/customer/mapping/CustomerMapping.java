package fi.kuopas.customer.mapping;

import fi.kuopas.customer.domain.CollectionCase;
import fi.kuopas.customer.domain.CompellingGrounds;
import fi.kuopas.customer.domain.CreditCheck;
import fi.kuopas.customer.domain.Disclosure;
import fi.kuopas.customer.domain.FaultReport;
import fi.kuopas.customer.domain.HousingApplication;
import fi.kuopas.customer.domain.Person;
import fi.kuopas.customer.domain.SurveyResponse;
import fi.kuopas.customer.domain.TenantSelectionDecision;
import fi.kuopas.customer.rest.CustomerDtos.ApplicationView;
import fi.kuopas.customer.rest.CustomerDtos.CompellingGroundsView;
import fi.kuopas.customer.rest.CustomerDtos.CreditCheckView;
import fi.kuopas.customer.rest.CustomerDtos.DecisionView;
import fi.kuopas.customer.rest.CustomerDtos.DisclosureRequest;
import fi.kuopas.customer.rest.CustomerDtos.DisclosureView;
import fi.kuopas.customer.rest.PersonDtos;
import fi.kuopas.customer.rest.PersonDtos.PersonPage;
import fi.kuopas.customer.rest.PersonDtos.PersonRequest;
import fi.kuopas.customer.rest.PersonDtos.PersonSearch;
import fi.kuopas.customer.rest.PersonDtos.PersonUpdate;
import fi.kuopas.customer.rest.PersonDtos.PersonView;
import fi.kuopas.customer.rest.PersonDtos.ProvenanceView;
import fi.kuopas.customer.rest.TenantServiceDtos;
import fi.kuopas.customer.rest.TenantServiceDtos.CollectionCaseRequest;
import fi.kuopas.customer.rest.TenantServiceDtos.CollectionCaseView;
import fi.kuopas.customer.rest.TenantServiceDtos.FaultReportRequest;
import fi.kuopas.customer.rest.TenantServiceDtos.FaultReportView;
import fi.kuopas.customer.rest.TenantServiceDtos.FaultStatusRequest;
import fi.kuopas.customer.rest.TenantServiceDtos.SurveyResponseRequest;
import fi.kuopas.customer.rest.TenantServiceDtos.SurveyResponseView;
import fi.kuopas.customer.service.CustomerCommands;
import fi.kuopas.customer.service.PersonService;
import fi.kuopas.customer.service.PersonViews;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * The one place where the customer API's bodies meet the services: request bodies to commands,
 * what the services return to response bodies. Plain static factories (the project's one mapping
 * convention).
 */
public final class CustomerMapping {

    private CustomerMapping() {
    }

    public static CustomerCommands.NewPerson newPerson(PersonRequest r) {
        return new CustomerCommands.NewPerson(r.personalIdentityCode(), r.firstName(), r.lastName(), r.birthDate(), r.email(),
                r.phone(), r.language(), r.streetAddress(), r.postalCode(), r.city());
    }

    public static CustomerCommands.PersonChange personChange(PersonUpdate u) {
        return new CustomerCommands.PersonChange(u.version(), u.firstName(), u.lastName(), u.email(), u.phone(), u.language(),
                u.streetAddress(), u.postalCode(), u.city());
    }

    public static CustomerCommands.PersonQuery personQuery(PersonSearch s) {
        return new CustomerCommands.PersonQuery(s.personalIdentityCode(), s.email(), s.phone(), s.lastName(), s.page(), s.size());
    }

    public static CustomerCommands.IdentityCodeLink identityCodeLink(PersonDtos.IdentityCodeLink l) {
        return new CustomerCommands.IdentityCodeLink(l.personalIdentityCode(), l.version());
    }

    /** A person as the caller may see them ({@link PersonViews} decided what that is). */
    public static PersonView person(PersonViews.Shown shown) {
        Person p = shown.person();
        boolean hide = shown.addressHidden();
        return new PersonView(p.id, shown.identityCode(), shown.temporaryIdentityCode(), p.firstName, p.lastName, p.birthDate,
                p.email, p.phone, p.language, hide ? null : p.streetAddress, hide ? null : p.postalCode, hide ? null : p.city,
                p.protectedAddress, p.restricted, p.externalPmsId,
                shown.provenance().stream().map(f -> new ProvenanceView(f.id.field(), f.source, f.retrievedAt, f.purpose)).toList(),
                p.version);
    }

    public static PersonPage personPage(PersonService.Page page) {
        return new PersonPage(page.items().stream().map(CustomerMapping::person).toList(), page.page(), page.size(), page.total());
    }

    public static CustomerCommands.NewDisclosure disclosure(DisclosureRequest r) {
        return new CustomerCommands.NewDisclosure(r.recipient(), r.recipientRole(), r.recipientCountry(), r.categories(), r.fields(),
                r.basis(), r.requestReference(), r.legalReference(), r.transferMechanism());
    }

    public static CustomerCommands.SurveyAnswer surveyAnswer(SurveyResponseRequest r) {
        return new CustomerCommands.SurveyAnswer(r.personId(), r.surveyCode(), r.answeredAt(), r.score(), r.answers());
    }

    public static CustomerCommands.NewFaultReport faultReport(FaultReportRequest r) {
        TenantServiceDtos.EntryPermission e = r.entryPermission();
        return new CustomerCommands.NewFaultReport(r.personId(), r.apartmentRef(), r.description(),
                new CustomerCommands.EntryPermission(e.granted(), e.validFrom(), e.validUntil(), e.pets(), e.notes()));
    }

    public static CustomerCommands.FaultStatusChange faultStatus(FaultStatusRequest r) {
        return new CustomerCommands.FaultStatusChange(r.version(), r.status(), r.partner(), r.partnerCountry(),
                r.transferMechanism());
    }

    public static CustomerCommands.NewCollectionCase collectionCase(CollectionCaseRequest r) {
        return new CustomerCommands.NewCollectionCase(r.personId(), r.leaseId(), r.amountCents(), r.agentName(), r.agentCountry(),
                r.transferMechanism());
    }

    public static ApplicationView view(HousingApplication a) {
        return new ApplicationView(a.id, a.personId, a.kind.name(), a.receivedAt, a.validUntil, a.renewedAt,
                a.householdSize, a.desiredArea, a.desiredRooms, a.status.name(), a.version);
    }

    public static CreditCheckView view(CreditCheck c) {
        return new CreditCheckView(c.id, c.applicationId, c.checkedAt, c.purpose, c.paymentDefaults, c.summary, c.source,
                c.requestedBy);
    }

    public static DecisionView view(TenantSelectionDecision d) {
        return new DecisionView(d.id, d.applicationId, d.apartmentRef, d.outcome, d.decidedBy, d.decidedAt, d.rationale,
                Arrays.asList(d.inputsUsed.split(",")));
    }

    public static DisclosureView view(Disclosure d) {
        return new DisclosureView(d.id, d.recipient, d.recipientRole, d.recipientCountry, d.categories,
                d.fields == null || d.fields.isBlank() ? List.of() : Arrays.asList(d.fields.split(",")), d.basis,
                d.requestReference, d.legalReference, d.transferMechanism, d.disclosedAt, d.disclosedBy);
    }

    public static CompellingGroundsView view(CompellingGrounds g) {
        return new CompellingGroundsView(g.id, g.personId, g.purpose, g.grounds, g.recordedBy, g.recordedAt);
    }

    public static SurveyResponseView view(SurveyResponse s) {
        return new SurveyResponseView(s.id, s.personId, s.surveyCode, s.answeredAt, s.score, s.answers, s.recordedAt,
                s.recordedBy);
    }

    public static FaultReportView view(FaultReport f, LocalDate today) {
        return new FaultReportView(f.id, f.personId, f.apartmentRef, f.description, f.reportedAt, f.reportedBy,
                new TenantServiceDtos.EntryPermission(f.entryGranted, f.entryValidFrom, f.entryValidUntil, f.entryPets, f.entryNotes),
                f.entryPermittedOn(today), f.status.name(), f.partner, f.handedOverAt, f.doneAt, f.version);
    }

    public static CollectionCaseView view(CollectionCase c) {
        return new CollectionCaseView(c.id, c.personId, c.leaseId, c.amountCents, c.openedAt, c.closedAt, c.agentName,
                c.agentCountry, c.transferMechanism);
    }
}
