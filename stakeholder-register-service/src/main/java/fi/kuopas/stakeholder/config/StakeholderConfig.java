package fi.kuopas.stakeholder.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.util.Optional;

/** Settings of the stakeholder register. Production values come from environment variables. */
@ConfigMapping(prefix = "kuopas.stakeholder")
public interface StakeholderConfig {

    Retention retention();

    interface Retention {
        /**
         * How many years a contact person is kept after the later of the last interaction and the
         * end of the organisation relationship. Kuopas default [A]: 2 years (Art 5(1)(e)). Whole
         * years, because the register description states this very value to the data subjects
         * (Art 13(2)(a)) through the placeholder ${kuopas.stakeholder.retention.years}.
         */
        @WithDefault("2")
        int years();

        /**
         * The former ISO-8601 setting (kuopas.stakeholder.retention.period, STAKEHOLDER_RETENTION_PERIOD),
         * replaced by {@link #years()}. If it is still set the service refuses to start, so a configured
         * retention is never silently ignored.
         */
        @WithName("period")
        Optional<String> retiredPeriod();
    }
}
