package fi.kuopas.customer.integration;

import fi.kuopas.privacy.identity.PersonalIdentityCode;
import java.time.Instant;

/** Suomen Asiakastieto Oy's credit-information register (an outside system we do not run). */
public interface CreditInformationRegister {

    String SOURCE = "Suomen Asiakastieto Oy, luottotietorekisteri";

    /** What we keep of a credit report: whether payment defaults exist and a one-line summary. */
    record CreditSummary(boolean paymentDefaults, String summary, Instant retrievedAt) {
    }

    CreditSummary query(PersonalIdentityCode code, String purpose);
}
