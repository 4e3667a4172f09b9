package fi.kuopas.privacy.retention;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One recorded retention run of a register and, per rule in the order the rules ran, how many
 * records it affected and how many expired ones it held.
 */
public record RetentionRun(UUID id, Instant startedAt, Instant finishedAt, boolean dryRun, String triggeredBy,
        List<Item> items) {

    /** Expired records the run's rules kept because of a legal hold or a restriction, all rules together. */
    @JsonProperty("held")
    @Schema(description = "Expired records kept because of a legal hold or a restriction, all rules together")
    public int held() {
        return items.stream().mapToInt(Item::held).sum();
    }

    /** What one rule did in the run. */
    public record Item(String rule, String legalReference, int affected,
            @Schema(description = "Expired records kept because of a legal hold or a restriction") int held) {

        /** An item of a rule that held nothing. */
        public Item(String rule, String legalReference, int affected) {
            this(rule, legalReference, affected, 0);
        }
    }
}
