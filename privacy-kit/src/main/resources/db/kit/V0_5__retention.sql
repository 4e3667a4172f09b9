-- One retention log for every register (docs/architecture.md, "Retention"): a run, and per rule
-- how many records it deleted or anonymised (or, in a dry run, would have). Modelled on the
-- personnel register's retention_run / retention_run_item; the kit_ prefix keeps it apart from the
-- registers' own tables until each register's V10 migration moves its history here.
CREATE TABLE kit_retention_run (
    id           UUID         PRIMARY KEY,
    started_at   TIMESTAMPTZ  NOT NULL,
    finished_at  TIMESTAMPTZ,
    dry_run      BOOLEAN      NOT NULL,
    triggered_by VARCHAR(200) NOT NULL
);
CREATE INDEX kit_retention_run_started ON kit_retention_run (started_at DESC);

CREATE TABLE kit_retention_run_item (
    run_id          UUID         NOT NULL REFERENCES kit_retention_run (id),
    rule            VARCHAR(60)  NOT NULL,
    legal_reference VARCHAR(200) NOT NULL,
    affected        INT          NOT NULL CHECK (affected >= 0),
    PRIMARY KEY (run_id, rule)
);
