package fi.kuopas.stakeholder.service;

import fi.kuopas.privacy.restriction.Restriction;
import fi.kuopas.privacy.restriction.RestrictionHook;
import fi.kuopas.stakeholder.domain.ContactPerson;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;

/**
 * Keeps {@code contact_person.restricted_since} in step with the kit's {@code kit_restriction}, for
 * the set-based queries that leave restricted persons out (search, list members, export, retention).
 * Only the kit's {@code Restrictions} calls it. A restriction belongs to the contact person record,
 * not to a key another person may share (a name) or that a rectification changes (an email): it is
 * filed under {@link #key(UUID)}, and a refusal is audited under the person's audit key.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class RestrictionMarker implements RestrictionHook {

    static final String PREFIX = "contact-person:";

    /** The key a contact person's restriction is filed under in the kit. */
    public static String key(UUID contactPersonId) {
        return PREFIX + contactPersonId;
    }

    @Override
    public void restricted(Restriction restriction) {
        ContactPerson p = person(restriction.subjectKey());
        if (p != null && !p.restricted()) {
            p.restrictedSince = restriction.restrictedAt();
        }
    }

    @Override
    public void lifted(String subjectKey) {
        ContactPerson p = person(subjectKey);
        if (p != null) {
            p.restrictedSince = null;
        }
    }

    private static ContactPerson person(String key) {
        return key.startsWith(PREFIX) ? ContactPerson.findById(UUID.fromString(key.substring(PREFIX.length()))) : null;
    }
}
