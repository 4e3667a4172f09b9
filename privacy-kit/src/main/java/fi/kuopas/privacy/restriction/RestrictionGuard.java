package fi.kuopas.privacy.restriction;

import fi.kuopas.privacy.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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
     * @param recordId the record that would have been processed (null for a new record or a list);
     *     goes to the audit, not to the client
     */
    public void requireNotRestricted(Collection<String> subjectKeys, String recordType, String recordId) {
        Optional<Restriction> restriction = restrictions.inForce(subjectKeys);
        if (restriction.isPresent()) {
            refusals.refused(restriction.get().subjectKey(), recordType, recordId);
            throw refusal();
        }
    }

    /**
     * For a register that files a restriction under a record key (CCTV: the footage request, since
     * footage is not filed by person): refuses when any of {@code restrictionKeys} is restricted and
     * audits the refusal under each of the {@code subjectKeys} the record belongs to (under the
     * restriction's key when there are none).
     */
    public void requireNotRestricted(Collection<String> restrictionKeys, Collection<String> subjectKeys, String recordType,
            String recordId) {
        Optional<Restriction> restriction = restrictions.inForce(restrictionKeys);
        if (restriction.isPresent()) {
            if (subjectKeys.isEmpty()) {
                refusals.refused(restriction.get().subjectKey(), recordType, recordId);
            } else {
                subjectKeys.forEach(k -> refusals.refused(k, recordType, recordId));
            }
            throw refusal();
        }
    }

    /**
     * {@link #requireNotRestricted(Collection, Collection, String, String)} for one record whose
     * restriction is filed under {@code restrictionKey} (e.g. {@code person:<id>}); the refusal is
     * audited under the subject key the record's audit lines are filed under.
     */
    public void requireRecordNotRestricted(String restrictionKey, String subjectKey, String recordType, String recordId) {
        requireNotRestricted(List.of(restrictionKey), subjectKey == null ? List.of() : List.of(subjectKey), recordType, recordId);
    }

    /**
     * For a path that answers a refusal itself instead of failing the request (a row of a batch
     * import): true, and the refusal audited like every other, while the record is restricted.
     */
    public boolean refusesRecord(String restrictionKey, String subjectKey, String recordType, String recordId) {
        Optional<Restriction> restriction = restrictions.inForce(List.of(restrictionKey));
        restriction.ifPresent(r -> refusals.refused(subjectKey == null ? r.subjectKey() : subjectKey, recordType, recordId));
        return restriction.isPresent();
    }

    /** {@link #requireNotRestricted(Collection, String, String)} for one subject key (none when null). */
    public void requireNotRestricted(String subjectKey, String recordType, String recordId) {
        requireNotRestricted(subjectKey == null ? List.of() : List.of(subjectKey), recordType, recordId);
    }

    /** The one 409 problem of a refused processing; the refusal must have been audited. */
    public static ProblemException refusal() {
        return new ProblemException(409, PROBLEM_SLUG, "Processing restricted",
                "Processing of this data subject's data is restricted (GDPR Art 18); the data is only stored.");
    }

    /** The keys among these whose processing is restricted, e.g. to leave them out of a list. */
    public Set<String> restrictedAmong(Collection<String> subjectKeys) {
        return restrictions.inForceAmong(subjectKeys);
    }

    public boolean isRestricted(Collection<String> subjectKeys) {
        return restrictions.inForce(subjectKeys).isPresent();
    }
}
