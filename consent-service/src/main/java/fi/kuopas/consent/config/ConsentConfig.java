package fi.kuopas.consent.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * Periods consent-service enforces. The register description shows these same properties, so the
 * notice cannot drift from what the software does (GDPR Art 13(2)(a)).
 */
@ConfigMapping(prefix = "kuopas.consent")
public interface ConsentConfig {

    Retention retention();

    Expiry expiry();

    interface Retention {

        /**
         * Minimal proof of consent kept after an erasure request, in years: the general limitation
         * period of claims (Limitation of Debts Act 728/2003 §4: 3 years), GDPR Art 17(3)(e).
         */
        @WithDefault("3")
        @Min(3) @Max(10)
        int proofYears();

        /**
         * How long a cookie choice is valid, in months, after which it is asked again (Act on
         * Electronic Communications Services 917/2014 §205; Kuopas default 12, never longer).
         */
        @WithDefault("12")
        @Min(1) @Max(12)
        int cookieChoiceMonths();
    }

    interface Expiry {

        /** Run the scheduled expiry job (tests switch it off and run it by hand). */
        @WithDefault("true")
        boolean enabled();

        /** How often the expiry job looks for consents past their expiry, e.g. 15m. */
        @WithDefault("15m")
        String every();
    }
}
