package fi.kuopas.cctv.mapping;

import fi.kuopas.cctv.domain.VideoDeletion;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One video deletion as the API shows it (without the storage reference). Here rather than in
 * {@code rest.CctvDtos} because the service builds it too: the unconfirmed deletions a sweep names
 * in its answer ({@code VideoDeletions.Tally}).
 */
@Schema(name = "VideoDeletion", description = "Deleting one deleted segment's video in its recorder, and the recorder's answer")
public record VideoDeletionView(long segmentId, UUID cameraId, Instant segmentFrom, Instant segmentTo,
        @Schema(description = "Why the segment was deleted") VideoDeletion.Reason reason, VideoDeletion.Status status,
        Instant requestedAt, int attempts, Instant lastAttemptAt, Instant confirmedAt,
        @Schema(description = "The recorder's reason for not confirming") String detail) {
}
