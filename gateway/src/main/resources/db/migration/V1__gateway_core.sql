-- Data-subject request cases (docs/architecture.md, docs/domain-rules.md).
-- The subject is stored as subject keys (blind index) and encrypted identifiers; never in clear.
CREATE TABLE dsr_case (
    id                     UUID          PRIMARY KEY,
    type                   VARCHAR(20)   NOT NULL,
    status                 VARCHAR(40)   NOT NULL,
    subject_keys           TEXT          NOT NULL,
    subject_key            VARCHAR(80)   NOT NULL,
    subject_encrypted      TEXT          NOT NULL,
    request_encrypted      TEXT          NOT NULL,
    verification_method    VARCHAR(40)   NOT NULL,
    verification_reference VARCHAR(200),
    verified_at            TIMESTAMPTZ,
    received_at            TIMESTAMPTZ   NOT NULL,
    due_at                 TIMESTAMPTZ   NOT NULL,
    paused_since           TIMESTAMPTZ,
    paused_seconds         BIGINT        NOT NULL DEFAULT 0,
    extension_months       INT           NOT NULL DEFAULT 0 CHECK (extension_months BETWEEN 0 AND 2),
    extension_reason       VARCHAR(2000),
    extended_at            TIMESTAMPTZ,
    completed_at           TIMESTAMPTZ,
    cancelled_at           TIMESTAMPTZ,
    cancellation_reason    VARCHAR(2000),
    created_by             VARCHAR(200)  NOT NULL,
    version                BIGINT        NOT NULL DEFAULT 0
);
CREATE INDEX dsr_case_status_due_idx ON dsr_case (status, due_at);
CREATE INDEX dsr_case_subject_idx ON dsr_case (subject_key);

-- One register's part of one step of a case; PENDING until the register answers.
CREATE TABLE dsr_register_task (
    id               UUID          PRIMARY KEY,
    case_id          UUID          NOT NULL REFERENCES dsr_case (id),
    register_url     VARCHAR(500)  NOT NULL,
    register_name    VARCHAR(100),
    phase            VARCHAR(30)   NOT NULL,
    status           VARCHAR(20)   NOT NULL,
    attempts         INT           NOT NULL DEFAULT 0,
    next_attempt_at  TIMESTAMPTZ   NOT NULL,
    last_error       VARCHAR(300),
    result_encrypted TEXT,
    completed_at     TIMESTAMPTZ,
    version          BIGINT        NOT NULL DEFAULT 0,
    UNIQUE (case_id, register_url, phase)
);
CREATE INDEX dsr_register_task_due_idx ON dsr_register_task (next_attempt_at) WHERE status = 'PENDING';

-- History of every step of a case: who, when, what. Append-only.
CREATE TABLE dsr_case_step (
    id          UUID          PRIMARY KEY,
    case_id     UUID          NOT NULL REFERENCES dsr_case (id),
    occurred_at TIMESTAMPTZ   NOT NULL,
    actor       VARCHAR(200)  NOT NULL,
    action      VARCHAR(40)   NOT NULL,
    detail      VARCHAR(1000)
);
CREATE INDEX dsr_case_step_case_idx ON dsr_case_step (case_id, occurred_at);

CREATE FUNCTION dsr_case_step_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'dsr_case_step is append-only';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER dsr_case_step_no_update BEFORE UPDATE OR DELETE ON dsr_case_step
    FOR EACH ROW EXECUTE FUNCTION dsr_case_step_append_only();
