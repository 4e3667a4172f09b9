package fi.kuopas.cctv.recorder;

import java.util.List;
import java.util.UUID;

/**
 * The recorders (NVRs) that hold the video itself; this register holds only its metadata. Deleting
 * a segment's metadata does not delete its video: the retention sweep asks the recorder to delete
 * the video too and records its answer per segment (Art 5(1)(e), Art 17(1)).
 *
 * <p>Implementations must be idempotent (a video already gone is confirmed) and answer every
 * segment they were given; a missing answer counts as unconfirmed. A call may throw when the
 * recorder cannot be reached: every segment of the call is then unconfirmed and retried.
 */
public interface VideoRecorder {

    /** A segment's video: which segment, which camera, and where the recorder keeps it. */
    record Video(long segmentId, UUID cameraId, String storageRef) {
    }

    /** The recorder's answer for one segment: confirmed deleted, or why not (never personal data). */
    record DeletionAnswer(long segmentId, boolean confirmed, String detail) {

        public static DeletionAnswer confirmed(long segmentId) {
            return new DeletionAnswer(segmentId, true, null);
        }

        public static DeletionAnswer unconfirmed(long segmentId, String detail) {
            return new DeletionAnswer(segmentId, false, detail);
        }
    }

    /** Asks the recorder to delete these videos; one answer per segment. */
    List<DeletionAnswer> requestDeletion(List<Video> videos);
}
