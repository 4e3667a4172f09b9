package fi.kuopas.customer.service;

import fi.kuopas.customer.domain.Person;
import fi.kuopas.customer.domain.PersonRows;
import fi.kuopas.customer.service.CustomerCommands.IdentityCodeLink;
import fi.kuopas.customer.service.CustomerCommands.NewPerson;
import fi.kuopas.customer.service.CustomerCommands.PersonChange;
import fi.kuopas.customer.service.CustomerCommands.PersonQuery;
import fi.kuopas.customer.service.PersonViews.Shown;
import fi.kuopas.privacy.audit.AuditAction;
import fi.kuopas.privacy.audit.AuditLog;
import fi.kuopas.privacy.identity.PersonalIdentityCode;
import fi.kuopas.privacy.problem.ProblemException;
import fi.kuopas.privacy.restriction.RestrictionGuard;
import fi.kuopas.privacy.security.Caller;
import fi.kuopas.privacy.security.Roles;
import fi.kuopas.privacy.subject.SubjectIdentifiers;
import fi.kuopas.privacy.subject.SubjectKeys;
import fi.kuopas.privacy.web.Paging;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Persons of the customer register: create, read, change, search. Every read is audited. */
@ApplicationScoped
public class PersonService {

    static final String PURPOSE = "customer relationship";

    /** One page of a search: the persons as the caller may see them, and the total. */
    public record Page(List<Shown> items, int page, int size, long total) {
    }

    private final PersonWriter writer;
    private final PersonViews views;
    private final AuditLog audit;
    private final SubjectKeys keys;
    private final Caller caller;
    private final Tombstones tombstones;
    private final RestrictionGuard restriction;

    public PersonService(PersonWriter writer, PersonViews views, AuditLog audit, SubjectKeys keys, Caller caller,
            Tombstones tombstones, RestrictionGuard restriction) {
        this.writer = writer;
        this.restriction = restriction;
        this.views = views;
        this.audit = audit;
        this.keys = keys;
        this.caller = caller;
        this.tombstones = tombstones;
    }

    @Transactional
    public Shown create(NewPerson r) {
        Person p = writer.newPerson(r.personalIdentityCode(), r.firstName(), r.lastName(), r.birthDate());
        writer.applyContact(p, r.email(), r.phone(), r.language(), r.streetAddress(), r.postalCode(), r.city());
        p.persist();
        writer.addressFromSubject(p);
        // Art 21(3): a person who objected to marketing or surveys before being erased stays objected.
        tombstones.applySuppressions(p);
        audit.record(AuditAction.CREATE, p.auditKey(), "person", p.id.toString(), PURPOSE);
        return views.of(p);
    }

    /** Links the permanent identity code of a person who had a temporary one; the old code stays an alias key. */
    @Transactional
    public Shown linkIdentityCode(UUID id, IdentityCodeLink link) {
        Person p = readable(id);
        if (link.version() != null && p.version != link.version()) {
            throw ProblemException.conflict("person was changed by someone else (version " + p.version
                    + ", yours " + link.version() + "); reload and apply your change again");
        }
        writer.linkPermanentCode(p, PersonalIdentityCode.parse(link.personalIdentityCode()));
        tombstones.applySuppressions(p);
        audit.record(AuditAction.UPDATE, p.auditKey(), "person", id.toString(), PURPOSE + ": permanent identity code linked");
        return views.of(p);
    }

    @Transactional
    public Shown get(UUID id) {
        Person p = readable(id);
        audit.record(AuditAction.VIEW, p.auditKey(), "person", id.toString(), PURPOSE);
        return views.of(p);
    }

