-- Identifiers carry their proof (docs/domain-rules.md, "exact subject matching"): per case and
-- identifier kind, its subject key and whether and how it was verified.
CREATE TABLE dsr_case_identifier (
    case_id         UUID          NOT NULL REFERENCES dsr_case (id),
    kind            VARCHAR(30)   NOT NULL,
    subject_key     VARCHAR(80)   NOT NULL,
    verified        BOOLEAN       NOT NULL,
    proof_method    VARCHAR(40),
    proof_reference VARCHAR(200),
    verified_at     TIMESTAMPTZ,
    verified_by     VARCHAR(200),
    version         BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (case_id, kind)
);

-- Cases opened before this migration: strong identification and an identity document proved the
-- identity code and name/birth date; nothing proved an email or phone.
INSERT INTO dsr_case_identifier (case_id, kind, subject_key, verified, proof_method, proof_reference, verified_at, verified_by)
SELECT c.id,
       CASE split_part(k.key, '_', 1) WHEN 'pic' THEN 'PERSONAL_IDENTITY_CODE' WHEN 'email' THEN 'EMAIL'
            WHEN 'phone' THEN 'PHONE' ELSE 'NAME_AND_BIRTH_DATE' END,
       k.key,
       c.verification_method IN ('STRONG_ELECTRONIC_IDENTIFICATION', 'IDENTITY_DOCUMENT_IN_PERSON')
           AND split_part(k.key, '_', 1) IN ('pic', 'name'),
       NULL, NULL, NULL, NULL
FROM dsr_case c CROSS JOIN LATERAL regexp_split_to_table(c.subject_keys, ' ') AS k(key)
ON CONFLICT DO NOTHING;

-- Records the registers found only through unproved identifiers; the hint is masked and encrypted.
CREATE TABLE dsr_possible_match (
    id                  UUID          PRIMARY KEY,
    case_id             UUID          NOT NULL REFERENCES dsr_case (id),
    register_name       VARCHAR(100)  NOT NULL,
    record_kind         VARCHAR(100)  NOT NULL,
    matched_identifiers VARCHAR(200)  NOT NULL,
    hint_encrypted      TEXT          NOT NULL,
    status              VARCHAR(20)   NOT NULL,
    found_at            TIMESTAMPTZ   NOT NULL,
    decided_at          TIMESTAMPTZ,
    decided_by          VARCHAR(200),
    decision_reason     VARCHAR(2000),
    version             BIGINT        NOT NULL DEFAULT 0
);
CREATE INDEX dsr_possible_match_case_idx ON dsr_possible_match (case_id);

-- A confirmed identifier re-asks the registers in a new round; four-eyes approval of an erasure.
ALTER TABLE dsr_case ADD COLUMN round INT NOT NULL DEFAULT 0;
ALTER TABLE dsr_case ADD COLUMN erasure_approved_by VARCHAR(200);
ALTER TABLE dsr_case ADD COLUMN erasure_approved_at TIMESTAMPTZ;
ALTER TABLE dsr_register_task ADD COLUMN round INT NOT NULL DEFAULT 0;
ALTER TABLE dsr_register_task DROP CONSTRAINT dsr_register_task_case_id_register_url_phase_key;
ALTER TABLE dsr_register_task ADD CONSTRAINT dsr_register_task_round_key UNIQUE (case_id, register_url, phase, round);
