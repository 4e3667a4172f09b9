package fi.kuopas.personnel.dsr;

import fi.kuopas.privacy.dsr.AccessReport;
import fi.kuopas.privacy.dsr.DsrOutcome;
import fi.kuopas.privacy.dsr.ErasureReport;
import fi.kuopas.privacy.dsr.ObjectionCall;
import fi.kuopas.privacy.dsr.RectificationCall;
import fi.kuopas.privacy.dsr.RestrictionCall;
import fi.kuopas.privacy.dsr.SubjectLookup;
import fi.kuopas.privacy.dsr.SubjectRef;
import fi.kuopas.privacy.dsr.SubjectRegister;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;

/**
 * The personnel register's answers to the DSR SPI (served by the kit's DsrSpiResource): one class
 * per right, each deciding the subject's records with {@link PersonnelSubjectLookup} (the register's
 * one {@code SubjectMatcher} rule, in {@code PersonKeys.match}), acting on those only and reporting
 * the possible matches beside the answer. This class only delegates.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class PersonnelRegister implements SubjectRegister {

    private final PersonnelSubjectLookup lookup;
    private final PersonnelAccess access;
    private final PersonnelErasure erasure;
    private final PersonnelRestriction restriction;
    private final PersonnelObjection objection;
    private final PersonnelRectification rectification;

    public PersonnelRegister(PersonnelSubjectLookup lookup, PersonnelAccess access, PersonnelErasure erasure,
            PersonnelRestriction restriction, PersonnelObjection objection, PersonnelRectification rectification) {
        this.lookup = lookup;
        this.access = access;
        this.erasure = erasure;
        this.restriction = restriction;
        this.objection = objection;
        this.rectification = rectification;
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
