-- One record of restricted processing (GDPR Art 18) for every register: while a row for a subject
-- key is in force (lifted_at null), the register's RestrictionGuard refuses to process that
-- subject's data. The kit_ prefix keeps it apart from the registers' own tables until each
-- register's V11 migration moves its rows here.
CREATE TABLE kit_restriction (
    id            UUID         PRIMARY KEY,
    subject_key   VARCHAR(200) NOT NULL,
    reason        VARCHAR(500) NOT NULL,
    case_ref      VARCHAR(100),
    restricted_at TIMESTAMPTZ  NOT NULL,
    restricted_by VARCHAR(200) NOT NULL,
    lifted_at     TIMESTAMPTZ,
    lifted_by     VARCHAR(200)
);
-- At most one restriction in force per subject key.
CREATE UNIQUE INDEX kit_restriction_in_force ON kit_restriction (subject_key) WHERE lifted_at IS NULL;
