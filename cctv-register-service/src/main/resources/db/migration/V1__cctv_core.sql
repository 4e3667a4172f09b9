-- CCTV register. Video stays in the recorders; this register holds what the law needs about
-- it: where cameras are and why, which segments exist and when they expire, holds, every view
-- and disclosure, and the subjects' footage requests.
CREATE TABLE site (
    id          UUID         PRIMARY KEY,
    code        VARCHAR(40)  NOT NULL UNIQUE,
    name        VARCHAR(200) NOT NULL,
    address     VARCHAR(200) NOT NULL,
    created_at  TIMESTAMPTZ  NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0
);

CREATE TABLE camera (
    id               UUID         PRIMARY KEY,
    site_id          UUID         NOT NULL REFERENCES site (id),
    code             VARCHAR(40)  NOT NULL UNIQUE,
    area_type        VARCHAR(30)  NOT NULL,
    location         VARCHAR(200) NOT NULL,
    field_of_view    VARCHAR(500) NOT NULL,
    purpose          VARCHAR(60)  NOT NULL,
    sign_location    VARCHAR(200) NOT NULL,
    dpia_reference   VARCHAR(50)  NOT NULL,
    films_employees  BOOLEAN      NOT NULL,
    -- Act 759/2004 §17 allows at most a year, and only where employees are filmed.
    retention_days   INT          NOT NULL DEFAULT 14 CHECK (retention_days BETWEEN 1 AND 365),
    created_at       TIMESTAMPTZ  NOT NULL,
    version          BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX camera_site_idx ON camera (site_id);

-- High volume: no surrogate id in lookups; the natural key (camera, start) makes ingestion
-- idempotent with ON CONFLICT DO NOTHING.
CREATE TABLE recording_segment (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    camera_id    UUID         NOT NULL REFERENCES camera (id),
    started_at   TIMESTAMPTZ  NOT NULL,
    ended_at     TIMESTAMPTZ  NOT NULL,
    storage_ref  VARCHAR(300) NOT NULL,
    expires_at   TIMESTAMPTZ  NOT NULL,
    ingested_at  TIMESTAMPTZ  NOT NULL,
    CONSTRAINT recording_segment_natural_key UNIQUE (camera_id, started_at),
    CHECK (ended_at > started_at)
);
CREATE INDEX recording_segment_expires_idx ON recording_segment (expires_at);

CREATE TABLE legal_hold (
    id                  UUID          PRIMARY KEY,
    kind                VARCHAR(20)   NOT NULL,
    reason              VARCHAR(2000) NOT NULL,
    owner               VARCHAR(200)  NOT NULL,
    police_case_number  VARCHAR(50),
    window_from         TIMESTAMPTZ   NOT NULL,
    window_to           TIMESTAMPTZ   NOT NULL,
    until_date          DATE          NOT NULL,
    created_at          TIMESTAMPTZ   NOT NULL,
    created_by          VARCHAR(200)  NOT NULL,
    released_at         TIMESTAMPTZ,
    released_by         VARCHAR(200),
    release_reason      VARCHAR(2000),
    version             BIGINT        NOT NULL DEFAULT 0,
    CHECK (window_to > window_from)
);
CREATE TABLE legal_hold_camera (
    hold_id    UUID NOT NULL REFERENCES legal_hold (id),
    camera_id  UUID NOT NULL REFERENCES camera (id),
    PRIMARY KEY (hold_id, camera_id)
);
CREATE INDEX legal_hold_camera_camera_idx ON legal_hold_camera (camera_id);

-- Segment columns are copies, not foreign keys: the log outlives the deleted segment.
CREATE TABLE view_log (
    id                  UUID          PRIMARY KEY,
    segment_id          BIGINT        NOT NULL,
    camera_id           UUID          NOT NULL,
    segment_from        TIMESTAMPTZ   NOT NULL,
    segment_to          TIMESTAMPTZ   NOT NULL,
    viewed_by           VARCHAR(200)  NOT NULL,
    viewer_roles        VARCHAR(500)  NOT NULL,
    viewed_at           TIMESTAMPTZ   NOT NULL,
    reason              VARCHAR(1000) NOT NULL,
    footage_request_id  UUID
);
CREATE INDEX view_log_segment_idx ON view_log (segment_id);

CREATE TABLE disclosure (
    id                  UUID          PRIMARY KEY,
    recipient_type      VARCHAR(30)   NOT NULL,
    recipient           VARCHAR(200)  NOT NULL,
    police_case_number  VARCHAR(50),
    basis               VARCHAR(500)  NOT NULL,
    reason              VARCHAR(1000),
    disclosed_by        VARCHAR(200)  NOT NULL,
    disclosed_at        TIMESTAMPTZ   NOT NULL,
    footage_request_id  UUID
);
CREATE TABLE disclosure_segment (
    disclosure_id  UUID        NOT NULL REFERENCES disclosure (id),
    segment_id     BIGINT      NOT NULL,
    camera_id      UUID        NOT NULL,
    segment_from   TIMESTAMPTZ NOT NULL,
    segment_to     TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (disclosure_id, segment_id)
);
CREATE INDEX disclosure_segment_segment_idx ON disclosure_segment (segment_id);

-- Art 15 footage request: found by time and place; the subject is known only by the subject
-- keys of the identifiers they gave (email, phone ...), in footage_request_subject.
CREATE TABLE footage_request (
    id                 UUID          PRIMARY KEY,
    site_id            UUID          NOT NULL REFERENCES site (id),
    window_from        TIMESTAMPTZ   NOT NULL,
    window_to          TIMESTAMPTZ   NOT NULL,
    place_description  VARCHAR(500),
    external_reference VARCHAR(100)  UNIQUE,
    dsr_case_id        UUID,
    status             VARCHAR(20)   NOT NULL,
    received_at        TIMESTAMPTZ   NOT NULL,
    received_by        VARCHAR(200)  NOT NULL,
    others_masked      BOOLEAN,
    masking_note       VARCHAR(1000),
    released_at        TIMESTAMPTZ,
    version            BIGINT        NOT NULL DEFAULT 0
);
CREATE TABLE footage_request_subject (
    request_id   UUID        NOT NULL REFERENCES footage_request (id),
    subject_key  VARCHAR(80) NOT NULL,
    PRIMARY KEY (request_id, subject_key)
);
CREATE INDEX footage_request_subject_key_idx ON footage_request_subject (subject_key);

CREATE TABLE footage_request_segment (
    request_id     UUID        NOT NULL REFERENCES footage_request (id),
    segment_id     BIGINT      NOT NULL,
    camera_id      UUID        NOT NULL,
    segment_from   TIMESTAMPTZ NOT NULL,
    segment_to     TIMESTAMPTZ NOT NULL,
    shows_subject  BOOLEAN,
    PRIMARY KEY (request_id, segment_id)
);
CREATE INDEX footage_request_segment_segment_idx ON footage_request_segment (segment_id);

CREATE TABLE footage_request_step (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    request_id  UUID          NOT NULL REFERENCES footage_request (id),
    step        VARCHAR(30)   NOT NULL,
    at          TIMESTAMPTZ   NOT NULL,
    actor       VARCHAR(200)  NOT NULL,
    note        VARCHAR(1000)
);
CREATE INDEX footage_request_step_request_idx ON footage_request_step (request_id, id);

-- Art 18: the subject's segments are only stored; views are refused.
CREATE TABLE subject_restriction (
    subject_key  VARCHAR(80) PRIMARY KEY,
    case_id      UUID        NOT NULL,
    since        TIMESTAMPTZ NOT NULL
);

-- Art 21 objection to legitimate-interest processing and the decision taken on it.
CREATE TABLE objection (
    id               UUID          PRIMARY KEY,
    subject_key      VARCHAR(80)   NOT NULL,
    case_id          UUID,
    grounds          VARCHAR(2000),
    decision         VARCHAR(30)   NOT NULL,
    decision_reason  VARCHAR(2000) NOT NULL,
    recorded_at      TIMESTAMPTZ   NOT NULL,
    recorded_by      VARCHAR(200)  NOT NULL
);
CREATE INDEX objection_subject_idx ON objection (subject_key);

-- Retention-run log (docs/domain-rules.md): counts, never data.
CREATE TABLE retention_run (
    id           UUID        PRIMARY KEY,
    started_at   TIMESTAMPTZ NOT NULL,
    finished_at  TIMESTAMPTZ NOT NULL,
    dry_run      BOOLEAN     NOT NULL,
    expired      BIGINT      NOT NULL,
    deleted      BIGINT      NOT NULL,
    held         BIGINT      NOT NULL,
    kept_for_requests BIGINT NOT NULL,
    triggered_by VARCHAR(200) NOT NULL
);
