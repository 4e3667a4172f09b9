package fi.kuopas.privacy.retention;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

/**
 * The one way a set-based retention rule acts on the rows a {@code FROM … WHERE …} clause names: a dry
 * run counts them ({@code SELECT count(*)}), a real run deletes them ({@code DELETE}) — the same
 * clause and parameters both times, so what a dry run reports is what a real run deletes.
 */
public final class RetentionStatements {

    private RetentionStatements() {
    }

    /**
     * Counts (dry run) or deletes the rows of {@code from} ("FROM table WHERE …", positional parameters
     * ?1, ?2, … bound from {@code params}); returns how many.
     */
    public static int countOrDelete(EntityManager em, boolean dryRun, String from, Object... params) {
        Query q = em.createNativeQuery((dryRun ? "SELECT count(*) " : "DELETE ") + from);
        for (int i = 0; i < params.length; i++) {
            q.setParameter(i + 1, params[i]);
        }
        return dryRun ? ((Number) q.getSingleResult()).intValue() : q.executeUpdate();
    }
}
