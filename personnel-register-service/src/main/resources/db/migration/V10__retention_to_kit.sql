-- Retention moves to the kit (docs/architecture.md, "Retention and restriction (kit)"): the
-- register's run log is copied into kit_retention_run / kit_retention_run_item (V0_5) and its own
-- tables go. The old log had no finish time; a run finished in the transaction it started in.
INSERT INTO kit_retention_run (id, started_at, finished_at, dry_run, triggered_by)
SELECT id, started_at, started_at, dry_run, triggered_by FROM retention_run;
INSERT INTO kit_retention_run_item (run_id, rule, legal_reference, affected)
SELECT run_id, rule, legal_reference, affected FROM retention_run_item;
DROP TABLE retention_run_item;
DROP TABLE retention_run;
