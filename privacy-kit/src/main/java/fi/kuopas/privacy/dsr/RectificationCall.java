package fi.kuopas.privacy.dsr;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/** Art 16 rectification: field names as the register's access report shows them. */
public record RectificationCall(@NotNull UUID caseId, @NotNull @Valid SubjectRef subject,
        @NotEmpty @Valid List<Correction> corrections) {
    public record Correction(@NotBlank @Size(max = 100) String field, @Size(max = 500) String value) {
    }
}
