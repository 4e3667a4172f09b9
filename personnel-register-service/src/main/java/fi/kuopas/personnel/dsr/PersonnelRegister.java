package fi.kuopas.personnel.dsr;

import fi.kuopas.privacy.dsr.ComposedSubjectRegister;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * The personnel register's answers to the DSR SPI (served by the kit's DsrSpiResource): one class
 * per right, each deciding the subject's records with {@link PersonnelSubjectLookup} (the register's
 * one {@code SubjectMatcher} rule, in {@code PersonKeys.match}), acting on those only and reporting
 * the possible matches beside the answer. This class only delegates.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class PersonnelRegister extends ComposedSubjectRegister {

    public PersonnelRegister(PersonnelSubjectLookup lookup, PersonnelAccess access, PersonnelErasure erasure, PersonnelRestriction restriction,
            PersonnelObjection objection, PersonnelRectification rectification) {
        super(lookup, access, erasure, restriction, objection, rectification);
    }
}