    @Transactional
    public Shown update(UUID id, PersonChange u) {
        Person p = readable(id);
        if (p.version != u.version()) {
            throw ProblemException.conflict("person was changed by someone else (version " + p.version
                    + ", yours " + u.version() + "); reload and apply your change again");
        }
        String street = u.streetAddress();
        String postalCode = u.postalCode();
        String city = u.city();
        if (p.protectedAddress && !views.seesProtectedAddress() && street == null && postalCode == null && city == null) {
            // The caller was shown no address (turvakielto), so sending none back leaves it as it is.
            street = p.streetAddress;
            postalCode = p.postalCode;
            city = p.city;
        }
        p.firstName = u.firstName();
        p.lastName = u.lastName();
        boolean addressChanged = !java.util.Objects.equals(p.streetAddress, street)
                || !java.util.Objects.equals(p.postalCode, postalCode) || !java.util.Objects.equals(p.city, city);
        if (p.protectedAddress && addressChanged && !views.seesProtectedAddress()) {
            throw ProblemException.forbidden("the address is protected (turvakielto); only a letting officer may change it");
        }
        writer.applyContact(p, u.email(), u.phone(), u.language(), street, postalCode, city);
        writer.refreshNameKey(p);
        p.updatedAt = java.time.Instant.now();
        if (addressChanged) {
            writer.addressFromSubject(p);
        }
        audit.record(AuditAction.UPDATE, p.auditKey(), "person", id.toString(), PURPOSE);
        return views.of(p);
    }

    /**
     * One page of persons matching every criterion given, each audited. The page, its field
     * provenance and its audit lines are one SQL statement ({@link AuditLog#selectAudited}) run as a
     * transaction of its own: one round trip, and nothing is answered that is not logged.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Page search(PersonQuery s) {
        int page = s.page() == null ? 0 : s.page();
        int size = s.size() == null ? 20 : s.size();
        List<String> where = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        SubjectIdentifiers ids = new SubjectIdentifiers(s.personalIdentityCode(), s.email(), s.phone(), null, null);
        if (s.personalIdentityCode() != null && !s.personalIdentityCode().isBlank()) {
            params.add(keys.ofIdentityCode(ids.identityCode()));
            // The code of a temporary code replaced by a permanent one still finds the person.
            where.add("(p.pic_key = ?" + params.size() + " or p.pic_alias_key = ?" + params.size() + ")");
        }
        if (s.email() != null && !s.email().isBlank()) {
            params.add(keys.ofEmail(s.email()));
            where.add("p.email_key = ?" + params.size());
        }
        if (s.phone() != null && !s.phone().isBlank()) {
            params.add(keys.ofPhone(s.phone()));
            where.add("p.phone_key = ?" + params.size());
        }
        if (s.lastName() != null && !s.lastName().isBlank()) {
            String prefix = s.lastName().strip().toLowerCase(new java.util.Locale("fi"))
                    .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
            params.add(prefix + "%");
            where.add("lower(p.last_name) like ?" + params.size());
        }
        if (where.isEmpty()) {
            throw ProblemException.badRequest("give at least one search criterion");
        }
        where.add("p.anonymised_at is null");
        if (!caller.hasRole(Roles.DPO)) {
            where.add("p.restricted = false");
        }
        PersonRows.Query q = PersonRows.searchPage(where, params, page, size);
        List<PersonRows.Row> found = audit.selectAudited(q.sql(), q.params(), "audit_key", "id", "n", AuditAction.SEARCH,
                "person", PURPOSE, PersonRows::row);
        // A first page that is not full holds every match; otherwise each row carries the total.
        long total = found.isEmpty() ? (page == 0 ? 0 : PersonRows.count(where, params))
                : page == 0 && found.size() < size ? found.size() : found.get(0).total();
        Paging.record(page, size, total);
        return new Page(found.stream().map(r -> views.of(r.person(), r.provenance())).toList(), page, size, total);
    }

    /** A person the caller may read: exists, not anonymised, and not under restriction (Art 18) unless DPO. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Person readable(UUID id) {
        Person p = Person.findById(id);
        if (p == null || p.anonymisedAt != null) {
            throw ProblemException.notFound("person " + id);
        }
        if (!caller.hasRole(Roles.DPO)) {
            restriction.requireRecordNotRestricted(PersonRestrictions.key(id), p.auditKey(), "person", id.toString());
        }
        return p;
    }
}
