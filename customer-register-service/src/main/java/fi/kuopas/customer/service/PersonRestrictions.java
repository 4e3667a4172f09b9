package fi.kuopas.customer.service;

import fi.kuopas.customer.domain.Person;
import fi.kuopas.privacy.restriction.Restriction;
import fi.kuopas.privacy.restriction.RestrictionHook;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;

/**
 * Art 18 for a person of this register. The kit's {@code kit_restriction} row is filed under
 * {@link #key(UUID)}: the restriction belongs to the person's row, not to a key another person may
 * share or a rectification changes; refusals are audited under the person's audit key.
 * {@code person.restricted} stays as a denormalised marker for the set-based queries (mailing
 * export, search, the PMS bulk path); only the kit's {@code Restrictions} writes it, through this hook.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class PersonRestrictions implements RestrictionHook {

    static final String PREFIX = "person:";

    /** The key a person's restriction is filed under in the kit. */
    public static String key(UUID personId) {
        return PREFIX + personId;
    }

    @Override
    public void restricted(Restriction restriction) {
        Person p = person(restriction.subjectKey());
        if (p != null) {
            p.restricted = true;
        }
    }

    @Override
    public void lifted(String subjectKey) {
        Person p = person(subjectKey);
        if (p != null) {
            p.restricted = false;
        }
    }

    private static Person person(String key) {
        return key.startsWith(PREFIX) ? Person.findById(UUID.fromString(key.substring(PREFIX.length()))) : null;
    }
}
