package fi.kuopas.customer.integration;

import fi.kuopas.privacy.identity.PersonalIdentityCode;
import java.time.Instant;

/** DVV's population information system (an outside system we do not run). */
public interface PopulationRegister {

    String SOURCE = "Digi- ja väestötietovirasto (DVV), väestötietojärjestelmä";

    record PopulationRecord(String streetAddress, String postalCode, String city, boolean protectedAddress,
            Instant retrievedAt) {
    }

    PopulationRecord lookup(PersonalIdentityCode code, String purpose);
}
