-- Deleting a segment's metadata does not delete its video in the recorder. Every deleted segment
-- (retention sweep, erasure, objection) gets a row here in the same statement that deletes it; the
-- sweep asks the recorder to delete the video and records its answer. Rows not CONFIRMED are
-- retried by every sweep. Segment columns are copies: the segment itself is gone.
CREATE TABLE video_deletion (
    segment_id       BIGINT       PRIMARY KEY,
    camera_id        UUID         NOT NULL,
    segment_from     TIMESTAMPTZ  NOT NULL,
    segment_to       TIMESTAMPTZ  NOT NULL,
    storage_ref      VARCHAR(300) NOT NULL,
    reason           VARCHAR(20)  NOT NULL CHECK (reason IN ('RETENTION', 'ERASURE', 'OBJECTION')),
    requested_at     TIMESTAMPTZ  NOT NULL,
    status           VARCHAR(20)  NOT NULL CHECK (status IN ('REQUESTED', 'CONFIRMED', 'UNCONFIRMED')),
    attempts         INT          NOT NULL DEFAULT 0,
    last_attempt_at  TIMESTAMPTZ,
    confirmed_at     TIMESTAMPTZ,
    last_error       VARCHAR(500),
    CHECK ((status = 'CONFIRMED') = (confirmed_at IS NOT NULL))
);
-- The outstanding ones, which every sweep retries and the listing shows, are few next to the confirmed.
CREATE INDEX video_deletion_outstanding_idx ON video_deletion (segment_id) WHERE status <> 'CONFIRMED';

ALTER TABLE retention_run
    ADD COLUMN video_confirmed   BIGINT NOT NULL DEFAULT 0,
    ADD COLUMN video_retried     BIGINT NOT NULL DEFAULT 0,
    ADD COLUMN video_unconfirmed BIGINT NOT NULL DEFAULT 0;
