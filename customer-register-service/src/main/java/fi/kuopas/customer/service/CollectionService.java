package fi.kuopas.customer.service;

import fi.kuopas.customer.domain.CollectionCase;
import fi.kuopas.customer.domain.DisclosableField;
import fi.kuopas.customer.domain.Lease;
import fi.kuopas.customer.domain.LeaseResident;
import fi.kuopas.customer.domain.Person;
import fi.kuopas.customer.domain.ProcessingObjection;
import fi.kuopas.customer.service.CustomerCommands.NewCollectionCase;
import fi.kuopas.privacy.audit.AuditAction;
import fi.kuopas.privacy.audit.AuditLog;
import fi.kuopas.privacy.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Rent debts handed to a collection agent (GDPR 6(1)(f)). Each hand-over is a disclosure; an
 * agent outside the EU/EEA needs a transfer mechanism (Chapter V), checked by the disclosure log.
 */
@ApplicationScoped
public class CollectionService {

    static final String PURPOSE = "collection of rent debt";
    static final List<String> DISCLOSED = List.of("name", "identity code", "contact details", "rent debt");
    /** What the agent receives, field by field: the protected-address check decides on these. */
    static final Set<DisclosableField> FIELDS = EnumSet.of(DisclosableField.NAME, DisclosableField.IDENTITY_CODE,
            DisclosableField.STREET_ADDRESS, DisclosableField.POSTAL_CODE, DisclosableField.CITY, DisclosableField.EMAIL,
            DisclosableField.PHONE, DisclosableField.RENT_DEBT);

    private final PersonService persons;
    private final DisclosureService disclosures;
    private final AuditLog audit;

    public CollectionService(PersonService persons, DisclosureService disclosures, AuditLog audit) {
        this.persons = persons;
        this.disclosures = disclosures;
        this.audit = audit;
    }

    @Transactional
    public CollectionCase open(NewCollectionCase r) {
        Person p = persons.readable(r.personId());
        if (ProcessingObjection.inForce(p.id, ProcessingObjection.DEBT_COLLECTION)) {
            // GDPR Art 21(1): collection rests on legitimate interest; after an objection it stops unless
            // compelling legitimate grounds (e.g. the establishment of a legal claim) are recorded.
            throw new ProblemException(409, "objection-in-force", "Objection in force",
                    "the person has objected to debt collection (GDPR Art 21(1)) and no compelling legitimate grounds "
                            + "are recorded; the DPO can record them");
        }
        if (r.leaseId() != null) {
            if (Lease.findById(r.leaseId()) == null) {
                throw ProblemException.notFound("lease " + r.leaseId());
            }
            if (LeaseResident.findById(new LeaseResident.Key(r.leaseId(), p.id)) == null) {
                throw ProblemException.unprocessable("not-a-resident", "the person is not a resident of lease " + r.leaseId());
            }
        }
        String mechanism = r.transferMechanism() == null || r.transferMechanism().isBlank() ? null : r.transferMechanism().strip();
        CollectionCase c = new CollectionCase();
        c.id = UUID.randomUUID();
        c.personId = p.id;
        c.leaseId = r.leaseId();
        c.amountCents = r.amountCents();
        c.openedAt = Instant.now();
        c.agentName = r.agentName().strip();
        c.agentCountry = r.agentCountry();
        c.transferMechanism = mechanism;
        // Refuses an agent outside the EU/EEA without a mechanism; the case is then not stored either.
        disclosures.log(p, c.agentName, "controller", c.agentCountry, DISCLOSED, fields(r.leaseId() != null),
                "GDPR Art 6(1)(f): " + PURPOSE, "collection-case " + c.id, null, mechanism);
        c.persist();
        audit.record(AuditAction.CREATE, p.auditKey(), "collection-case", c.id.toString(), PURPOSE);
        return c;
    }

    private static Set<DisclosableField> fields(boolean withLease) {
        Set<DisclosableField> f = EnumSet.copyOf(FIELDS);
        if (withLease) {
            f.add(DisclosableField.LEASE);
        }
        return f;
    }

    /** Closes a case when the debt has been paid. */
    @Transactional
    public CollectionCase close(UUID id) {
        CollectionCase c = CollectionCase.findById(id);
        if (c == null) {
            throw ProblemException.notFound("collection case " + id);
        }
        Person p = persons.readable(c.personId);
        Instant now = Instant.now();
        // Atomic, so two concurrent closures cannot both succeed.
        if (c.closedAt != null || CollectionCase.update("closedAt = ?1 where id = ?2 and closedAt is null", now, id) == 0) {
            throw ProblemException.conflict("the collection case is already closed");
        }
        c.closedAt = now;
        audit.record(AuditAction.UPDATE, p.auditKey(), "collection-case", c.id.toString(), PURPOSE + ": paid");
        return c;
    }

    @Transactional
    public List<CollectionCase> ofPerson(UUID personId) {
        Person p = persons.readable(personId);
        audit.record(AuditAction.VIEW, p.auditKey(), "collection-case", null, PURPOSE);
        return CollectionCase.list("personId = ?1 ORDER BY openedAt DESC, id", personId);
    }
}
