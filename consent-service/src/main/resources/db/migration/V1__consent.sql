-- Purpose catalogue: what a consent or legal basis is for (seeded from the privacy statement).
CREATE TABLE purpose (
    code              VARCHAR(60)  PRIMARY KEY,
    register          VARCHAR(30)  NOT NULL,
    legal_basis       VARCHAR(20)  NOT NULL,
    direct_marketing  BOOLEAN      NOT NULL,
    subject_kind      VARCHAR(20)  NOT NULL, -- PERSON or DEVICE (cookie choices)
    name_fi           VARCHAR(200) NOT NULL,
    name_en           VARCHAR(200) NOT NULL
);

-- Notice texts per purpose, version and language; the hash proves which text the subject saw.
CREATE TABLE notice_version (
    id            BIGSERIAL    PRIMARY KEY,
    purpose_code  VARCHAR(60)  NOT NULL REFERENCES purpose (code),
    version       VARCHAR(20)  NOT NULL,
    language      VARCHAR(2)      NOT NULL CHECK (language IN ('fi', 'sv', 'en')),
    text          TEXT         NOT NULL,
    text_hash     VARCHAR(64)     NOT NULL,
    published_at  TIMESTAMPTZ  NOT NULL,
    superseded_at TIMESTAMPTZ,
    UNIQUE (purpose_code, version, language)
);

-- Consent history, append-only (Art 7(1): the controller must be able to prove consent).
CREATE TABLE consent_record (
    id                   UUID         PRIMARY KEY,
    subject_key          VARCHAR(80)  NOT NULL,
    purpose_code         VARCHAR(60)  NOT NULL REFERENCES purpose (code),
    action               VARCHAR(10)  NOT NULL CHECK (action IN ('GRANTED', 'WITHDRAWN')),
    notice_version       VARCHAR(20),
    notice_hash          VARCHAR(64),
    language             VARCHAR(2),
    channel              VARCHAR(30)  NOT NULL,
    form_id              VARCHAR(100),
    user_agent           VARCHAR(300),
    ip_truncated         VARCHAR(50),
    collected_by         VARCHAR(200) NOT NULL,
    guardian_subject_key VARCHAR(80),
    expires_at           TIMESTAMPTZ,
    occurred_at          TIMESTAMPTZ  NOT NULL,
    request_id           VARCHAR(100) UNIQUE,
    erased               BOOLEAN      NOT NULL DEFAULT FALSE
);
CREATE INDEX consent_record_subject_idx ON consent_record (subject_key, purpose_code, occurred_at);

-- Current state, derived from the history in the same transaction as each record.
CREATE TABLE consent_state (
    subject_key    VARCHAR(80) NOT NULL,
    purpose_code   VARCHAR(60) NOT NULL REFERENCES purpose (code),
    state          VARCHAR(10) NOT NULL CHECK (state IN ('GRANTED', 'WITHDRAWN')),
    since          TIMESTAMPTZ NOT NULL,
    expires_at     TIMESTAMPTZ,
    notice_version VARCHAR(20),
    last_record_id UUID        NOT NULL,
    version        BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (subject_key, purpose_code)
);

-- Legal basis per register and purpose, versioned: the newest row of a pair is in force.
CREATE TABLE legal_basis (
    id           BIGSERIAL    PRIMARY KEY,
    register     VARCHAR(30)  NOT NULL,
    purpose_code VARCHAR(60)  NOT NULL,
    legal_basis  VARCHAR(20)  NOT NULL,
    reference    VARCHAR(300),
    revision     INT          NOT NULL,
    valid_from   TIMESTAMPTZ  NOT NULL,
    changed_by   VARCHAR(200) NOT NULL,
    reason       VARCHAR(1000) NOT NULL,
    UNIQUE (register, purpose_code, revision)
);

-- Art 21 objections: to direct marketing absolute; to legitimate interest with a decision.
CREATE TABLE objection (
    id           UUID          PRIMARY KEY,
    subject_key  VARCHAR(80)   NOT NULL,
    purpose_code VARCHAR(60)   REFERENCES purpose (code),
    scope        VARCHAR(30)   NOT NULL CHECK (scope IN ('DIRECT_MARKETING', 'LEGITIMATE_INTEREST')),
    decision     VARCHAR(30)   NOT NULL CHECK (decision IN ('SUPPRESS', 'STOP', 'COMPELLING_GROUNDS')),
    grounds      VARCHAR(2000),
    decision_reason VARCHAR(2000),
    recorded_at  TIMESTAMPTZ   NOT NULL,
    recorded_by  VARCHAR(200)  NOT NULL,
    case_id      UUID
);
CREATE INDEX objection_subject_idx ON objection (subject_key);

-- Erasure keeps minimal proof only until the legal-claims period ends (Art 17(3)(e)).
CREATE TABLE erasure_hold (
    subject_key  VARCHAR(80)  NOT NULL,
    reason       VARCHAR(500) NOT NULL,
    legal_reference VARCHAR(200) NOT NULL,
    until_date   DATE         NOT NULL,
    case_id      UUID         NOT NULL,
    PRIMARY KEY (subject_key, case_id)
);
CREATE TABLE restriction (
    subject_key VARCHAR(80)  PRIMARY KEY,
    case_id     UUID         NOT NULL,
    since       TIMESTAMPTZ  NOT NULL
);
