package fi.kuopas.stakeholder.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Period;

/** Settings of the stakeholder register. Production values come from environment variables. */
@ConfigMapping(prefix = "kuopas.stakeholder")
public interface StakeholderConfig {

    Retention retention();

    interface Retention {
        /**
         * How long a contact person is kept after the later of the last interaction and the end
         * of the organisation relationship. Kuopas default [A]: 2 years (Art 5(1)(e)).
         */
        @WithDefault("P2Y")
        Period period();

        /** When the retention job runs (Quarkus cron); {@code off} disables it. Read by the scheduler. */
        @WithDefault("0 30 3 * * ?")
        String cron();
    }
}
