package fi.kuopas.customer.service;

import fi.kuopas.customer.domain.CompellingGrounds;
import fi.kuopas.customer.domain.Person;
import fi.kuopas.customer.domain.ProcessingObjection;
import fi.kuopas.privacy.audit.AuditAction;
import fi.kuopas.privacy.audit.AuditLog;
import fi.kuopas.privacy.problem.ProblemException;
import fi.kuopas.privacy.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * GDPR Art 21(1): after an objection to a legitimate-interest purpose the processing stops unless
 * the controller demonstrates compelling legitimate grounds that override the subject's interests,
 * rights and freedoms, or the processing is needed for legal claims. The DPO records them here:
 * who, why and when; the objection answer and the services read them.
 */
@ApplicationScoped
public class ObjectionService {

    private final PersonService persons;
    private final AuditLog audit;
    private final Caller caller;

    public ObjectionService(PersonService persons, AuditLog audit, Caller caller) {
        this.persons = persons;
        this.audit = audit;
        this.caller = caller;
    }

    @Transactional
    public CompellingGrounds recordGrounds(UUID personId, String purpose, String grounds) {
        Person p = persons.readable(personId);
        if (!ProcessingObjection.PURPOSES.contains(purpose)) {
            throw ProblemException.badRequest("purpose must be one of " + ProcessingObjection.PURPOSES);
        }
        CompellingGrounds g = new CompellingGrounds();
        g.id = UUID.randomUUID();
        g.personId = p.id;
        g.purpose = purpose;
        g.grounds = grounds.strip();
        g.recordedBy = caller.name();
        g.recordedAt = Instant.now();
        g.persist();
        audit.record(AuditAction.CREATE, p.auditKey(), "compelling-grounds", g.id.toString(), "Art 21(1) compelling grounds: " + purpose);
        return g;
    }

    @Transactional
    public List<CompellingGrounds> groundsOf(UUID personId) {
        Person p = persons.readable(personId);
        audit.record(AuditAction.VIEW, p.auditKey(), "compelling-grounds", null, "Art 21(1) compelling grounds");
        return CompellingGrounds.list("personId = ?1 ORDER BY recordedAt DESC, id", personId);
    }
}
