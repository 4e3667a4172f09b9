package fi.kuopas.gateway.registers;

import fi.kuopas.gateway.domain.RegisterTask.Phase;
import fi.kuopas.gateway.domain.RequestType;
import fi.kuopas.gateway.service.RequestPayload;
import fi.kuopas.privacy.dsr.SubjectRef;
import java.util.UUID;

/** One claimed register call, carrying only what the call needs: subject keys split by proof, never identifiers. */
public record RegisterJob(UUID taskId, UUID caseId, RequestType caseType, String registerUrl, Phase phase,
        SubjectRef subject, RequestPayload payload) {
}
