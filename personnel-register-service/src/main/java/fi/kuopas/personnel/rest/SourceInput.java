package fi.kuopas.personnel.rest;

import fi.kuopas.personnel.domain.Provenance;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where data came from. Omit it (or give origin DATA_SUBJECT) for data the person gave themselves. */
@Schema(name = "Source", description = "Origin of data obtained from elsewhere than the person (Act 759/2004 §4): "
        + "from where, when, and under which legal right")
public record SourceInput(
        @NotNull @Schema(example = "OTHER") Provenance.Origin origin,
        @Size(max = 200) @Schema(example = "Suomen Asiakastieto Oy") String name,
        @PastOrPresent @Schema(example = "2026-03-02T09:15:00Z") Instant obtainedAt,
        @Schema(example = "LEGAL_RIGHT") Provenance.Basis basis,
        @Size(max = 300) @Schema(example = "Credit Information Act 527/2007; Act 759/2004 §4(2)") String reference) {
}
