package fi.kuopas.stakeholder.config;

import fi.kuopas.privacy.config.PrivacyConfig;
import fi.kuopas.privacy.subject.SubjectKeys;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;

/**
 * privacy-kit's {@link SubjectKeys} has two constructors and none marked for injection, so CDI
 * cannot build it by itself; this produces it from the shared configuration. A prioritised
 * alternative, so it stays unambiguous if the kit later makes it a bean on its own.
 */
@Alternative
@Priority(1)
public class SubjectKeysProducer {

    @Produces
    @ApplicationScoped
    SubjectKeys subjectKeys(PrivacyConfig config) {
        return new SubjectKeys(config);
    }
}
