-- Retention moves to the kit (docs/architecture.md, "Retention and restriction (kit)"): a sweep is a
-- run of the kit's retention with two items, video-deletion-retries (affected: deletions sent again)
-- and expired-segments (affected: deleted; held: held by a legal hold or kept for requests and
-- restrictions). What the kit's items do not hold stays here, one row per kit run: the segments past
-- expiry, the two held counts apart, and the recorders' answers (RetentionSweep). The old log keeps
-- its run ids; its legal references were not recorded.
CREATE TABLE retention_sweep (
    run_id            UUID   PRIMARY KEY REFERENCES kit_retention_run (id),
    expired           BIGINT NOT NULL,
    held              BIGINT NOT NULL,
    kept_for_requests BIGINT NOT NULL,
    video_confirmed   BIGINT NOT NULL,
    video_retried     BIGINT NOT NULL,
    video_unconfirmed BIGINT NOT NULL
);

INSERT INTO kit_retention_run (id, started_at, finished_at, dry_run, triggered_by)
SELECT id, started_at, finished_at, dry_run, triggered_by
FROM retention_run
ON CONFLICT (id) DO NOTHING;

INSERT INTO kit_retention_run_item (run_id, rule, legal_reference, affected, held, position)
SELECT id, 'video-deletion-retries', 'not recorded (before the kit)', CAST(LEAST(video_retried, 2147483647) AS INT), 0, 0
FROM retention_run
UNION ALL
SELECT id, 'expired-segments', 'not recorded (before the kit)', CAST(LEAST(deleted, 2147483647) AS INT),
       CAST(LEAST(held + kept_for_requests, 2147483647) AS INT), 1
FROM retention_run
ON CONFLICT (run_id, rule) DO NOTHING;

INSERT INTO retention_sweep (run_id, expired, held, kept_for_requests, video_confirmed, video_retried, video_unconfirmed)
SELECT id, expired, held, kept_for_requests, video_confirmed, video_retried, video_unconfirmed
FROM retention_run
ON CONFLICT (run_id) DO NOTHING;

DROP TABLE retention_run;
