package fi.kuopas.privacy.restriction;

import java.util.UUID;

/**
 * The one shape of a register's restriction marker: the restriction belongs to one record (a person
 * row, a contact person, a footage request), not to a subject key another person may share or a
 * rectification changes. Its {@code kit_restriction} row is filed under {@code <record type>:<record id>}
 * ({@link #key(String, UUID)}); the kit calls {@link #restricted}/{@link #lifted} in the restriction's
 * transaction and this class turns the key back into the record's id, so a register only says how its
 * marker is set and cleared. Keys of other shapes (subject keys, other record types) are not this
 * hook's and are ignored. A subclass passes its record type from a public no-arguments constructor
 * (the bean's client proxy needs one) and takes its collaborators by field injection.
 */
public abstract class RecordRestrictionHook implements RestrictionHook {

    private final String recordType;

    protected RecordRestrictionHook(String recordType) {
        this.recordType = recordType;
    }

    /** The key the restriction of record {@code recordId} of type {@code recordType} is filed under. */
    public static String key(String recordType, UUID recordId) {
        return recordType + ":" + recordId;
    }

    /** Sets the record's marker; called again when an already restricted record is restricted. */
    protected abstract void mark(UUID recordId, Restriction restriction);

    /** Clears the record's marker. */
    protected abstract void unmark(UUID recordId);

    @Override
    public void restricted(Restriction restriction) {
        UUID id = recordId(restriction.subjectKey());
        if (id != null) {
            mark(id, restriction);
        }
    }

    @Override
    public void lifted(String subjectKey) {
        UUID id = recordId(subjectKey);
        if (id != null) {
            unmark(id);
        }
    }

    /** The record id in {@code key}, or null when the key is not one of this hook's records. */
    UUID recordId(String key) {
        String prefix = recordType + ":";
        if (key == null || !key.startsWith(prefix)) {
            return null;
        }
        try {
            return UUID.fromString(key.substring(prefix.length()));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
