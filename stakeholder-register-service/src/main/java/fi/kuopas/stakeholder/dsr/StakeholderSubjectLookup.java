package fi.kuopas.stakeholder.dsr;

import fi.kuopas.privacy.dsr.PossibleMatch;
import fi.kuopas.privacy.dsr.SubjectLookup;
import fi.kuopas.privacy.dsr.SubjectMatcher;
import fi.kuopas.privacy.dsr.SubjectRef;
import fi.kuopas.privacy.dsr.SubjectRegisterParts;
import fi.kuopas.stakeholder.domain.ContactPerson;
import fi.kuopas.stakeholder.domain.Membership;
import fi.kuopas.stakeholder.domain.OrganisationRole;
import fi.kuopas.stakeholder.domain.Suppression;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The one place where the stakeholder register decides which contact persons (and which
 * suppression markings) are a data subject's ({@link #match}), and its answer to a lookup.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class StakeholderSubjectLookup implements SubjectRegisterParts.Lookup {

    static final String REGISTER = "stakeholder";
    static final String NEWSLETTER_PROVIDER = "Newsletter service provider (processor, Finland / EU/EEA)";
    static final String RECORD_KIND = "contact person";

    /**
     * The contact persons that are the subject's, the ones only unproved identifiers (or name with
     * birth date) matched, every key of the included persons (what their access log is filed
     * under), and the keys whose suppression markings are the subject's.
     */
    public record SubjectMatch(List<ContactPerson> persons, List<PossibleMatch> possibleMatches, Set<String> includedKeys,
            Set<String> suppressionKeys) {

        public boolean found() {
            return !persons.isEmpty();
        }
    }

    /**
     * The subject's contact persons, decided by {@link SubjectMatcher}: the one place every SPI
     * operation of this register gets them from. Candidates are the contact persons known by any
     * of the call's keys; each person is one group, included only through a verified key.
     */
    public SubjectMatch match(SubjectRef subject) {
        List<SubjectMatcher.Candidate<ContactPerson>> candidates = ContactPerson.findByKeys(subject.all()).stream()
                .map(p -> new SubjectMatcher.Candidate<>(p, p.id, p.keys(), RECORD_KIND, hint(p)))
                .toList();
        SubjectMatcher.Result<ContactPerson> result = SubjectMatcher.match(REGISTER, subject, candidates);
        Set<String> suppressionKeys = new LinkedHashSet<>(result.includedKeys());
        // A suppression holds a key, not a person: it is the subject's through a key of an included
        // person or a key the subject proved. Name with birth date identifies nobody on its own.
        subject.verified().stream().filter(k -> !k.startsWith("name_")).forEach(suppressionKeys::add);
        return new SubjectMatch(result.included(), result.possibleMatches(), result.includedKeys(), suppressionKeys);
    }

    /** A masked hint for a possible match: initials and the kind of organisation, no contact data. */
    static String hint(ContactPerson p) {
        String initials = SubjectMatcher.hint(p.firstName, p.lastName, null);
        OrganisationRole role = p.organisation == null ? null : p.organisation.role;
        return role == null || role == OrganisationRole.OTHER ? initials
                : initials + ", " + role.name().toLowerCase(Locale.ROOT) + " contact";
    }

    @Override
    public SubjectLookup lookup(SubjectRef subject) {
        SubjectMatch match = match(subject);
        List<ContactPerson> persons = match.persons();
        long suppressed = Suppression.count("subjectKey in ?1", nonEmpty(match.suppressionKeys()));
        List<String> categories = new ArrayList<>();
        if (!persons.isEmpty()) {
            categories.addAll(List.of("contact person data", "contacts", "mailing lists"));
        }
        if (suppressed > 0) {
            categories.add("suppression markings");
        }
        return new SubjectLookup(REGISTER, !persons.isEmpty() || suppressed > 0, (int) (persons.size() + suppressed), categories)
                .withPossibleMatches(match.possibleMatches());
    }

    /** Art 19: the mailing tool has received the person's data if they are on a list. */
    static List<String> recipients(List<ContactPerson> persons) {
        boolean mailed = !persons.isEmpty() && Membership.count("contactPerson in ?1", persons) > 0;
        return mailed ? List.of(NEWSLETTER_PROVIDER) : List.of();
    }

    /** A placeholder that matches no key keeps "in ?1" valid when the set is empty. */
    static Set<String> nonEmpty(Set<String> keys) {
        return keys.isEmpty() ? Set.of("-") : keys;
    }
}
