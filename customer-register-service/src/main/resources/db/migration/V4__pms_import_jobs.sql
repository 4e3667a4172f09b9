-- Asynchronous property-management import jobs (whole-base sync): the file's data lines wait in
-- pms_import_line until their chunk is applied, then are deleted; per-row results stay with the job.
-- A job resumes after a restart from processed_rows (every chunk commits its results, its progress
-- and the deletion of its lines together).
CREATE TABLE pms_import_job (
    id             UUID         PRIMARY KEY,
    status         VARCHAR(20)  NOT NULL CHECK (status IN ('QUEUED', 'RUNNING', 'COMPLETED')),
    format         VARCHAR(10)  NOT NULL CHECK (format IN ('JSONL', 'CSV')),
    csv_header     VARCHAR(1000),
    total_rows     INT          NOT NULL,
    processed_rows INT          NOT NULL DEFAULT 0,
    created        INT          NOT NULL DEFAULT 0,
    updated        INT          NOT NULL DEFAULT 0,
    unchanged      INT          NOT NULL DEFAULT 0,
    rejected       INT          NOT NULL DEFAULT 0,
    erased         INT          NOT NULL DEFAULT 0,
    restricted     INT          NOT NULL DEFAULT 0,
    submitted_by   VARCHAR(200) NOT NULL,
    submitted_at   TIMESTAMPTZ  NOT NULL,
    finished_at    TIMESTAMPTZ
);
CREATE INDEX pms_import_job_open_idx ON pms_import_job (submitted_at) WHERE status <> 'COMPLETED';

CREATE TABLE pms_import_line (
    job_id UUID NOT NULL REFERENCES pms_import_job (id) ON DELETE CASCADE,
    idx    INT  NOT NULL,
    line   TEXT NOT NULL,
    PRIMARY KEY (job_id, idx)
);

CREATE TABLE pms_import_result (
    job_id      UUID         NOT NULL REFERENCES pms_import_job (id) ON DELETE CASCADE,
    idx         INT          NOT NULL,
    external_id VARCHAR(64),
    status      VARCHAR(20)  NOT NULL,
    person_id   UUID,
    error       VARCHAR(1000),
    PRIMARY KEY (job_id, idx)
);
