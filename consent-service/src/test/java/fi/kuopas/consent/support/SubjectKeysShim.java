package fi.kuopas.consent.support;

import fi.kuopas.privacy.config.PrivacyConfig;
import fi.kuopas.privacy.subject.SubjectKeys;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;

/**
 * Test-only stop-gap: privacy-kit's {@link SubjectKeys} has two constructors and neither is
 * annotated {@code @Inject}, so CDI skips it as a bean and consent-service cannot start. Until
 * privacy-kit marks its config constructor {@code @Inject}, the tests produce the bean here with
 * the same configuration. Being a prioritised alternative it keeps working (and wins) once
 * privacy-kit is fixed; delete this class then.
 */
@Alternative
@Priority(1)
public class SubjectKeysShim {

    @Produces
    @ApplicationScoped
    SubjectKeys subjectKeys(PrivacyConfig config) {
        return new SubjectKeys(config);
    }
}
