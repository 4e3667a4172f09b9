package fi.kuopas.privacy.config;

import io.smallrye.config.ConfigMapping;

/**
 * The controller's details (GDPR Art 13(1)(a)-(b)): one place, used by every register description,
 * so a change of address or DPO contact is one configuration change, not fifteen file edits.
 */
@ConfigMapping(prefix = "kuopas.controller")
public interface ControllerConfig {

    String name();

    /** Finnish business ID (Y-tunnus). */
    String businessId();

    String address();

    String email();

    String phone();

    /** Where the data protection officer is reached (Art 37(7)). */
    String dpoEmail();
}
