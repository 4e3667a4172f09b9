-- Retention runs report what a rule kept as well as what it deleted (docs/architecture.md,
-- "Retention and restriction (kit)"): held = records past their period kept because of a legal
-- hold or a restriction (GDPR Art 17(3), Art 18). Items keep the order the rules ran in (a register
-- whose rules depend on each other runs them in a fixed order); earlier runs read back in name order.
ALTER TABLE kit_retention_run_item
    ADD COLUMN held     INT NOT NULL DEFAULT 0 CHECK (held >= 0),
    ADD COLUMN position INT NOT NULL DEFAULT 0;
