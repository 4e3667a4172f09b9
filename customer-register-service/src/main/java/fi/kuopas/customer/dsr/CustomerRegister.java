package fi.kuopas.customer.dsr;

import fi.kuopas.privacy.dsr.ComposedSubjectRegister;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The customer register's answers to the DSR SPI (served by the kit's DsrSpiResource): delegation only,
 * one part per right. Every part acts on the records CustomerSubjectLookup#match includes and reports the
 * rest as possible matches.
 */
@ApplicationScoped
public class CustomerRegister extends ComposedSubjectRegister {

    public CustomerRegister(CustomerSubjectLookup lookup, CustomerAccess access, CustomerErasure erasure, CustomerRestriction restriction,
            CustomerObjection objection, CustomerRectification rectification) {
        super(lookup, access, erasure, restriction, objection, rectification);
    }
}
