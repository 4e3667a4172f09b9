package fi.kuopas.stakeholder.service;

import fi.kuopas.privacy.audit.AuditAction;
import fi.kuopas.privacy.audit.AuditLog;
import fi.kuopas.privacy.problem.ProblemException;
import fi.kuopas.privacy.restriction.RestrictionGuard;
import fi.kuopas.privacy.security.Caller;
import fi.kuopas.stakeholder.domain.ContactPerson;
import fi.kuopas.stakeholder.domain.MailingList;
import fi.kuopas.stakeholder.domain.MailingPurpose;
import fi.kuopas.stakeholder.domain.Membership;
import fi.kuopas.stakeholder.domain.PersonBasis;
import fi.kuopas.stakeholder.domain.Suppression;
import fi.kuopas.stakeholder.service.StakeholderCommands.MailingListData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Mailing lists, their members, and the export a communications tool sends to. */
@ApplicationScoped
@Transactional
public class MailingListService {

    private static final String MEMBER = "mailing-list-member";

    /** A mailing list and how many members it has. */
    public record Counted(MailingList list, long members) {
    }

    private final AuditLog audit;
    private final SuppressionService suppressions;
    private final RestrictionGuard restriction;
    private final Caller actor;
    private final EntityManager em;

    public MailingListService(AuditLog audit, SuppressionService suppressions, RestrictionGuard restriction,
            Caller actor, EntityManager em) {
        this.audit = audit;
        this.suppressions = suppressions;
        this.restriction = restriction;
        this.actor = actor;
        this.em = em;
    }

    public Counted create(MailingListData request) {
        if (MailingList.count("code", request.code()) > 0) {
            throw new ProblemException(409, "duplicate-mailing-list", "Duplicate mailing list",
                    "a mailing list with code " + request.code() + " already exists");
        }
        MailingList l = new MailingList();
        l.code = request.code();
        l.createdAt = Instant.now();
        apply(l, request);
        l.persist();
        return new Counted(l, 0);
    }

    public Counted update(UUID id, MailingListData request, Long expectedVersion) {
        MailingList l = find(id);
        VersionCheck.expectVersion(expectedVersion, l.version);
        if (!l.code.equals(request.code())) {
            throw ProblemException.badRequest("the code of a mailing list cannot be changed");
        }
        MailingPurpose purpose = purpose(request.purpose());
        if (purpose.basis != l.legalBasis && Membership.count("mailingList", l) > 0) {
            throw ProblemException.unprocessable("basis-change",
                    "the purpose would change the list's legal basis; create a new list instead");
        }
        apply(l, request);
        MailingList.flush();
        return new Counted(l, Membership.count("mailingList", l));
    }

    public List<Counted> list() {
        return MailingList.<MailingList>list("order by name").stream()
                .map(l -> new Counted(l, Membership.count("mailingList", l))).toList();
    }

    public Counted get(UUID id) {
        MailingList l = find(id);
        return new Counted(l, Membership.count("mailingList", l));
    }

    public void delete(UUID id) {
        find(id).delete();
    }

    public Membership addMember(UUID listId, UUID personId) {
        MailingList l = find(listId);
        ContactPerson p = ContactPersonService.find(personId);
        restriction.requireRecordNotRestricted(RestrictionMarker.key(p.id), p.auditKey(), "contact-person", p.id.toString());
        if (l.consentBased() && p.legalBasis != PersonBasis.CONSENT) {
            throw ProblemException.unprocessable("consent-required",
                    "this list is sent on consent (Art 6(1)(a)); the contact person is kept on contract, not consent");
        }
        if (p.email == null) {
            throw ProblemException.unprocessable("no-email", "the contact person has no email address to send to");
        }
        if (suppressions.blocks(p, l.legalBasis)) {
            throw new ProblemException(409, "suppressed", "Person is on the suppression list",
                    "the person has withdrawn consent or objected and may not be added to this list");
        }
        if (Membership.count("mailingList = ?1 and contactPerson = ?2", l, p) > 0) {
            throw new ProblemException(409, "already-member", "Already a member", "the person is already on this list");
        }
        Membership m = new Membership();
        m.mailingList = l;
        m.contactPerson = p;
        m.addedAt = Instant.now();
        m.addedBy = actor.name();
        m.persist();
        audit.record(AuditAction.CREATE, p.auditKey(), MEMBER, m.id.toString(), l.purposeCode);
        ContactPersonService.withOrganisation(p);
        return m;
    }

    public void removeMember(UUID listId, UUID personId) {
        MailingList l = find(listId);
        Membership m = Membership.<Membership>find("mailingList.id = ?1 and contactPerson.id = ?2", l.id, personId)
                .firstResult();
        if (m == null) {
            throw ProblemException.notFound("membership of contact person " + personId);
        }
        audit.record(AuditAction.DELETE, m.contactPerson.auditKey(), MEMBER, m.id.toString(), l.purposeCode);
        m.delete();
    }

    public List<Membership> members(UUID listId) {
        MailingList l = find(listId);
        List<Membership> members = Membership.<Membership>list(
                "mailingList = ?1 and contactPerson.restrictedSince is null order by contactPerson.lastName, contactPerson.firstName", l);
        for (Membership m : members) {
            audit.record(AuditAction.VIEW, m.contactPerson.auditKey(), MEMBER, m.id.toString(), l.purposeCode);
        }
        members.forEach(m -> ContactPersonService.withOrganisation(m.contactPerson));
        return members;
    }

    /**
     * The recipients a communications tool may send to: members with an email, not restricted,
     * and not suppressed by any of their subject keys. The suppression check is in the same query
     * so a person suppressed a moment ago is never exported.
     */
    public List<ContactPerson> export(UUID listId) {
        MailingList l = find(listId);
        List<ContactPerson> recipients = em.createQuery("""
                select p from Membership m join m.contactPerson p join fetch p.organisation
                where m.mailingList = :list and p.restrictedSince is null and p.email is not null
                and not exists (select s from Suppression s
                    where s.subjectKey in (p.subjectKeys.emailKey, p.subjectKeys.phoneKey, p.subjectKeys.nameKey, p.consentSubjectKey)
                    and (:consent = true or s.scope = :all))
                order by p.lastName, p.firstName, p.id""", ContactPerson.class)
                .setParameter("list", l).setParameter("consent", l.consentBased())
                .setParameter("all", Suppression.Scope.ALL_MAILINGS).getResultList();
        for (ContactPerson p : recipients) {
            audit.record(AuditAction.EXPORT, p.auditKey(), MEMBER, l.id.toString(), l.purposeCode);
        }
        return recipients;
    }

    static MailingList find(UUID id) {
        MailingList l = MailingList.findById(id);
        if (l == null) {
            throw ProblemException.notFound("mailing list " + id);
        }
        return l;
    }

    private static MailingPurpose purpose(String code) {
        return MailingPurpose.ofCode(code).orElseThrow(() -> ProblemException.badRequest(
                "purpose must be one of stakeholder-newsletter, stakeholder-events, stakeholder-communication"));
    }

    private static void apply(MailingList l, MailingListData request) {
        MailingPurpose purpose = purpose(request.purpose());
        l.name = request.name().strip();
        l.purposeCode = purpose.code;
        l.legalBasis = purpose.basis;
        l.description = request.description();
        l.updatedAt = Instant.now();
    }
}
