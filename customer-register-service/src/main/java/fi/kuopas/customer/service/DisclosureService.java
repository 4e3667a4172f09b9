package fi.kuopas.customer.service;

import fi.kuopas.customer.domain.Disclosure;
import fi.kuopas.customer.domain.Person;
import fi.kuopas.customer.rest.CustomerDtos.DisclosureRequest;
import fi.kuopas.privacy.audit.AuditAction;
import fi.kuopas.privacy.audit.AuditLog;
import fi.kuopas.privacy.problem.ProblemException;
import fi.kuopas.privacy.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The disclosure log: new owner on a change of ownership, collection agents (also abroad), police,
 * partners. Art 19 notifications of rectification, erasure and restriction are sent from it.
 */
@ApplicationScoped
public class DisclosureService {

    /** EU/EEA countries need no transfer mechanism; elsewhere one must be named (Chapter V). */
    static final Set<String> EEA = Set.of("AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU",
            "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "IS", "LI", "NO");

    private final PersonService persons;
    private final AuditLog audit;
    private final Caller caller;

    public DisclosureService(PersonService persons, AuditLog audit, Caller caller) {
        this.persons = persons;
        this.audit = audit;
        this.caller = caller;
    }

    @Transactional
    public Disclosure record(UUID personId, DisclosureRequest r) {
        Person p = persons.readable(personId);
        return log(p, r.recipient(), r.recipientRole(), r.recipientCountry(), r.categories(), r.basis(), r.requestReference(),
                r.transferMechanism());
    }

    /**
     * Logs a disclosure made as part of another operation (a task handed to the maintenance
     * partner, a debt handed to a collection agent), with the same checks as {@link #record}.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Disclosure log(Person p, String recipient, String recipientRole, String recipientCountry, List<String> categories,
            String basis, String requestReference, String transferMechanism) {
        if (p.protectedAddress && categories.stream().anyMatch(c -> c.toLowerCase().contains("address"))
                && !"authority".equals(recipientRole)) {
            throw ProblemException.unprocessable("protected-address",
                    "the person's address is protected (turvakielto) and is not disclosed to third parties");
        }
        if (!EEA.contains(recipientCountry) && (transferMechanism == null || transferMechanism.isBlank())) {
            throw ProblemException.unprocessable("transfer-mechanism-required", "a recipient in " + recipientCountry
                    + " is outside the EU/EEA: name the transfer mechanism (adequacy decision, SCC 2021/914, Art 49)");
        }
        Disclosure d = new Disclosure();
        d.id = UUID.randomUUID();
        d.personId = p.id;
        d.recipient = recipient;
        d.recipientRole = recipientRole;
        d.recipientCountry = recipientCountry;
        d.categories = String.join(", ", categories);
        d.basis = basis;
        d.requestReference = requestReference;
        d.transferMechanism = transferMechanism;
        d.disclosedAt = Instant.now();
        d.disclosedBy = caller.name();
        d.persist();
        audit.record(AuditAction.DISCLOSE, p.auditKey(), "disclosure", d.id.toString(), "disclosure to " + recipientRole);
        return d;
    }

    @Transactional
    public List<Disclosure> ofPerson(UUID personId) {
        Person p = persons.readable(personId);
        audit.record(AuditAction.VIEW, p.auditKey(), "disclosure", null, "disclosure log");
        return Disclosure.list("personId = ?1 ORDER BY disclosedAt DESC", personId);
    }
}
