package fi.kuopas.privacy.dsr;

import java.util.UUID;

/**
 * A register's {@link SubjectRegister} as delegation only: each SPI method goes to the part that
 * holds that right ({@link SubjectRegisterParts}). A register extends it with a constructor that
 * names its parts, so no register repeats the delegation.
 */
public abstract class ComposedSubjectRegister implements SubjectRegister {

    private final SubjectRegisterParts.Lookup lookup;
    private final SubjectRegisterParts.Access access;
    private final SubjectRegisterParts.Erasure erasure;
    private final SubjectRegisterParts.Restriction restriction;
    private final SubjectRegisterParts.Objection objection;
    private final SubjectRegisterParts.Rectification rectification;

    protected ComposedSubjectRegister(SubjectRegisterParts.Lookup lookup, SubjectRegisterParts.Access access,
            SubjectRegisterParts.Erasure erasure, SubjectRegisterParts.Restriction restriction,
            SubjectRegisterParts.Objection objection, SubjectRegisterParts.Rectification rectification) {
        this.lookup = lookup;
        this.access = access;
        this.erasure = erasure;
        this.restriction = restriction;
        this.objection = objection;
        this.rectification = rectification;
    }

    /** For the container's client proxy of a register bean only. */
    protected ComposedSubjectRegister() {
        this(null, null, null, null, null, null);
    }

    @Override
    public SubjectLookup lookup(SubjectRef subject) {
        return lookup.lookup(subject);
    }

    @Override
    public AccessReport access(UUID caseId, SubjectRef subject) {
        return access.access(caseId, subject);
    }

    @Override
    public ErasureReport erase(UUID caseId, SubjectRef subject, boolean dryRun) {
        return erasure.erase(caseId, subject, dryRun);
    }

    @Override
    public DsrOutcome restrict(RestrictionCall call) {
        return restriction.restrict(call);
    }

    @Override
    public DsrOutcome object(ObjectionCall call) {
        return objection.object(call);
    }

    @Override
    public DsrOutcome rectify(RectificationCall call) {
        return rectification.rectify(call);
    }
}
