-- Personnel register (Act on the Protection of Privacy in Working Life 759/2004).
-- Every person row carries its blind-index subject keys; identity codes and bank accounts are
-- encrypted by the application. Data obtained from elsewhere than the person carries its source,
-- when it was obtained and under which legal right or consent (759/2004 §4; GDPR Art 14).

CREATE TABLE employee (
    id                     UUID         PRIMARY KEY,
    subject_key            VARCHAR(80)  NOT NULL,
    pic_encrypted          VARCHAR(200) NOT NULL,
    pic_key                VARCHAR(80)  NOT NULL UNIQUE,
    email_key              VARCHAR(80),
    name_key               VARCHAR(80)  NOT NULL,
    username               VARCHAR(100) UNIQUE,
    first_name             VARCHAR(100) NOT NULL,
    last_name              VARCHAR(100) NOT NULL,
    birth_date             DATE         NOT NULL,
    email                  VARCHAR(254),
    phone                  VARCHAR(30),
    address                VARCHAR(300),
    bank_account_encrypted VARCHAR(200),
    tax_card_reference     VARCHAR(100),
    position               VARCHAR(100) NOT NULL,
    team                   VARCHAR(100) NOT NULL,
    supervisor_id          UUID REFERENCES employee (id),
    source_origin          VARCHAR(20)  NOT NULL,
    source_name            VARCHAR(200),
    source_obtained_at     TIMESTAMPTZ,
    source_basis           VARCHAR(20),
    source_reference       VARCHAR(300),
    created_at             TIMESTAMPTZ  NOT NULL,
    updated_at             TIMESTAMPTZ  NOT NULL,
    version                BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX employee_subject_key_idx ON employee (subject_key);
CREATE INDEX employee_email_key_idx ON employee (email_key);
CREATE INDEX employee_name_key_idx ON employee (name_key);
CREATE INDEX employee_supervisor_idx ON employee (supervisor_id);

CREATE TABLE employment_contract (
    id                UUID         PRIMARY KEY,
    employee_id       UUID         NOT NULL REFERENCES employee (id) ON DELETE CASCADE,
    start_date        DATE         NOT NULL,
    end_date          DATE,
    contract_type     VARCHAR(20)  NOT NULL,
    working_time      VARCHAR(20)  NOT NULL,
    fixed_term_reason VARCHAR(300),
    created_at        TIMESTAMPTZ  NOT NULL,
    version           BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT contract_dates_in_order CHECK (end_date IS NULL OR end_date >= start_date)
);
CREATE INDEX employment_contract_employee_idx ON employment_contract (employee_id);

-- Monthly working-time and leave summaries (Working Hours Act 872/2019 §32, Annual Holidays
-- Act 162/2005 §29): hours and day counts only, never the reason for an absence.
CREATE TABLE working_time_summary (
    id                UUID          PRIMARY KEY,
    employee_id       UUID          NOT NULL REFERENCES employee (id) ON DELETE CASCADE,
    period            VARCHAR(7)    NOT NULL,
    regular_hours     NUMERIC(6, 2) NOT NULL,
    overtime_hours    NUMERIC(6, 2) NOT NULL,
    annual_leave_days NUMERIC(5, 1) NOT NULL,
    absence_days      NUMERIC(5, 1) NOT NULL,
    updated_at        TIMESTAMPTZ   NOT NULL,
    version           BIGINT        NOT NULL DEFAULT 0,
    UNIQUE (employee_id, period)
);

-- Health data is kept apart from other personal data (759/2004 §5): its own schema, which in
-- production only the health-store database role may read; the API admits only hr-health.
CREATE SCHEMA health;
CREATE TABLE health.absence (
    id                 UUID         PRIMARY KEY,
    employee_id        UUID         NOT NULL REFERENCES employee (id) ON DELETE CASCADE,
    subject_key        VARCHAR(80)  NOT NULL,
    kind               VARCHAR(40)  NOT NULL,
    start_date         DATE         NOT NULL,
    end_date           DATE         NOT NULL,
    certificate_issuer VARCHAR(200),
    details_encrypted  VARCHAR(4000),
    source_origin      VARCHAR(20)  NOT NULL,
    source_name        VARCHAR(200),
    source_obtained_at TIMESTAMPTZ,
    source_basis       VARCHAR(20),
    source_reference   VARCHAR(300),
    created_at         TIMESTAMPTZ  NOT NULL,
    CONSTRAINT absence_dates_in_order CHECK (end_date >= start_date)
);
CREATE INDEX absence_employee_idx ON health.absence (employee_id);

CREATE TABLE job_posting (
    id             UUID         PRIMARY KEY,
    title          VARCHAR(200) NOT NULL,
    team           VARCHAR(100) NOT NULL,
    special_trust  BOOLEAN      NOT NULL,
    status         VARCHAR(20)  NOT NULL,
    closes_on      DATE         NOT NULL,
    external_ref   VARCHAR(100) UNIQUE,
    created_at     TIMESTAMPTZ  NOT NULL,
    version        BIGINT       NOT NULL DEFAULT 0
);

CREATE TABLE job_applicant (
    id                 UUID         PRIMARY KEY,
    subject_key        VARCHAR(80)  NOT NULL,
    pic_encrypted      VARCHAR(200),
    pic_key            VARCHAR(80),
    email_key          VARCHAR(80)  NOT NULL UNIQUE,
    name_key           VARCHAR(80),
    first_name         VARCHAR(100) NOT NULL,
    last_name          VARCHAR(100) NOT NULL,
    birth_date         DATE,
    email              VARCHAR(254) NOT NULL,
    phone              VARCHAR(30),
    objected_at        TIMESTAMPTZ,
    created_at         TIMESTAMPTZ  NOT NULL,
    version            BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX job_applicant_subject_key_idx ON job_applicant (subject_key);
CREATE INDEX job_applicant_pic_key_idx ON job_applicant (pic_key);
CREATE INDEX job_applicant_name_key_idx ON job_applicant (name_key);

CREATE TABLE application (
    id                 UUID         PRIMARY KEY,
    posting_id         UUID         NOT NULL REFERENCES job_posting (id),
    applicant_id       UUID         NOT NULL REFERENCES job_applicant (id) ON DELETE CASCADE,
    cv_text            VARCHAR(20000),
    interview_notes    VARCHAR(10000),
    outcome            VARCHAR(20)  NOT NULL,
    decided_by         VARCHAR(200),
    notified_at        TIMESTAMPTZ,
    source_origin      VARCHAR(20)  NOT NULL,
    source_name        VARCHAR(200),
    source_obtained_at TIMESTAMPTZ,
    source_basis       VARCHAR(20),
    source_reference   VARCHAR(300),
    created_at         TIMESTAMPTZ  NOT NULL,
    version            BIGINT       NOT NULL DEFAULT 0,
    UNIQUE (posting_id, applicant_id)
);
CREATE INDEX application_applicant_idx ON application (applicant_id);

-- The applicant's own consent to an aptitude assessment or to contacting referees (759/2004 §4, §13).
CREATE TABLE applicant_consent (
    id           UUID         PRIMARY KEY,
    applicant_id UUID         NOT NULL REFERENCES job_applicant (id) ON DELETE CASCADE,
    kind         VARCHAR(20)  NOT NULL,
    given_at     TIMESTAMPTZ  NOT NULL,
    evidence     VARCHAR(500) NOT NULL,
    recorded_by  VARCHAR(200) NOT NULL,
    withdrawn_at TIMESTAMPTZ
);
CREATE INDEX applicant_consent_applicant_idx ON applicant_consent (applicant_id);

CREATE TABLE assessment (
    id                 UUID          PRIMARY KEY,
    application_id     UUID          NOT NULL REFERENCES application (id) ON DELETE CASCADE,
    consent_id         UUID          NOT NULL REFERENCES applicant_consent (id),
    provider           VARCHAR(200)  NOT NULL,
    summary            VARCHAR(4000) NOT NULL,
    performed_at       DATE          NOT NULL,
    source_origin      VARCHAR(20)   NOT NULL,
    source_name        VARCHAR(200),
    source_obtained_at TIMESTAMPTZ,
    source_basis       VARCHAR(20),
    source_reference   VARCHAR(300),
    created_at         TIMESTAMPTZ   NOT NULL
);

CREATE TABLE reference_check (
    id                   UUID          PRIMARY KEY,
    application_id       UUID          NOT NULL REFERENCES application (id) ON DELETE CASCADE,
    consent_id           UUID          NOT NULL REFERENCES applicant_consent (id),
    referee_name         VARCHAR(200)  NOT NULL,
    referee_organisation VARCHAR(200),
    summary              VARCHAR(4000) NOT NULL,
    checked_at           DATE          NOT NULL,
    source_origin        VARCHAR(20)   NOT NULL,
    source_name          VARCHAR(200),
    source_obtained_at   TIMESTAMPTZ,
    source_basis         VARCHAR(20),
    source_reference     VARCHAR(300),
    created_at           TIMESTAMPTZ   NOT NULL
);

-- A summary only, never the report itself (Credit Information Act 527/2007).
CREATE TABLE credit_check (
    id                    UUID          PRIMARY KEY,
    application_id        UUID          NOT NULL REFERENCES application (id) ON DELETE CASCADE,
    applicant_informed_at TIMESTAMPTZ   NOT NULL,
    checked_at            TIMESTAMPTZ   NOT NULL,
    summary               VARCHAR(1000) NOT NULL,
    source_origin         VARCHAR(20)   NOT NULL,
    source_name           VARCHAR(200),
    source_obtained_at    TIMESTAMPTZ,
    source_basis          VARCHAR(20),
    source_reference      VARCHAR(300),
    created_at            TIMESTAMPTZ   NOT NULL
);

-- Art 18 restriction: while a subject key is here, the data is only stored.
CREATE TABLE restriction (
    subject_key VARCHAR(80) PRIMARY KEY,
    case_id     UUID        NOT NULL,
    since       TIMESTAMPTZ NOT NULL
);

-- Art 21 objections to legitimate-interest processing (recruitment).
CREATE TABLE objection (
    id          UUID         PRIMARY KEY,
    subject_key VARCHAR(80)  NOT NULL,
    purpose     VARCHAR(60)  NOT NULL,
    grounds     VARCHAR(2000),
    decision    VARCHAR(30)  NOT NULL,
    case_id     UUID,
    recorded_at TIMESTAMPTZ  NOT NULL
);
CREATE INDEX objection_subject_idx ON objection (subject_key);

-- What an erasure request could not erase yet, with the exception that applies (Art 17(3)).
CREATE TABLE legal_hold (
    id              UUID         PRIMARY KEY,
    subject_key     VARCHAR(80)  NOT NULL,
    category        VARCHAR(100) NOT NULL,
    reason          VARCHAR(300) NOT NULL,
    legal_reference VARCHAR(200) NOT NULL,
    until_date      DATE,
    case_id         UUID         NOT NULL,
    created_at      TIMESTAMPTZ  NOT NULL
);
CREATE INDEX legal_hold_subject_idx ON legal_hold (subject_key);

-- Retention-run log (docs/domain-rules.md): counts per rule, never the data itself.
CREATE TABLE retention_run (
    id           UUID         PRIMARY KEY,
    started_at   TIMESTAMPTZ  NOT NULL,
    dry_run      BOOLEAN      NOT NULL,
    triggered_by VARCHAR(200) NOT NULL
);
CREATE TABLE retention_run_item (
    run_id          UUID         NOT NULL REFERENCES retention_run (id),
    rule            VARCHAR(60)  NOT NULL,
    legal_reference VARCHAR(200) NOT NULL,
    affected        INT          NOT NULL,
    PRIMARY KEY (run_id, rule)
);
