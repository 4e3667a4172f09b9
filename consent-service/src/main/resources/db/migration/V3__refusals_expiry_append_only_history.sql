-- A refusal is a recorded choice like a grant (GDPR Art 7(1); cookie refusals under the Act on
-- Electronic Communications Services 917/2014 §205), and a consent past its expiry date ends like a
-- withdrawal: both are actions of the history and states of the current-state table.
ALTER TABLE consent_record DROP CONSTRAINT consent_record_action_check;
ALTER TABLE consent_record ADD CONSTRAINT consent_record_action_check
    CHECK (action IN ('GRANTED', 'WITHDRAWN', 'REFUSED', 'EXPIRED'));
ALTER TABLE consent_state DROP CONSTRAINT consent_state_state_check;
ALTER TABLE consent_state ADD CONSTRAINT consent_state_state_check
    CHECK (state IN ('GRANTED', 'WITHDRAWN', 'REFUSED', 'EXPIRED'));
CREATE INDEX consent_state_expiry_idx ON consent_state (expires_at) WHERE state = 'GRANTED' AND expires_at IS NOT NULL;

-- The consent history is append-only in the database itself, not by convention: it is the proof
-- that consent was given (GDPR Art 7(1)) and the record of when it ended. Rows are only inserted;
-- DELETE and TRUNCATE are refused, and so is every UPDATE but one: the minimisation an erasure
-- request requires (Art 17(1), Art 5(1)(c)), which clears the evidence details (form id, browser
-- user agent, truncated IP address) and sets erased. That change is one-way - the details can only
-- become NULL and erased only TRUE - and leaves every column that proves what was consented to,
-- by whom, under which notice and when exactly as it was, so the minimal proof kept for legal
-- claims (Art 17(3)(e)) cannot be altered through it.
CREATE FUNCTION consent_record_append_only() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'UPDATE'
            AND NEW.form_id IS NULL AND NEW.user_agent IS NULL AND NEW.ip_truncated IS NULL AND NEW.erased
            AND (NEW.id, NEW.subject_key, NEW.purpose_code, NEW.action, NEW.notice_version, NEW.notice_hash,
                 NEW.language, NEW.channel, NEW.collected_by, NEW.guardian_subject_key, NEW.expires_at,
                 NEW.occurred_at, NEW.request_id)
                IS NOT DISTINCT FROM
                (OLD.id, OLD.subject_key, OLD.purpose_code, OLD.action, OLD.notice_version, OLD.notice_hash,
                 OLD.language, OLD.channel, OLD.collected_by, OLD.guardian_subject_key, OLD.expires_at,
                 OLD.occurred_at, OLD.request_id) THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'consent_record is append-only: % refused (only the erasure of evidence details is allowed)', TG_OP;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER consent_record_append_only BEFORE UPDATE OR DELETE ON consent_record
    FOR EACH ROW EXECUTE FUNCTION consent_record_append_only();
CREATE TRIGGER consent_record_no_truncate BEFORE TRUNCATE ON consent_record
    FOR EACH STATEMENT EXECUTE FUNCTION consent_record_append_only();
