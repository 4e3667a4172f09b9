package fi.kuopas.gateway.rest;

import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** RFC 9457 problem with the extension member {@code pendingRegisters}. */
@Schema(name = "IncompleteProblem", description = "Problem details of a case that is not complete yet")
public record IncompleteProblem(
        @Schema(example = "https://kuopas.fi/problems/case-incomplete") URI type,
        @Schema(example = "Case not complete") String title,
        @Schema(example = "409") int status,
        @Schema(example = "the case is not complete; pending registers: personnel") String detail,
        String instance,
        @Schema(description = "Registers that have not answered yet", example = "[\"personnel\"]") List<String> pendingRegisters) {
}
