-- CCTV register core: sites and cameras. Video stays in the recorders; this register holds
-- what the law needs about it.
CREATE TABLE site (
    id          UUID         PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    address     VARCHAR(200) NOT NULL,
    created_at  TIMESTAMPTZ  NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0
);
CREATE TABLE camera (
    id               UUID         PRIMARY KEY,
    site_id          UUID         NOT NULL REFERENCES site (id),
    location         VARCHAR(200) NOT NULL,
    field_of_view    VARCHAR(500) NOT NULL,
    purpose          VARCHAR(500) NOT NULL,
    sign_location    VARCHAR(200) NOT NULL,
    dpia_reference   VARCHAR(50)  NOT NULL,
    films_employees  BOOLEAN      NOT NULL,
    retention_days   INT          NOT NULL DEFAULT 14 CHECK (retention_days BETWEEN 1 AND 365),
    created_at       TIMESTAMPTZ  NOT NULL,
    version          BIGINT       NOT NULL DEFAULT 0
);
