package fi.kuopas.privacy.restriction;

import fi.kuopas.privacy.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Optional;

/**
 * The one check every register makes before processing a subject's data (GDPR Art 18): while a
 * restriction is in force the processing is refused with 409 and problem type
 * {@value #PROBLEM_SLUG}, and the refusal is audited through {@link RefusalAudit}. Storage alone
 * stays allowed (Art 18(2)); the register decides which operations count as processing.
 */
@ApplicationScoped
public class RestrictionGuard {

    /** The one problem type of a refused processing; replaces the older {@code restricted}. */
    public static final String PROBLEM_SLUG = "processing-restricted";

    private final Restrictions restrictions;
    private final RefusalAudit refusals;

    public RestrictionGuard(Restrictions restrictions, RefusalAudit refusals) {
        this.restrictions = restrictions;
        this.refusals = refusals;
    }

    /**
     * Throws a 409 problem when processing of any of the subject keys is restricted.
     *
     * @param operation what would have been done, e.g. {@code marketing-export}; goes to the audit, not to the client
     */
    public void requireNotRestricted(Collection<String> subjectKeys, String recordType, String operation) {
        Optional<Restriction> restriction = restrictions.inForce(subjectKeys);
        if (restriction.isPresent()) {
            refusals.refused(restriction.get().subjectKey(), recordType, operation);
            throw new ProblemException(409, PROBLEM_SLUG, "Processing restricted",
                    "Processing of this data subject's data is restricted (GDPR Art 18); the data is only stored.");
        }
    }

    public boolean isRestricted(Collection<String> subjectKeys) {
        return restrictions.inForce(subjectKeys).isPresent();
    }
}
