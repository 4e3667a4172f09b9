package fi.kuopas.consent.dsr;

import fi.kuopas.privacy.dsr.ComposedSubjectRegister;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * consent-service's answers to the DSR SPI (served by the kit's DsrSpiResource): one class per
 * right, each deciding the subject's records with {@link ConsentSubjectLookup#match} (the kit's
 * {@code SubjectMatcher} rule), acting on those only and reporting the possible matches beside the
 * answer. This class only delegates.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ConsentRegister extends ComposedSubjectRegister {

    public ConsentRegister(ConsentSubjectLookup lookup, ConsentAccess access, ConsentErasure erasure, ConsentRestriction restriction,
            ConsentObjection objection, ConsentRectification rectification) {
        super(lookup, access, erasure, restriction, objection, rectification);
    }
}
