-- Access log (docs/audit.md): append-only and hash-chained. Shared by every service.
CREATE TABLE audit_log (
    id           BIGSERIAL PRIMARY KEY,
    occurred_at  TIMESTAMPTZ  NOT NULL,
    actor        VARCHAR(200) NOT NULL,
    actor_roles  VARCHAR(500) NOT NULL,
    subject_key  VARCHAR(80),
    action       VARCHAR(20)  NOT NULL,
    record_type  VARCHAR(80)  NOT NULL,
    record_id    VARCHAR(80),
    purpose      VARCHAR(200) NOT NULL,
    prev_hash    VARCHAR(64)     NOT NULL,
    hash         VARCHAR(64)     NOT NULL
);
CREATE INDEX audit_log_subject_idx ON audit_log (subject_key, id);

-- Rows are only ever inserted: updates and deletes are refused by the database itself.
-- Removal after the retention period (>= 2 years) is done by the retention job as the table
-- owner with the trigger disabled for that statement only.
CREATE FUNCTION audit_log_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
