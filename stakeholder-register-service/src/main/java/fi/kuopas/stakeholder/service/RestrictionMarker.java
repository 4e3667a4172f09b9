package fi.kuopas.stakeholder.service;

import fi.kuopas.privacy.restriction.Restriction;
import fi.kuopas.privacy.restriction.RecordRestrictionHook;
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
public class RestrictionMarker extends RecordRestrictionHook {

    static final String RECORD_TYPE = "contact-person";

    public RestrictionMarker() {
        super(RECORD_TYPE);
    }

    /** The key a contact person's restriction is filed under in the kit. */
    public static String key(UUID contactPersonId) {
        return RecordRestrictionHook.key(RECORD_TYPE, contactPersonId);
    }

    @Override
    protected void mark(UUID contactPersonId, Restriction restriction) {
        ContactPerson p = ContactPerson.findById(contactPersonId);
        if (p != null && !p.restricted()) {
            p.restrictedSince = restriction.restrictedAt();
        }
    }

    @Override
    protected void unmark(UUID contactPersonId) {
        ContactPerson p = ContactPerson.findById(contactPersonId);
        if (p != null) {
            p.restrictedSince = null;
        }
    }
}
