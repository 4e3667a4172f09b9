-- The answer to the subject is a recorded act (Art 12(1), 12(3)); a refusal carries its ground and
-- reasons (Art 12(4), 12(5), 11(2)); the clock stops only for a recorded reasonable doubt with a
-- request for information sent (Art 12(6)).
ALTER TABLE dsr_case ADD COLUMN answered_at TIMESTAMPTZ;
ALTER TABLE dsr_case ADD COLUMN answer_channel VARCHAR(30);
ALTER TABLE dsr_case ADD COLUMN answer_reference VARCHAR(200);
ALTER TABLE dsr_case ADD COLUMN answered_by VARCHAR(200);
ALTER TABLE dsr_case ADD COLUMN refusal_ground VARCHAR(40);
ALTER TABLE dsr_case ADD COLUMN refusal_reason VARCHAR(2000);
ALTER TABLE dsr_case ADD COLUMN refused_at TIMESTAMPTZ;
ALTER TABLE dsr_case ADD COLUMN pause_reason VARCHAR(2000);
ALTER TABLE dsr_case ADD COLUMN information_requested_at TIMESTAMPTZ;
ALTER TABLE dsr_case ADD COLUMN information_request_reference VARCHAR(200);
CREATE INDEX dsr_case_answered_idx ON dsr_case (answered_at, due_at);

-- Breach register (Art 33(5)): every personal-data breach, notified or not, with the 72-hour clock.
CREATE TABLE breach (
    id                       UUID          PRIMARY KEY,
    status                   VARCHAR(30)   NOT NULL,
    nature                   VARCHAR(4000) NOT NULL,
    subject_categories       VARCHAR(1000) NOT NULL,
    record_categories        VARCHAR(1000) NOT NULL,
    approx_subjects          INT,
    approx_records           INT,
    registers_affected       VARCHAR(500)  NOT NULL,
    likely_consequences      VARCHAR(4000),
    measures                 VARCHAR(4000),
    aware_at                 TIMESTAMPTZ   NOT NULL,
    notification_due_at      TIMESTAMPTZ   NOT NULL,
    authority_decision       VARCHAR(30),
    authority_notified_at    TIMESTAMPTZ,
    authority_reference      VARCHAR(200),
    authority_reason         VARCHAR(2000),
    subjects_decision        VARCHAR(30),
    subjects_informed_at     TIMESTAMPTZ,
    subjects_reason          VARCHAR(2000),
    source                   VARCHAR(200)  NOT NULL,
    created_at               TIMESTAMPTZ   NOT NULL,
    created_by               VARCHAR(200)  NOT NULL,
    version                  BIGINT        NOT NULL DEFAULT 0
);
CREATE INDEX breach_open_idx ON breach (status, notification_due_at);

CREATE TABLE breach_step (
    id          UUID          PRIMARY KEY,
    breach_id   UUID          NOT NULL REFERENCES breach (id),
    occurred_at TIMESTAMPTZ   NOT NULL,
    actor       VARCHAR(200)  NOT NULL,
    action      VARCHAR(60)   NOT NULL,
    detail      VARCHAR(2000)
);
CREATE INDEX breach_step_idx ON breach_step (breach_id, occurred_at);
CREATE TRIGGER breach_step_no_update BEFORE UPDATE OR DELETE ON breach_step
    FOR EACH ROW EXECUTE FUNCTION dsr_case_step_append_only();
