package fi.kuopas.customer.service;

import fi.kuopas.customer.domain.Person;
import fi.kuopas.privacy.restriction.Restriction;
import fi.kuopas.privacy.restriction.RecordRestrictionHook;
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
public class PersonRestrictions extends RecordRestrictionHook {

    static final String RECORD_TYPE = "person";

    public PersonRestrictions() {
        super(RECORD_TYPE);
    }

    /** The key a person's restriction is filed under in the kit. */
    public static String key(UUID personId) {
        return RecordRestrictionHook.key(RECORD_TYPE, personId);
    }

    @Override
    protected void mark(UUID personId, Restriction restriction) {
        Person p = Person.findById(personId);
        if (p != null) {
            p.restricted = true;
        }
    }

    @Override
    protected void unmark(UUID personId) {
        Person p = Person.findById(personId);
        if (p != null) {
            p.restricted = false;
        }
    }
}
