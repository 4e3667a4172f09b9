package fi.kuopas.privacy.dsr;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** Art 21 objection; {@code purpose} null means every legitimate-interest and direct-marketing purpose. */
public record ObjectionCall(@NotNull UUID caseId, @NotNull @Valid SubjectRef subject,
        @Size(max = 100) String purpose, @Size(max = 2000) String grounds) {
}
