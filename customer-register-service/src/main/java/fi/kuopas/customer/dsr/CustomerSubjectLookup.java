package fi.kuopas.customer.dsr;

import fi.kuopas.customer.domain.Disclosure;
import fi.kuopas.customer.domain.Person;
import fi.kuopas.privacy.dsr.SubjectLookup;
import fi.kuopas.privacy.dsr.SubjectMatcher;
import fi.kuopas.privacy.dsr.SubjectRef;
import fi.kuopas.privacy.dsr.SubjectRegisterParts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * The one place where the customer register decides which person rows belong to a data subject
 * ({@link #match}), and its answer to a lookup. Every other DSR class acts on {@code included()} only.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class CustomerSubjectLookup implements SubjectRegisterParts.Lookup {

    /** This register's name in every answer (and the audience of its case grants). */
    public static final String REGISTER = "customer";

    /**
     * The subject's person rows, decided by the kit's {@link SubjectMatcher} and nothing else: every
     * person found by any key is a candidate (one group per person), only those matched through a
     * verified key are {@link SubjectMatcher.Result#included() included}; the rest are possible
     * matches with a masked hint.
     */
    public SubjectMatcher.Result<Person> match(SubjectRef subject) {
        List<SubjectMatcher.Candidate<Person>> candidates = Person.findBySubjectKeys(subject.all()).stream()
                .filter(p -> p.anonymisedAt == null)
                .map(p -> p.keys.candidate(p, p.id, "person", SubjectMatcher.hint(p.firstName, p.lastName, p.birthDate)))
                .toList();
        return SubjectMatcher.match(REGISTER, subject, candidates);
    }

    @Override
    public SubjectLookup lookup(SubjectRef subject) {
        SubjectMatcher.Result<Person> match = match(subject);
        List<Person> people = match.included();
        return new SubjectLookup(REGISTER, !people.isEmpty(), people.size(), people.isEmpty() ? List.of()
                : List.of("identity and contact", "applications", "leases", "credit checks", "population register queries",
                        "decisions", "debt collection", "disclosures", "marketing permissions"), match.possibleMatches());
    }

    /** Art 19: recipients told of a rectification, erasure or restriction come from the disclosure log. */
    static List<String> recipients(List<Person> people) {
        return Disclosure.recipientsOf(people.stream().map(p -> p.id).toList());
    }
}
