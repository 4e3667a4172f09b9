-- Audit log sealing (docs/audit.md). Appends no longer form one hash chain that every request
-- has to lock: a row is inserted on its own, and a sealer regularly gives the committed, unsealed
-- rows leaf positions, builds a Merkle tree over them (RFC 9162 hashing) and signs the tree head.
-- The hash columns of the old chain stay for the rows written before this migration.
ALTER TABLE audit_log ALTER COLUMN prev_hash DROP NOT NULL;
ALTER TABLE audit_log ALTER COLUMN hash DROP NOT NULL;
CREATE INDEX audit_log_occurred_idx ON audit_log (occurred_at);

-- One signed tree head per sealing round. Seals form their own chain (prev_seal_hash) and are
-- published to the audit-seals topic, where the gateway keeps a copy outside this database.
CREATE TABLE audit_seal (
    seq             BIGINT       PRIMARY KEY,
    service         VARCHAR(80)  NOT NULL,
    first_leaf      BIGINT       NOT NULL,
    tree_size       INT          NOT NULL CHECK (tree_size > 0),
    root            VARCHAR(64)  NOT NULL,
    prev_seal_hash  VARCHAR(64)  NOT NULL,
    first_entry_id  BIGINT       NOT NULL,
    last_entry_id   BIGINT       NOT NULL,
    newest_entry_at TIMESTAMPTZ  NOT NULL,
    sealed_at       TIMESTAMPTZ  NOT NULL,
    key_id          VARCHAR(64)  NOT NULL,
    signature       VARCHAR(200) NOT NULL,
    seal_hash       VARCHAR(64)  NOT NULL UNIQUE
);
CREATE INDEX audit_seal_sealed_idx ON audit_seal (sealed_at);

-- The leaf position of every sealed row. Kept when entries are pruned, so the roots of old seals
-- can still be recomputed from the leaf hashes.
CREATE TABLE audit_leaf (
    leaf_index BIGINT      PRIMARY KEY,
    entry_id   BIGINT      NOT NULL UNIQUE,
    seal_seq   BIGINT      NOT NULL REFERENCES audit_seal (seq),
    leaf_hash  VARCHAR(64) NOT NULL
);
CREATE INDEX audit_leaf_seal_idx ON audit_leaf (seal_seq, leaf_index);

-- Rows waiting for the sealer: an insert trigger queues every new row, the sealer takes them out
-- once sealed. A row removed from here without being sealed stays unsealed and the verification
-- reports it.
CREATE TABLE audit_pending (
    entry_id BIGINT PRIMARY KEY
);
INSERT INTO audit_pending (entry_id) SELECT id FROM audit_log;

CREATE FUNCTION audit_log_queue() RETURNS trigger AS $$
BEGIN
    INSERT INTO audit_pending (entry_id) SELECT id FROM new_rows;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER audit_log_queue AFTER INSERT ON audit_log REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_queue();

-- Every pruning of old entries (whole sealed ranges only).
CREATE TABLE audit_prune (
    id          BIGSERIAL   PRIMARY KEY,
    through_seq BIGINT      NOT NULL,
    entries     BIGINT      NOT NULL,
    pruned_at   TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- Append-only, also against TRUNCATE. The one way entries leave is audit_prune() below.
CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'DELETE' AND TG_TABLE_NAME = 'audit_log'
            AND current_setting('kuopas.audit_prune', true) = 'on' THEN
        RETURN OLD;
    END IF;
    RAISE EXCEPTION '% is append-only', TG_TABLE_NAME;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
CREATE TRIGGER audit_seal_no_update BEFORE UPDATE OR DELETE ON audit_seal
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
CREATE TRIGGER audit_seal_no_truncate BEFORE TRUNCATE ON audit_seal
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
CREATE TRIGGER audit_leaf_no_update BEFORE UPDATE OR DELETE ON audit_leaf
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
CREATE TRIGGER audit_leaf_no_truncate BEFORE TRUNCATE ON audit_leaf
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
CREATE TRIGGER audit_prune_no_update BEFORE UPDATE OR DELETE ON audit_prune
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
CREATE TRIGGER audit_prune_no_truncate BEFORE TRUNCATE ON audit_prune
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();

-- Retention: removes the entries of whole seals sealed before older_than, never younger than a
-- year whatever the caller asks, and records the pruning. It runs with its owner's rights, so the
-- application's role (which may not DELETE audit rows) can call it and nothing else.
CREATE FUNCTION audit_prune(older_than TIMESTAMPTZ) RETURNS BIGINT
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
    through BIGINT;
    removed BIGINT;
BEGIN
    IF older_than > now() - INTERVAL '1 year' THEN
        RAISE EXCEPTION 'audit entries are kept at least one year';
    END IF;
    SELECT max(seq) INTO through FROM audit_seal WHERE sealed_at < older_than;
    IF through IS NULL THEN
        RETURN 0;
    END IF;
    PERFORM set_config('kuopas.audit_prune', 'on', true);
    DELETE FROM audit_log a USING audit_leaf l WHERE l.entry_id = a.id AND l.seal_seq <= through;
    GET DIAGNOSTICS removed = ROW_COUNT;
    PERFORM set_config('kuopas.audit_prune', 'off', true);
    IF removed > 0 THEN
        INSERT INTO audit_prune (through_seq, entries) VALUES (through, removed);
    END IF;
    RETURN removed;
END;
$$;
REVOKE EXECUTE ON FUNCTION audit_prune(TIMESTAMPTZ) FROM PUBLIC;
