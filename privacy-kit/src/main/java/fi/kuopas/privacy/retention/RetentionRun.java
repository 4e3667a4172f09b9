package fi.kuopas.privacy.retention;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One recorded retention run of a register and, per rule, how many records it affected. */
public record RetentionRun(UUID id, Instant startedAt, Instant finishedAt, boolean dryRun, String triggeredBy,
        List<Item> items) {

    public record Item(String rule, String legalReference, int affected) {
    }
}
