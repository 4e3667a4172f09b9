-- Surveys, fault reports with entry permission, and the debt-collection case index (docs/domain-rules.md).

-- Customer-satisfaction and other surveys: legitimate interest 6(1)(f); never stored once the
-- person has objected (Art 21). Kept 2 years [A].
CREATE TABLE survey_response (
    id          UUID          PRIMARY KEY,
    person_id   UUID          NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    survey_code VARCHAR(40)   NOT NULL,
    answered_at TIMESTAMPTZ   NOT NULL,
    score       INT           CHECK (score BETWEEN 0 AND 10),
    answers     VARCHAR(4000),
    recorded_at TIMESTAMPTZ   NOT NULL,
    recorded_by VARCHAR(200)  NOT NULL,
    CHECK (score IS NOT NULL OR answers IS NOT NULL)
);
CREATE INDEX survey_response_person_idx ON survey_response (person_id);
CREATE INDEX survey_response_answered_idx ON survey_response (answered_at);

-- A resident's fault report / maintenance task and their permission to enter the apartment.
-- Handing the task to the maintenance partner (a processor) is a disclosure and is logged.
CREATE TABLE fault_report (
    id                UUID          PRIMARY KEY,
    person_id         UUID          NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    apartment_ref     VARCHAR(64)   NOT NULL,
    description       VARCHAR(2000) NOT NULL,
    reported_at       TIMESTAMPTZ   NOT NULL,
    reported_by       VARCHAR(200)  NOT NULL,
    entry_granted     BOOLEAN       NOT NULL,
    entry_valid_from  DATE,
    entry_valid_until DATE,
    entry_pets        BOOLEAN,
    entry_notes       VARCHAR(500),
    status            VARCHAR(20)   NOT NULL CHECK (status IN ('OPEN', 'IN_PROGRESS', 'DONE')),
    partner           VARCHAR(200),
    handed_over_at    TIMESTAMPTZ,
    done_at           TIMESTAMPTZ,
    version           BIGINT        NOT NULL DEFAULT 0,
    CHECK (entry_granted OR (entry_valid_from IS NULL AND entry_valid_until IS NULL)),
    CHECK (entry_valid_until IS NULL OR entry_valid_from IS NULL OR entry_valid_until >= entry_valid_from)
);
CREATE INDEX fault_report_person_idx ON fault_report (person_id);

CREATE INDEX collection_case_person_idx ON collection_case (person_id);
