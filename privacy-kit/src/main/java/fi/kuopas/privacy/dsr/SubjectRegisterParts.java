package fi.kuopas.privacy.dsr;

import java.util.UUID;

/**
 * The parts every register's {@link SubjectRegister} is made of, one per right, named the same in
 * every service ({@code <R>SubjectLookup}, {@code <R>Access}, {@code <R>Erasure}, {@code <R>Restriction},
 * {@code <R>Objection}, {@code <R>Rectification}); {@link ComposedSubjectRegister} puts them together.
 */
public final class SubjectRegisterParts {

    private SubjectRegisterParts() {
    }

    /** Finding the subject's records by their keys (the register's matching, through {@link SubjectMatcher}). */
    public interface Lookup {
        SubjectLookup lookup(SubjectRef subject);
    }

    /** GDPR Art 15 (and what Art 20 portability covers). */
    public interface Access {
        AccessReport access(UUID caseId, SubjectRef subject);
    }

    /** GDPR Art 17, and its dry run. */
    public interface Erasure {
        ErasureReport erase(UUID caseId, SubjectRef subject, boolean dryRun);
    }

    /** GDPR Art 18: restricting and lifting, through the kit's restrictions. */
    public interface Restriction {
        DsrOutcome restrict(RestrictionCall call);
    }

    /** GDPR Art 21. */
    public interface Objection {
        DsrOutcome object(ObjectionCall call);
    }

    /** GDPR Art 16. */
    public interface Rectification {
        DsrOutcome rectify(RectificationCall call);
    }
}
