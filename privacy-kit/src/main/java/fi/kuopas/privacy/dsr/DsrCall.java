package fi.kuopas.privacy.dsr;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Every SPI call carries the DSR case id; a register treats repeats of the same case as one. */
@Schema(name = "DsrCall")
public record DsrCall(
        @NotNull @Schema(description = "DSR case id at the gateway") UUID caseId,
        @NotNull @Valid SubjectRef subject) {
}
