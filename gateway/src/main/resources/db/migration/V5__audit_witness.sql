-- The gateway as outside witness of every service's access log (docs/audit.md): each service's
-- signed seals as they arrived on the audit-seals topic. A service cannot delete or rewrite these.
CREATE TABLE witnessed_seal (
    service         VARCHAR(80)  NOT NULL,
    seq             BIGINT       NOT NULL,
    first_leaf      BIGINT       NOT NULL,
    tree_size       INT          NOT NULL,
    root            VARCHAR(64)  NOT NULL,
    prev_seal_hash  VARCHAR(64)  NOT NULL,
    first_entry_id  BIGINT       NOT NULL,
    last_entry_id   BIGINT       NOT NULL,
    newest_entry_at TIMESTAMPTZ  NOT NULL,
    sealed_at       TIMESTAMPTZ  NOT NULL,
    key_id          VARCHAR(64)  NOT NULL,
    signature       VARCHAR(200) NOT NULL,
    seal_hash       VARCHAR(64)  NOT NULL,
    received_at     TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (service, seq)
);

-- Seals the witness refused: a bad signature, an unknown key, or a second, different seal for a
-- sequence number already witnessed (the service's history was rewritten).
CREATE TABLE witness_rejection (
    id          BIGSERIAL    PRIMARY KEY,
    service     VARCHAR(80)  NOT NULL,
    seq         BIGINT,
    seal_hash   VARCHAR(64),
    reason      VARCHAR(200) NOT NULL,
    received_at TIMESTAMPTZ  NOT NULL DEFAULT now()
);

CREATE TRIGGER witnessed_seal_no_update BEFORE UPDATE OR DELETE ON witnessed_seal
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
CREATE TRIGGER witness_rejection_no_update BEFORE UPDATE OR DELETE ON witness_rejection
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
