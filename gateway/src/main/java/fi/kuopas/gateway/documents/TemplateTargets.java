package fi.kuopas.gateway.documents;

import fi.kuopas.gateway.service.PrivacyNotice;
import fi.kuopas.privacy.dsr.RegisterDescription;
import io.quarkus.qute.TemplateData;

/** Classes from elsewhere that templates read (value resolvers generated at build time). */
@TemplateData(target = PrivacyNotice.class)
@TemplateData(target = RegisterDescription.class)
@TemplateData(target = RegisterDescription.Controller.class)
@TemplateData(target = RegisterDescription.Purpose.class)
@TemplateData(target = RegisterDescription.DataCategory.class)
@TemplateData(target = RegisterDescription.Source.class)
@TemplateData(target = RegisterDescription.Recipient.class)
@TemplateData(target = RegisterDescription.Transfer.class)
@TemplateData(target = RegisterDescription.Retention.class)
final class TemplateTargets {

    private TemplateTargets() {
    }
}
