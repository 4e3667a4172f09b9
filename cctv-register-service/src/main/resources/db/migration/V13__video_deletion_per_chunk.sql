-- Video deletion evidence per chunk instead of per segment (issue 19: the sweep wrote a row, a
-- primary-key entry and an index entry per deleted segment, then rewrote every row with the
-- recorder's answer). A row now holds the segments deleted by one statement (a sweep chunk, an
-- erasure, an objection) as parallel arrays, with one status, attempt count and confirmation for
-- all of them; it is still inserted by the statement that deletes the segments, so the evidence is
-- committed with the delete. When the recorder answers part of a row differently (some confirmed,
-- some not), the differing segments move to a row of their own and their ids are listed in
-- split_off of the row they left. The per-segment view keeps the old name and columns: the
-- listing, the retries and the tests read it as before.
CREATE TABLE video_deletion_batch (
    id               BIGSERIAL     PRIMARY KEY,
    reason           VARCHAR(20)   NOT NULL CHECK (reason IN ('RETENTION', 'ERASURE', 'OBJECTION')),
    requested_at     TIMESTAMPTZ   NOT NULL,
    segment_ids      BIGINT[]      NOT NULL,
    -- Counted as the row is written, so totals never read the (large, out-of-line) arrays back.
    segment_count    INT           GENERATED ALWAYS AS (cardinality(segment_ids)) STORED,
    camera_ids       UUID[]        NOT NULL,
    segment_froms    TIMESTAMPTZ[] NOT NULL,
    segment_tos      TIMESTAMPTZ[] NOT NULL,
    -- Where the recorders keep the videos; like a segment's, given out by no listing.
    storage_refs     TEXT[]        NOT NULL,
    status           VARCHAR(20)   NOT NULL CHECK (status IN ('REQUESTED', 'CONFIRMED', 'UNCONFIRMED')),
    attempts         INT           NOT NULL DEFAULT 0,
    last_attempt_at  TIMESTAMPTZ,
    confirmed_at     TIMESTAMPTZ,
    -- The recorder's reason per segment (same order as segment_ids) for not confirming; never personal data.
    details          TEXT[],
    -- Segments of this row answered differently and moved to a later row.
    split_off        BIGINT[]      NOT NULL DEFAULT '{}',
    CHECK ((status = 'CONFIRMED') = (confirmed_at IS NOT NULL)),
    CHECK (cardinality(segment_ids) = cardinality(camera_ids) AND cardinality(segment_ids) = cardinality(segment_froms)
        AND cardinality(segment_ids) = cardinality(segment_tos) AND cardinality(segment_ids) = cardinality(storage_refs))
);
-- Stored uncompressed (out of line): compressing a chunk's arrays cost the sweep more CPU than the
-- extra WAL of writing them as they are (EXPLAIN ANALYZE of a 10,000-segment chunk: about 30 ms of
-- 140 ms; docs/benchmarks.md).
ALTER TABLE video_deletion_batch ALTER segment_ids SET STORAGE EXTERNAL, ALTER camera_ids SET STORAGE EXTERNAL,
    ALTER segment_froms SET STORAGE EXTERNAL, ALTER segment_tos SET STORAGE EXTERNAL, ALTER storage_refs SET STORAGE EXTERNAL;
-- The outstanding ones, which every sweep retries and the listing shows by default.
CREATE INDEX video_deletion_batch_outstanding_idx ON video_deletion_batch (id) WHERE status <> 'CONFIRMED';
-- The listing, newest request first: read through the view, the rows come in requested_at order from
-- this index and only the first rows' segments are unnested and sorted (an incremental sort), not all
-- of them (15 M confirmed segments: 0.23 s a page instead of 21 s).
CREATE INDEX video_deletion_batch_requested_idx ON video_deletion_batch (requested_at);

-- Rows of the old shape that were written together and answered alike become one row.
INSERT INTO video_deletion_batch (reason, requested_at, segment_ids, camera_ids, segment_froms, segment_tos, storage_refs,
                                  status, attempts, last_attempt_at, confirmed_at, details)
SELECT reason, requested_at, array_agg(segment_id ORDER BY segment_id), array_agg(camera_id ORDER BY segment_id),
       array_agg(segment_from ORDER BY segment_id), array_agg(segment_to ORDER BY segment_id),
       array_agg(storage_ref::text ORDER BY segment_id), status, attempts, last_attempt_at, confirmed_at,
       CASE WHEN bool_and(last_error IS NULL) THEN NULL ELSE array_agg(last_error::text ORDER BY segment_id) END
FROM video_deletion
GROUP BY reason, requested_at, status, attempts, last_attempt_at, confirmed_at
ORDER BY min(segment_id);

DROP TABLE video_deletion;

CREATE VIEW video_deletion AS
SELECT e.segment_id, e.camera_id, e.segment_from, e.segment_to, e.storage_ref, b.reason, b.requested_at, b.status, b.attempts,
       b.last_attempt_at, b.confirmed_at, e.last_error, b.id AS batch_id
FROM video_deletion_batch b
CROSS JOIN LATERAL unnest(b.segment_ids, b.camera_ids, b.segment_froms, b.segment_tos, b.storage_refs, coalesce(b.details, '{}'))
    AS e(segment_id, camera_id, segment_from, segment_to, storage_ref, last_error)
WHERE e.segment_id <> ALL (b.split_off);
