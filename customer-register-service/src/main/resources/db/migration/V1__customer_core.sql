-- Customer register core: people (applicants, key applicants, residents).
-- Identity codes are stored AES-GCM encrypted; searches go through the subject-key blind index.
CREATE TABLE person (
    id                    UUID         PRIMARY KEY,
    pic_encrypted         VARCHAR(200),
    pic_key               VARCHAR(80)  UNIQUE,
    email_key             VARCHAR(80),
    phone_key             VARCHAR(80),
    first_name            VARCHAR(100) NOT NULL,
    last_name             VARCHAR(100) NOT NULL,
    birth_date            DATE,
    email                 VARCHAR(254),
    phone                 VARCHAR(30),
    language              VARVARCHAR(2)   NOT NULL DEFAULT 'fi',
    street_address        VARCHAR(200),
    postal_code           VARCHAR(10),
    city                  VARCHAR(100),
    protected_address     BOOLEAN      NOT NULL DEFAULT FALSE,
    restricted            BOOLEAN      NOT NULL DEFAULT FALSE,
    external_pms_id       VARVARCHAR(64)  UNIQUE,
    created_at            TIMESTAMPTZ  NOT NULL,
    updated_at            TIMESTAMPTZ  NOT NULL,
    version               BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX person_email_key_idx ON person (email_key);
CREATE INDEX person_phone_key_idx ON person (phone_key);
