package fi.kuopas.privacy.retention;

/**
 * How a register that served {@code POST /api/v1/retention/runs?dryRun=…} before the kit keeps
 * answering that deprecated query form in its old shape, so its old clients keep working (the body
 * form always answers the kit's {@link RetentionRun}). At most one bean per service; without one
 * the query form answers the run as well.
 */
@FunctionalInterface
public interface LegacyRetentionAnswer {

    /** The old answer to a run made through the query form. */
    Object of(RetentionRun run);
}
