-- DPO legal review (2026-11): erasure tombstones, Art 21(1) objections, disclosures by field,
-- temporary identity codes. Tombstones hold keyed hashes (subject keys) only, never clear data.

-- GDPR Art 21(3): an objection to direct marketing (and to surveys, Art 21(1)/(2)) must keep being
-- honoured after the person's row is erased or anonymised. One row per subject key and channel;
-- identity_key is the erased person's identity-code key (a keyed hash too), so that an email or phone
-- shared with someone who has another identity code (a family) does not silence them.
CREATE TABLE marketing_suppression (
    id           BIGSERIAL   PRIMARY KEY,
    subject_key  VARCHAR(80) NOT NULL,
    channel      VARCHAR(20) NOT NULL CHECK (channel IN ('EMAIL', 'SMS', 'POST', 'SURVEY')),
    identity_key VARCHAR(80),
    recorded_at  TIMESTAMPTZ NOT NULL
);
CREATE INDEX marketing_suppression_key_idx ON marketing_suppression (subject_key, channel);

-- GDPR Art 17: erased people stay erased. The subject keys of an erased or anonymised person and
-- the day of erasure; the property-management import does not re-create them from old data.
CREATE TABLE erasure_tombstone (
    subject_key VARCHAR(80) PRIMARY KEY,
    erased_on   DATE        NOT NULL
);

-- GDPR Art 21(1): objections to processing based on legitimate interest, per purpose.
CREATE TABLE processing_objection (
    person_id   UUID        NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    purpose     VARCHAR(40) NOT NULL,
    objected_at TIMESTAMPTZ NOT NULL,
    case_id     UUID,
    PRIMARY KEY (person_id, purpose)
);

-- Compelling legitimate grounds that override an objection (Art 21(1)): who, why, when.
CREATE TABLE compelling_grounds (
    id          UUID          PRIMARY KEY,
    person_id   UUID          NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    purpose     VARCHAR(40)   NOT NULL,
    grounds     VARCHAR(2000) NOT NULL,
    recorded_by VARCHAR(200)  NOT NULL,
    recorded_at TIMESTAMPTZ   NOT NULL
);
CREATE INDEX compelling_grounds_person_idx ON compelling_grounds (person_id, purpose);

-- Disclosures name the fields disclosed; an authority recipient names its legal reference.
ALTER TABLE disclosure ADD COLUMN fields VARCHAR(500);
ALTER TABLE disclosure ADD COLUMN legal_reference VARCHAR(300);

-- Temporary identity codes (individual number 900-999) are flagged; a permanent code linked later
-- keeps the temporary one as an alias key, so the person stays findable by it.
ALTER TABLE person ADD COLUMN pic_temporary BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE person ADD COLUMN pic_alias_key VARCHAR(80) UNIQUE;
