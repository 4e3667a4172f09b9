package fi.kuopas.privacy.restriction;

/**
 * Lets a register keep a denormalised "restricted" marker on its own rows (for set-based queries such
 * as a mailing export) in step with {@code kit_restriction}. {@link Restrictions} calls every hook of
 * the service, in the same transaction, when a restriction is set or lifted; nothing else may write
 * the marker.
 */
public interface RestrictionHook {

    /** The restriction is in force (called again when an already restricted key is restricted). */
    void restricted(Restriction restriction);

    /** The restriction of the subject key was lifted. */
    void lifted(String subjectKey);
}
