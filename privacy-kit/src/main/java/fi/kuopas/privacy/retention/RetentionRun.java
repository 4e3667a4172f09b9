package fi.kuopas.privacy.retention;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One recorded retention run of a register and, per rule, how many records it affected. */
@Schema(name = "RetentionRun", description = "Counts per rule only, never the deleted data")
public record RetentionRun(UUID id, Instant startedAt, Instant finishedAt, boolean dryRun, String triggeredBy,
        List<Item> items) {

    @Schema(name = "RetentionRunItem")
    public record Item(String rule, String legalReference, int affected) {
    }
}
