-- Storage limitation of the consent proof (GDPR Art 5(1)(e), Art 17(3)(e)): an erasure keeps a
-- minimal proof of consent under an erasure_hold until the limitation period of claims ends
-- (Act 728/2003 §4). Once every hold of a subject key has passed, the retention rule
-- (fi.kuopas.consent.retention.ProofPastHold) deletes that key's history. The append-only rule of
-- V3 stays exactly as it was for everything else: a DELETE is allowed only for a row the erasure
-- minimised (erased) whose subject key has an erasure hold and no hold still running (until_date
-- before today, UTC); every other DELETE (a consent given again after the erasure included), every
-- UPDATE but the erasure's minimisation, and TRUNCATE are refused as before.
CREATE OR REPLACE FUNCTION consent_record_append_only() RETURNS trigger AS $$
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
    IF TG_OP = 'DELETE' AND TG_LEVEL = 'ROW' THEN
        IF OLD.erased AND EXISTS (SELECT 1 FROM erasure_hold h WHERE h.subject_key = OLD.subject_key)
                AND NOT EXISTS (SELECT 1 FROM erasure_hold h WHERE h.subject_key = OLD.subject_key
                                AND h.until_date >= (now() AT TIME ZONE 'UTC')::date) THEN
            RETURN OLD;
        END IF;
    END IF;
    RAISE EXCEPTION 'consent_record is append-only: % refused (only the erasure of evidence details is allowed)', TG_OP;
END;
$$ LANGUAGE plpgsql;
