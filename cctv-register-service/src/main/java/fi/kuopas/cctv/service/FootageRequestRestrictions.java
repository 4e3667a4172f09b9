package fi.kuopas.cctv.service;

import fi.kuopas.privacy.restriction.Restriction;
import fi.kuopas.privacy.restriction.RecordRestrictionHook;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.UUID;

/**
 * Art 18 in this register belongs to a footage request, not to a subject key another person's
 * request may share (a family phone, a shared email): the kit's {@code kit_restriction} row is filed
 * under {@link #key(UUID)}. {@code footage_request_restriction} stays as a denormalised marker for the
 * retention sweep's set-based statement; only the kit's {@code Restrictions} writes it, through this
 * hook.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class FootageRequestRestrictions extends RecordRestrictionHook {

    static final String RECORD_TYPE = "footage-request";

    @Inject
    EntityManager em;

    public FootageRequestRestrictions() {
        super(RECORD_TYPE);
    }

    /** The key a footage request's restriction is filed under in the kit. */
    public static String key(UUID footageRequestId) {
        return RecordRestrictionHook.key(RECORD_TYPE, footageRequestId);
    }

    @Override
    protected void mark(UUID request, Restriction restriction) {
        em.createNativeQuery("INSERT INTO footage_request_restriction (request_id, case_id, since) VALUES (?1, ?2, ?3) "
                + "ON CONFLICT DO NOTHING").setParameter(1, request).setParameter(2, caseId(restriction.caseRef()))
                .setParameter(3, restriction.restrictedAt()).executeUpdate();
    }

    @Override
    protected void unmark(UUID request) {
        em.createNativeQuery("DELETE FROM footage_request_restriction WHERE request_id = ?1").setParameter(1, request)
                .executeUpdate();
    }

    /** The DSR case of the restriction; the nil UUID for one set without a case. */
    private static UUID caseId(String caseRef) {
        try {
            return caseRef == null ? new UUID(0, 0) : UUID.fromString(caseRef);
        } catch (IllegalArgumentException e) {
            return new UUID(0, 0);
        }
    }
}
