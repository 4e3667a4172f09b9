package fi.kuopas.privacy.dsr;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;

public record RestrictionCall(@NotNull UUID caseId, @NotNull @Valid SubjectRef subject, @NotNull Action action) {
    public enum Action { SET, LIFT }
}
