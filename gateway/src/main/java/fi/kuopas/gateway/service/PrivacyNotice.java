package fi.kuopas.gateway.service;

import fi.kuopas.privacy.dsr.RegisterDescription;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Every register's description in one Art 13/14 notice, with the texts common to all of them. */
@Schema(name = "PrivacyNotice")
public record PrivacyNotice(
        @Schema(example = "fi", enumeration = {"fi", "sv", "en"}) String language,
        Instant assembledAt,
        RegisterDescription.Controller controller,
        String dpoContact,
        String rights,
        String complaintAuthority,
        @Schema(description = "Art 22: there is no solely automated decision-making") String automatedDecisionMaking,
        List<RegisterDescription> registers) {
}
