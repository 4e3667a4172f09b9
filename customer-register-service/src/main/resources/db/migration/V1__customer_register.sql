-- Customer register (docs/domain-rules.md): applicants, key applicants and residents.
-- Identity codes are stored AES-GCM encrypted; searches go through subject-key blind indexes.
CREATE TABLE person (
    id                UUID         PRIMARY KEY,
    pic_encrypted     VARCHAR(200),
    pic_key           VARCHAR(80)  UNIQUE,
    email_key         VARCHAR(80),
    phone_key         VARCHAR(80),
    name_key          VARCHAR(80),
    first_name        VARCHAR(100) NOT NULL,
    last_name         VARCHAR(100) NOT NULL,
    birth_date        DATE,
    email             VARCHAR(254),
    phone             VARCHAR(30),
    language          VARCHAR(2)   NOT NULL DEFAULT 'fi',
    street_address    VARCHAR(200),
    postal_code       VARCHAR(10),
    city              VARCHAR(100),
    -- turvakielto from DVV: the address is hidden from every role but letting officers.
    protected_address BOOLEAN      NOT NULL DEFAULT FALSE,
    -- Art 18 restriction: stored only; reads for other use are refused.
    restricted        BOOLEAN      NOT NULL DEFAULT FALSE,
    external_pms_id   VARCHAR(64)  UNIQUE,
    anonymised_at     TIMESTAMPTZ,
    created_at        TIMESTAMPTZ  NOT NULL,
    updated_at        TIMESTAMPTZ  NOT NULL,
    version           BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX person_email_key_idx ON person (email_key);
CREATE INDEX person_phone_key_idx ON person (phone_key);
CREATE INDEX person_name_key_idx ON person (name_key);

-- Where a value came from when not from the subject (Asiakastieto, DVV): source, time, purpose.
CREATE TABLE field_provenance (
    person_id    UUID         NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    field        VARCHAR(40)  NOT NULL,
    source       VARCHAR(100) NOT NULL,
    retrieved_at TIMESTAMPTZ  NOT NULL,
    purpose      VARCHAR(100) NOT NULL,
    PRIMARY KEY (person_id, field)
);

CREATE TABLE housing_application (
    id             UUID         PRIMARY KEY,
    person_id      UUID         NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    kind           VARCHAR(20)  NOT NULL CHECK (kind IN ('HOUSING', 'KEY')),
    received_at    TIMESTAMPTZ  NOT NULL,
    valid_until    DATE         NOT NULL,
    renewed_at     TIMESTAMPTZ,
    household_size INT          NOT NULL CHECK (household_size BETWEEN 1 AND 20),
    desired_area   VARCHAR(100),
    desired_rooms  INT          CHECK (desired_rooms BETWEEN 1 AND 10),
    status         VARCHAR(20)  NOT NULL,
    version        BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX housing_application_person_idx ON housing_application (person_id);

CREATE TABLE lease (
    id              UUID        PRIMARY KEY,
    external_pms_id VARCHAR(64) NOT NULL UNIQUE,
    apartment_ref   VARCHAR(64) NOT NULL,
    start_date      DATE        NOT NULL,
    end_date        DATE,
    version         BIGINT      NOT NULL DEFAULT 0,
    CHECK (end_date IS NULL OR end_date >= start_date)
);
CREATE TABLE lease_resident (
    lease_id  UUID        NOT NULL REFERENCES lease (id) ON DELETE CASCADE,
    person_id UUID        NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    role      VARCHAR(20) NOT NULL CHECK (role IN ('TENANT', 'CO_RESIDENT')),
    PRIMARY KEY (lease_id, person_id)
);
CREATE INDEX lease_resident_person_idx ON lease_resident (person_id);

-- Credit Information Act 527/2007: a summary only, for the lease purpose only.
CREATE TABLE credit_check (
    id              UUID         PRIMARY KEY,
    person_id       UUID         NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    application_id  UUID         NOT NULL REFERENCES housing_application (id) ON DELETE CASCADE,
    checked_at      TIMESTAMPTZ  NOT NULL,
    purpose         VARCHAR(40)  NOT NULL CHECK (purpose = 'LEASE'),
    payment_defaults BOOLEAN     NOT NULL,
    summary         VARCHAR(500) NOT NULL,
    source          VARCHAR(100) NOT NULL,
    requested_by    VARCHAR(200) NOT NULL
);
CREATE INDEX credit_check_person_idx ON credit_check (person_id);

CREATE TABLE population_query (
    id           UUID         PRIMARY KEY,
    person_id    UUID         NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    queried_at   TIMESTAMPTZ  NOT NULL,
    purpose      VARCHAR(100) NOT NULL,
    fields       VARCHAR(300) NOT NULL,
    source       VARCHAR(100) NOT NULL,
    requested_by VARCHAR(200) NOT NULL
);
CREATE INDEX population_query_person_idx ON population_query (person_id);

-- Art 22: every decision names a human decider, the rationale and the inputs used.
CREATE TABLE tenant_selection_decision (
    id             UUID          PRIMARY KEY,
    application_id UUID          NOT NULL REFERENCES housing_application (id) ON DELETE CASCADE,
    apartment_ref  VARCHAR(64)   NOT NULL,
    outcome        VARCHAR(20)   NOT NULL CHECK (outcome IN ('SELECTED', 'NOT_SELECTED')),
    decided_by     VARCHAR(200)  NOT NULL,
    decided_at     TIMESTAMPTZ   NOT NULL,
    rationale      VARCHAR(2000) NOT NULL,
    inputs_used    VARCHAR(1000) NOT NULL
);

CREATE TABLE collection_case (
    id                 UUID         PRIMARY KEY,
    person_id          UUID         NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    lease_id           UUID         REFERENCES lease (id),
    amount_cents       BIGINT       NOT NULL CHECK (amount_cents > 0),
    opened_at          TIMESTAMPTZ  NOT NULL,
    closed_at          TIMESTAMPTZ,
    agent_name         VARCHAR(200) NOT NULL,
    agent_country      VARCHAR(2)   NOT NULL,
    transfer_mechanism VARCHAR(200)
);

-- Disclosure log (Art 19 needs it to notify recipients).
CREATE TABLE disclosure (
    id                UUID          PRIMARY KEY,
    person_id         UUID          NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    recipient         VARCHAR(200)  NOT NULL,
    recipient_role    VARCHAR(20)   NOT NULL,
    recipient_country VARCHAR(2)    NOT NULL,
    categories        VARCHAR(500)  NOT NULL,
    basis             VARCHAR(300)  NOT NULL,
    request_reference VARCHAR(100),
    transfer_mechanism VARCHAR(200),
    disclosed_at      TIMESTAMPTZ   NOT NULL,
    disclosed_by      VARCHAR(200)  NOT NULL
);
CREATE INDEX disclosure_person_idx ON disclosure (person_id);

-- Follows consent events: what marketing and surveys the person may receive.
CREATE TABLE marketing_preference (
    person_id  UUID        NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    channel    VARCHAR(20) NOT NULL CHECK (channel IN ('EMAIL', 'SMS', 'POST', 'SURVEY')),
    allowed    BOOLEAN     NOT NULL,
    reason     VARCHAR(200) NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (person_id, channel)
);

-- Retention runs: counts per rule, never the data.
CREATE TABLE retention_run (
    id          BIGSERIAL   PRIMARY KEY,
    started_at  TIMESTAMPTZ NOT NULL,
    dry_run     BOOLEAN     NOT NULL,
    rule        VARCHAR(60) NOT NULL,
    affected    INT         NOT NULL,
    held        INT         NOT NULL
);
