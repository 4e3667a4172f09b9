-- Retention moves to the kit (docs/architecture.md, "Retention and restriction (kit)"): the
-- register's run log is copied into kit_retention_run / kit_retention_run_item (V0_5, V0_7) and its
-- own table goes. The old log had one row per rule and run, without a run id, a finish time, who
-- started it or the legal reference: a run is the rows of one start (and dry-run flag), finished
-- when it started, its rules in the order they ran (the old row ids).
INSERT INTO kit_retention_run (id, started_at, finished_at, dry_run, triggered_by)
SELECT DISTINCT CAST(md5('customer-retention-run ' || CAST(started_at AS TEXT) || ' ' || CAST(dry_run AS TEXT)) AS UUID),
       started_at, started_at, dry_run, 'not recorded (before the kit)'
FROM retention_run;

INSERT INTO kit_retention_run_item (run_id, rule, legal_reference, affected, held, position)
SELECT CAST(md5('customer-retention-run ' || CAST(started_at AS TEXT) || ' ' || CAST(dry_run AS TEXT)) AS UUID),
       rule, 'not recorded (before the kit)', affected, held,
       CAST(row_number() OVER (PARTITION BY started_at, dry_run ORDER BY id) AS INT) - 1
FROM retention_run
ON CONFLICT (run_id, rule) DO NOTHING;

DROP TABLE retention_run;
