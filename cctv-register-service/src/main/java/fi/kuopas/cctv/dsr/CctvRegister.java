package fi.kuopas.cctv.dsr;

import fi.kuopas.privacy.dsr.ComposedSubjectRegister;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * The CCTV register's answers to the DSR SPI (served by the kit's DsrSpiResource): one class per
 * right, each deciding the subject's footage requests with {@link CctvSubjectLookup#match}, acting
 * on those alone and reporting the rest as possible matches. This class only delegates.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class CctvRegister extends ComposedSubjectRegister {

    public CctvRegister(CctvSubjectLookup lookup, CctvAccess access, CctvErasure erasure, CctvRestriction restriction,
            CctvObjection objection, CctvRectification rectification) {
        super(lookup, access, erasure, restriction, objection, rectification);
    }
}
