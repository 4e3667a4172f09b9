package fi.kuopas.stakeholder.dsr;

import fi.kuopas.privacy.dsr.ComposedSubjectRegister;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The stakeholder register's answers to the DSR SPI (served by the kit's DsrSpiResource): delegation only,
 * one part per right. Every part acts on the records StakeholderSubjectLookup#match includes and reports the
 * rest as possible matches.
 */
@ApplicationScoped
public class StakeholderRegister extends ComposedSubjectRegister {

    public StakeholderRegister(StakeholderSubjectLookup lookup, StakeholderAccess access, StakeholderErasure erasure, StakeholderRestriction restriction,
            StakeholderObjection objection, StakeholderRectification rectification) {
        super(lookup, access, erasure, restriction, objection, rectification);
    }
}
