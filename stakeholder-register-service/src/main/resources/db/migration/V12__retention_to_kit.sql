-- Retention moves to the kit (docs/architecture.md, "Retention and restriction (kit)"): the
-- register's run log is copied into kit_retention_run / kit_retention_run_item (V0_5, V0_7) and its
-- own table goes. An old run (one row: the rule text and three counts) becomes a kit run with the
-- register's three rules in the order they run; the old rule text, with its period, is their legal
-- reference. The old log had no finish time: a run finished in the transaction it started in.
INSERT INTO kit_retention_run (id, started_at, finished_at, dry_run, triggered_by)
SELECT id, ran_at, ran_at, dry_run, started_by FROM retention_run;

INSERT INTO kit_retention_run_item (run_id, rule, legal_reference, affected, held, position)
SELECT id, 'contact-person-interactions', rule, interactions, 0, 0 FROM retention_run
UNION ALL
SELECT id, 'contact-person-memberships', rule, memberships, 0, 1 FROM retention_run
UNION ALL
SELECT id, 'contact-persons', rule, contact_persons, 0, 2 FROM retention_run;

DROP TABLE retention_run;
