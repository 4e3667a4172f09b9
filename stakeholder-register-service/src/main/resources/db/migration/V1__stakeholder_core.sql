-- Stakeholder register core: organisations and their contact persons.
CREATE TABLE organisation (
    id           UUID         PRIMARY KEY,
    name         VARCHAR(200) NOT NULL,
    business_id  VARCHAR(9)   NOT NULL UNIQUE,
    role         VARCHAR(30)  NOT NULL,
    created_at   TIMESTAMPTZ  NOT NULL,
    version      BIGINT       NOT NULL DEFAULT 0
);
CREATE TABLE contact_person (
    id              UUID         PRIMARY KEY,
    organisation_id UUID         NOT NULL REFERENCES organisation (id),
    first_name      VARCHAR(100) NOT NULL,
    last_name       VARCHAR(100) NOT NULL,
    title           VARCHAR(100),
    email           VARCHAR(254),
    email_key       VARCHAR(80),
    phone           VARCHAR(30),
    phone_key       VARCHAR(80),
    legal_basis     VARCHAR(20)  NOT NULL,
    restricted      BOOLEAN      NOT NULL DEFAULT FALSE,
    last_interaction_at TIMESTAMPTZ,
    created_at      TIMESTAMPTZ  NOT NULL,
    version         BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX contact_person_email_key_idx ON contact_person (email_key);
