-- Art 19: after a rectification, erasure or restriction every recipient the data was disclosed to
-- is told, unless that proves impossible or involves disproportionate effort (recorded with the reason).
-- Kept here, at the gateway, as the minimum needed after the registers erased their own copies.
CREATE TABLE dsr_recipient_notification (
    id            UUID          PRIMARY KEY,
    case_id       UUID          NOT NULL REFERENCES dsr_case (id),
    register_name VARCHAR(100)  NOT NULL,
    recipient     VARCHAR(300)  NOT NULL,
    status        VARCHAR(20)   NOT NULL,
    decided_at    TIMESTAMPTZ,
    decided_by    VARCHAR(200),
    reference     VARCHAR(200),
    reason        VARCHAR(2000),
    version       BIGINT        NOT NULL DEFAULT 0,
    UNIQUE (case_id, register_name, recipient)
);

-- Art 18(3): the subject is told before a restriction is lifted.
ALTER TABLE dsr_case ADD COLUMN lift_notice_at TIMESTAMPTZ;
ALTER TABLE dsr_case ADD COLUMN lift_notice_channel VARCHAR(30);
ALTER TABLE dsr_case ADD COLUMN lift_notice_reference VARCHAR(200);
