package fi.kuopas.personnel.rest;

import fi.kuopas.personnel.domain.Absence;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class HealthDtos {

    private HealthDtos() {
    }

    @Schema(name = "AbsenceRequest")
    public record AbsenceRequest(
            @NotNull UUID employeeId,
            @NotNull Absence.Kind kind,
            @NotNull @Schema(example = "2026-02-02") LocalDate startDate,
            @NotNull @Schema(example = "2026-02-06") LocalDate endDate,
            @Size(max = 200) @Schema(example = "Työterveys Savo Oy") String certificateIssuer,
            @Size(max = 2000) @Schema(description = "Health information; stored encrypted", example = "Influenssa") String details,
            @Valid SourceInput source) {
    }

    @Schema(name = "Absence")
    public record AbsenceView(UUID id, UUID employeeId, String kind, LocalDate startDate, LocalDate endDate,
            String certificateIssuer, String details, SourceView source) {
    }
}
