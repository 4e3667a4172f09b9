package fi.kuopas.gateway.service;

import fi.kuopas.privacy.dsr.RectificationCall;
import fi.kuopas.privacy.dsr.RestrictionCall;
import java.util.List;

/** What the subject asked for beyond the type; stored encrypted because it may hold personal data. */
public record RequestPayload(String details, List<RectificationCall.Correction> corrections, String objectionPurpose,
        String objectionGrounds, RestrictionCall.Action restriction) {
}
