package fi.kuopas.customer.service;

import fi.kuopas.customer.domain.DisclosableField;
import fi.kuopas.customer.domain.Disclosure;
import fi.kuopas.customer.domain.Person;
import fi.kuopas.customer.service.CustomerCommands.NewDisclosure;
import fi.kuopas.privacy.audit.AuditAction;
import fi.kuopas.privacy.audit.AuditLog;
import fi.kuopas.privacy.problem.ProblemException;
import fi.kuopas.privacy.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The disclosure log: new owner on a change of ownership, collection agents (also abroad), police,
 * partners. Art 19 notifications of rectification, erasure and restriction are sent from it.
 */
@ApplicationScoped
public class DisclosureService {

    /** EU/EEA countries need no transfer mechanism; elsewhere one must be named (Chapter V). */
    static final Set<String> EEA = Set.of("AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU",
            "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "IS", "LI", "NO");

    static final String AUTHORITY = "authority";

    private final PersonService persons;
    private final AuditLog audit;
    private final Caller caller;

    public DisclosureService(PersonService persons, AuditLog audit, Caller caller) {
        this.persons = persons;
        this.audit = audit;
        this.caller = caller;
    }

    @Transactional
    public Disclosure record(UUID personId, NewDisclosure r) {
        Person p = persons.readable(personId);
        return log(p, r.recipient(), r.recipientRole(), r.recipientCountry(), r.categories(), r.fields(), r.basis(),
                r.requestReference(), r.legalReference(), r.transferMechanism());
    }

    /**
     * Logs a disclosure made as part of another operation (a task handed to the maintenance
     * partner, a debt handed to a collection agent), with the same checks as {@link #record}.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Disclosure log(Person p, String recipient, String recipientRole, String recipientCountry, List<String> categories,
            Collection<DisclosableField> fields, String basis, String requestReference, String legalReference,
            String transferMechanism) {
        boolean authority = AUTHORITY.equals(recipientRole);
        String reference = legalReference == null || legalReference.isBlank() ? null : legalReference.strip();
        if (authority && reference == null) {
            // An authority receives personal data on a provision of law only; name it (GDPR Art 6(1)(c), 6(3)).
            throw ProblemException.unprocessable("legal-reference-required", "a disclosure to an authority needs the legal "
                    + "provision it rests on in legalReference (e.g. Poliisilaki 872/2011 4 luku 3 §)");
        }
        Set<DisclosableField> disclosed = disclosedFields(categories, fields);
        if (p.protectedAddress && !authority) {
            // Turvakielto (Population Information Act 661/2009 §36): the address and the ways to reach the
            // person are disclosed to an authority with a legal reference only, decided by field, not by wording.
            if (disclosed == null) {
                throw ProblemException.unprocessable("protected-address", "the person's address is protected (turvakielto): "
                        + "name the disclosed fields (fields) so that no address or contact field is disclosed");
            }
            List<String> protectedFields = disclosed.stream().filter(DisclosableField::isAddressOrContact).map(Enum::name).toList();
            if (!protectedFields.isEmpty()) {
                throw ProblemException.unprocessable("protected-address", "the person's address is protected (turvakielto): "
                        + String.join(", ", protectedFields) + " are not disclosed to third parties; only to an authority "
                        + "with a legal reference");
            }
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
        d.fields = disclosed == null ? null : disclosed.stream().map(Enum::name).collect(Collectors.joining(","));
        d.basis = basis;
        d.legalReference = reference;
        d.requestReference = requestReference;
        d.transferMechanism = transferMechanism;
        d.disclosedAt = Instant.now();
        d.disclosedBy = caller.name();
        d.persist();
        audit.record(AuditAction.DISCLOSE, p.auditKey(), "disclosure", d.id.toString(), "disclosure to " + recipientRole);
        return d;
    }

    /**
     * The fields a disclosure contains: the fields named, together with every field its free-text
     * categories stand for (so a description cannot hide a field). Null when a category names no
     * known field and no fields are given: what is disclosed is then unknown.
     */
    static Set<DisclosableField> disclosedFields(List<String> categories, Collection<DisclosableField> fields) {
        Set<DisclosableField> all = EnumSet.noneOf(DisclosableField.class);
        boolean unknown = false;
        for (String c : categories == null ? List.<String>of() : categories) {
            Set<DisclosableField> of = DisclosableField.ofCategory(c);
            if (of == null) {
                unknown = true;
            } else {
                all.addAll(of);
            }
        }
        if (fields != null && !fields.isEmpty()) {
            all.addAll(fields);
            return all;
        }
        return unknown ? null : all;
    }

    @Transactional
    public List<Disclosure> ofPerson(UUID personId) {
        Person p = persons.readable(personId);
        audit.record(AuditAction.VIEW, p.auditKey(), "disclosure", null, "disclosure log");
        return Disclosure.list("personId = ?1 ORDER BY disclosedAt DESC", personId);
    }
}
