-- Personnel register core: employees. Health and absence data live in a separate schema with
-- narrower grants (Act 759/2004 §5), added with the personnel register itself.
CREATE TABLE employee (
    id                UUID         PRIMARY KEY,
    pic_encrypted     VARCHAR(200),
    pic_key           VARCHAR(80)  UNIQUE,
    email_key         VARCHAR(80),
    first_name        VARCHAR(100) NOT NULL,
    last_name         VARCHAR(100) NOT NULL,
    email             VARCHAR(254),
    phone             VARCHAR(30),
    position          VARCHAR(100),
    team              VARCHAR(100),
    supervisor_id     UUID REFERENCES employee (id),
    restricted        BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at        TIMESTAMPTZ  NOT NULL,
    updated_at        TIMESTAMPTZ  NOT NULL,
    version           BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX employee_email_key_idx ON employee (email_key);
