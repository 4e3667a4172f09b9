-- Transactional outbox: events are written in the same transaction as the change they announce
-- and relayed to Kafka afterwards, so none is lost when Kafka is down and none is sent for a
-- rolled-back change.
CREATE TABLE outbox_event (
    seq             BIGSERIAL PRIMARY KEY,
    event_id        UUID         NOT NULL UNIQUE,
    topic           VARCHAR(200) NOT NULL,
    record_key      VARCHAR(80)  NOT NULL,
    event_type      VARCHAR(100) NOT NULL,
    payload         TEXT         NOT NULL,
    created_at      TIMESTAMPTZ  NOT NULL,
    published_at    TIMESTAMPTZ,
    attempts        INT          NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMPTZ  NOT NULL,
    last_error      VARCHAR(500)
);
CREATE INDEX outbox_event_pending_idx ON outbox_event (seq) WHERE published_at IS NULL;

-- Idempotent consumer: an event id is applied at most once.
CREATE TABLE processed_event (
    event_id     UUID        PRIMARY KEY,
    event_type   VARCHAR(100) NOT NULL,
    processed_at TIMESTAMPTZ NOT NULL
);

-- Idempotent DSR SPI: the answer to (case, operation) is stored and replayed on a repeat call.
CREATE TABLE dsr_call (
    case_id    UUID        NOT NULL,
    operation  VARCHAR(40) NOT NULL,
    response   TEXT        NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (case_id, operation)
);
