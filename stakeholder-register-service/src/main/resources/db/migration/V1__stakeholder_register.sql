-- Stakeholder register (docs/domain-rules.md): organisations, their contact persons, interactions,
-- mailing lists with membership, and the suppression list that every mailing honours.

-- Organisations are legal persons; their data is not personal data, so retention does not delete them.
CREATE TABLE organisation (
    id                     UUID         PRIMARY KEY,
    name                   VARCHAR(200) NOT NULL,
    business_id            VARCHAR(9)   NOT NULL UNIQUE,
    role                   VARCHAR(30)  NOT NULL,
    relationship_ended_on  DATE,
    created_at             TIMESTAMPTZ  NOT NULL,
    updated_at             TIMESTAMPTZ  NOT NULL,
    version                BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX organisation_name_idx ON organisation (lower(name));

-- Contact persons. Identifiers are also stored as subject keys (blind index) so DSR calls and
-- consent events, which carry keys only, find the person. No personal identity code is kept.
CREATE TABLE contact_person (
    id                  UUID         PRIMARY KEY,
    organisation_id     UUID         NOT NULL REFERENCES organisation (id),
    first_name          VARCHAR(100) NOT NULL,
    last_name           VARCHAR(100) NOT NULL,
    title               VARCHAR(100),
    email               VARCHAR(254),
    email_key           VARCHAR(80),
    phone               VARCHAR(30),
    phone_key           VARCHAR(80),
    name_key            VARCHAR(80),
    consent_subject_key VARCHAR(80),
    language            VARCHAR(2)   NOT NULL DEFAULT 'fi' CHECK (language IN ('fi', 'sv', 'en')),
    legal_basis         VARCHAR(20)  NOT NULL CHECK (legal_basis IN ('CONTRACT', 'CONSENT')),
    restricted_since    TIMESTAMPTZ,
    last_interaction_at TIMESTAMPTZ,
    created_at          TIMESTAMPTZ  NOT NULL,
    updated_at          TIMESTAMPTZ  NOT NULL,
    version             BIGINT       NOT NULL DEFAULT 0
);
-- One contact person per work email: a second record would escape suppression and double mailings.
CREATE UNIQUE INDEX contact_person_email_key_uq ON contact_person (email_key) WHERE email_key IS NOT NULL;
CREATE INDEX contact_person_phone_key_idx ON contact_person (phone_key);
CREATE INDEX contact_person_name_key_idx ON contact_person (name_key);
CREATE INDEX contact_person_consent_key_idx ON contact_person (consent_subject_key);
CREATE INDEX contact_person_org_idx ON contact_person (organisation_id);
CREATE INDEX contact_person_last_name_idx ON contact_person (lower(last_name), lower(first_name));

CREATE TABLE interaction (
    id                UUID         PRIMARY KEY,
    contact_person_id UUID         NOT NULL REFERENCES contact_person (id) ON DELETE CASCADE,
    type              VARCHAR(20)  NOT NULL CHECK (type IN ('MEETING', 'MESSAGE', 'EVENT_INVITATION')),
    occurred_at       TIMESTAMPTZ  NOT NULL,
    summary           VARCHAR(1000),
    recorded_by       VARCHAR(200) NOT NULL,
    created_at        TIMESTAMPTZ  NOT NULL
);
CREATE INDEX interaction_person_idx ON interaction (contact_person_id, occurred_at);

CREATE TABLE mailing_list (
    id           UUID         PRIMARY KEY,
    code         VARCHAR(60)  NOT NULL UNIQUE,
    name         VARCHAR(200) NOT NULL,
    purpose_code VARCHAR(60)  NOT NULL,
    legal_basis  VARCHAR(20)  NOT NULL CHECK (legal_basis IN ('CONSENT', 'CONTRACT', 'LEGITIMATE_INTEREST')),
    description  VARCHAR(1000),
    created_at   TIMESTAMPTZ  NOT NULL,
    updated_at   TIMESTAMPTZ  NOT NULL,
    version      BIGINT       NOT NULL DEFAULT 0
);

CREATE TABLE mailing_list_member (
    id                UUID         PRIMARY KEY,
    mailing_list_id   UUID         NOT NULL REFERENCES mailing_list (id) ON DELETE CASCADE,
    contact_person_id UUID         NOT NULL REFERENCES contact_person (id) ON DELETE CASCADE,
    added_at          TIMESTAMPTZ  NOT NULL,
    added_by          VARCHAR(200) NOT NULL,
    UNIQUE (mailing_list_id, contact_person_id)
);
CREATE INDEX mailing_list_member_person_idx ON mailing_list_member (contact_person_id);

-- Suppression list (Art 7(3), Art 21(3)): subject keys only (keyed HMAC hashes), so an entry
-- survives the person's erasure without keeping their address, and stops them being re-added.
CREATE TABLE suppression (
    id          UUID         PRIMARY KEY,
    subject_key VARCHAR(80)  NOT NULL,
    scope       VARCHAR(20)  NOT NULL CHECK (scope IN ('CONSENT_MAILINGS', 'ALL_MAILINGS')),
    reason      VARCHAR(20)  NOT NULL CHECK (reason IN ('WITHDRAWAL', 'OBJECTION', 'ERASURE', 'REQUEST')),
    purpose     VARCHAR(60),
    source      VARCHAR(120) NOT NULL,
    created_at  TIMESTAMPTZ  NOT NULL,
    UNIQUE (subject_key, reason, scope)
);

-- Retention runs (docs/domain-rules.md): what was deleted, when, under which rule — counts, never the data.
CREATE TABLE retention_run (
    id                   UUID         PRIMARY KEY,
    ran_at               TIMESTAMPTZ  NOT NULL,
    dry_run              BOOLEAN      NOT NULL,
    rule                 VARCHAR(200) NOT NULL,
    cutoff               TIMESTAMPTZ  NOT NULL,
    contact_persons      INT          NOT NULL,
    interactions         INT          NOT NULL,
    memberships          INT          NOT NULL,
    started_by           VARCHAR(200) NOT NULL
);
