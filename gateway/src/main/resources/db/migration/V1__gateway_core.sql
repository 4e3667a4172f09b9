-- Data-subject request cases (DESIGN.md public gateway API).
CREATE TABLE dsr_case (
    id              UUID         PRIMARY KEY,
    type            VARCHAR(20)  NOT NULL,
    status          VARCHAR(30)  NOT NULL,
    subject_keys    TEXT         NOT NULL,
    verification_method VARCHAR(60) NOT NULL,
    received_at     TIMESTAMPTZ  NOT NULL,
    due_at          TIMESTAMPTZ  NOT NULL,
    extended        BOOLEAN      NOT NULL DEFAULT FALSE,
    created_by      VARCHAR(200) NOT NULL,
    version         BIGINT       NOT NULL DEFAULT 0
);
