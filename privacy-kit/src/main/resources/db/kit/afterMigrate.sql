-- Runs after every migration (Flyway callback), as the schema owner. The service itself connects
-- with a separate application role (${app_role}): it may read and write its tables, but may only
-- INSERT and SELECT the audit tables — no UPDATE, DELETE, TRUNCATE or ALTER — and owns nothing.
-- Where both are one role (a database set up without the split) there is nothing to grant.
DO $$
DECLARE
    app TEXT := '${app_role}';
    sch TEXT;
BEGIN
    IF app = '' OR app = current_user OR NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = app) THEN
        RETURN;
    END IF;
    -- public (owned by pg_database_owner on PostgreSQL 15+) and every schema the owner made (a
    -- register may keep special categories apart, e.g. health).
    FOR sch IN SELECT nspname FROM pg_namespace WHERE (nspname = 'public'
                OR nspowner = (SELECT oid FROM pg_roles WHERE rolname = current_user))
            AND nspname NOT LIKE 'pg\_%' AND nspname <> 'information_schema' LOOP
        EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I', sch, app);
        EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %I TO %I', sch, app);
        EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %I TO %I', sch, app);
    END LOOP;
    EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON audit_log, audit_seal, audit_leaf, audit_prune FROM %I', app);
    EXECUTE format('REVOKE ALL ON flyway_schema_history FROM %I', app);
    EXECUTE format('GRANT SELECT ON flyway_schema_history TO %I', app);
    EXECUTE format('GRANT EXECUTE ON FUNCTION audit_prune(TIMESTAMPTZ) TO %I', app);
END;
$$;
