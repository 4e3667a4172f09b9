package fi.kuopas.stakeholder.service;

import fi.kuopas.privacy.audit.AuditAction;
import fi.kuopas.privacy.audit.AuditLog;
import fi.kuopas.privacy.problem.ProblemException;
import fi.kuopas.privacy.restriction.RestrictionGuard;
import fi.kuopas.privacy.subject.SubjectKeyColumns;
import fi.kuopas.privacy.subject.SubjectKeys;
import fi.kuopas.privacy.web.Paging;
import fi.kuopas.stakeholder.domain.ContactPerson;
import fi.kuopas.stakeholder.domain.Organisation;
import fi.kuopas.stakeholder.domain.PersonBasis;
import fi.kuopas.stakeholder.service.StakeholderCommands.ContactPersonData;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.Hibernate;

/** Contact persons: every read and change is written to the access log in the same transaction. */
@ApplicationScoped
@Transactional
public class ContactPersonService {

    static final String RECORD = "contact-person";
    static final String PURPOSE = "stakeholder-communication";

    private final AuditLog audit;
    private final SubjectKeys keys;
    private final RestrictionGuard restriction;

    public ContactPersonService(AuditLog audit, SubjectKeys keys, RestrictionGuard restriction) {
        this.audit = audit;
        this.keys = keys;
        this.restriction = restriction;
    }

    public ContactPerson create(ContactPersonData request) {
        ContactPerson p = new ContactPerson();
        p.createdAt = Instant.now();
        apply(p, request);
        persist(p);
        audit.record(AuditAction.CREATE, p.auditKey(), RECORD, p.id.toString(), PURPOSE);
        return p;
    }

    public ContactPerson get(UUID id) {
        ContactPerson p = find(id);
        restriction.requireRecordNotRestricted(RestrictionMarker.key(p.id), p.auditKey(), "contact-person", p.id.toString());
        audit.record(AuditAction.VIEW, p.auditKey(), RECORD, p.id.toString(), PURPOSE);
        return withOrganisation(p);
    }

    public List<ContactPerson> search(String q, UUID organisationId, int page, int size) {
        StringBuilder where = new StringBuilder("restrictedSince is null");
        Parameters params = new Parameters();
        if (q != null && !q.isBlank()) {
            String term = q.strip();
            where.append(" and (lower(firstName || ' ' || lastName) like :q or lower(organisation.name) like :q"
                    + " or subjectKeys.emailKey = :emailKey or subjectKeys.phoneKey = :phoneKey)");
            params.and("q", "%" + term.toLowerCase(java.util.Locale.ROOT) + "%")
                    .and("emailKey", keys.ofEmail(term))
                    .and("phoneKey", keys.ofPhone(term));
        }
        if (organisationId != null) {
            where.append(" and organisation.id = :org");
            params.and("org", organisationId);
        }
        List<ContactPerson> found = Paging.list(ContactPerson.find(where + " order by lastName, firstName, id", params),
                page, size);
        for (ContactPerson p : found) {
            audit.record(AuditAction.SEARCH, p.auditKey(), RECORD, p.id.toString(), PURPOSE);
        }
        found.forEach(ContactPersonService::withOrganisation);
        return found;
    }

    public ContactPerson update(UUID id, ContactPersonData request, Long expectedVersion) {
        ContactPerson p = find(id);
        restriction.requireRecordNotRestricted(RestrictionMarker.key(p.id), p.auditKey(), "contact-person", p.id.toString());
        VersionCheck.expectVersion(expectedVersion, p.version);
        apply(p, request);
        persist(p);
        audit.record(AuditAction.UPDATE, p.auditKey(), RECORD, p.id.toString(), PURPOSE);
        return p;
    }

    public void delete(UUID id, Long expectedVersion) {
        ContactPerson p = find(id);
        if (expectedVersion != null) {
            VersionCheck.expectVersion(expectedVersion, p.version);
        }
        audit.record(AuditAction.DELETE, p.auditKey(), RECORD, p.id.toString(), PURPOSE);
        // Interactions and memberships go with the person (ON DELETE CASCADE); suppression entries stay.
        p.delete();
    }

    /** The person with their organisation loaded: the caller reads it after the transaction. */
    static ContactPerson withOrganisation(ContactPerson p) {
        Hibernate.initialize(p.organisation);
        return p;
    }

    static ContactPerson find(UUID id) {
        ContactPerson p = ContactPerson.findById(id);
        if (p == null) {
            throw ProblemException.notFound("contact person " + id);
        }
        return p;
    }

    private void apply(ContactPerson p, ContactPersonData r) {
        Organisation org = Organisation.findById(r.organisationId());
        if (org == null) {
            throw ProblemException.notFound("organisation " + r.organisationId());
        }
        p.organisation = org;
        p.firstName = r.firstName().strip();
        p.lastName = r.lastName().strip();
        p.title = blankToNull(r.title());
        p.email = blankToNull(r.email());
        p.getSubjectKeys().indexEmail(keys, p.email);
        p.phone = blankToNull(r.phone());
        p.getSubjectKeys().indexPhone(keys, p.phone);
        if (r.birthDate() != null) {
            p.getSubjectKeys().indexName(keys, p.fullName(), r.birthDate());
        }
        p.language = r.language() == null ? "fi" : r.language();
        p.legalBasis = r.legalBasis();
        if (p.legalBasis == PersonBasis.CONSENT && p.email == null && p.phone == null && r.consentSubjectKey() == null) {
            throw ProblemException.badRequest("a contact person kept on consent needs an email or phone the consent was given with");
        }
        SubjectKeyColumns k = p.getSubjectKeys();
        p.consentSubjectKey = r.consentSubjectKey() != null ? r.consentSubjectKey()
                : p.legalBasis == PersonBasis.CONSENT ? (k.emailKey() != null ? k.emailKey() : k.phoneKey()) : null;
        p.updatedAt = Instant.now();
    }

    private static void persist(ContactPerson p) {
        String emailKey = p.getSubjectKeys().emailKey();
        if (emailKey != null && ContactPerson.count("subjectKeys.emailKey = ?1 and id <> ?2", emailKey, p.id) > 0) {
            throw duplicate();
        }
        try {
            p.persistAndFlush();
        } catch (PersistenceException e) {
            if (e instanceof jakarta.persistence.OptimisticLockException) {
                throw e;
            }
            // A concurrent insert of the same email passed the check above: the unique index decides.
            throw duplicate();
        }
    }

    private static ProblemException duplicate() {
        return new ProblemException(409, "duplicate-contact", "Duplicate contact person",
                "a contact person with this email already exists");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
