package fi.kuopas.gateway.config;

import fi.kuopas.privacy.config.PrivacyConfig;
import fi.kuopas.privacy.crypto.FieldEncryptor;
import fi.kuopas.privacy.subject.SubjectKeys;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;

/**
 * privacy-kit's SubjectKeys and FieldEncryptor have two constructors and neither is {@code @Inject},
 * so CDI does not make beans of them. Produced here from the shared configuration; as prioritised
 * alternatives these stay unambiguous if the kit later marks its constructors.
 */
@Alternative
@Priority(1)
public class PrivacyBeans {

    @Produces
    @ApplicationScoped
    SubjectKeys subjectKeys(PrivacyConfig config) {
        return new SubjectKeys(config);
    }

    @Produces
    @ApplicationScoped
    FieldEncryptor fieldEncryptor(PrivacyConfig config) {
        return new FieldEncryptor(config);
    }
}
