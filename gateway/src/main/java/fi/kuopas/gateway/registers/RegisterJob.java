package fi.kuopas.gateway.registers;

import fi.kuopas.gateway.domain.RegisterTask.Phase;
import fi.kuopas.gateway.service.RequestPayload;
import java.util.Set;
import java.util.UUID;

/** One claimed register call, carrying only what the call needs: subject keys, never identifiers. */
public record RegisterJob(UUID taskId, UUID caseId, String registerUrl, Phase phase, Set<String> subjectKeys,
        RequestPayload payload) {
}
