-- Storage limitation of consents that ended (GDPR Art 5(1)(e); Art 7(1), Art 17(3)(e)): a consent
-- and its evidence are kept proof-years after its withdrawal, refusal or expiry, then the retention
-- rule fi.kuopas.consent.retention.EndedConsentPastProof deletes its history. The function of V12 is
-- restated with one more DELETE allowed: a row whose consent (its consent_state: same subject key and
-- purpose) is WITHDRAWN, REFUSED or EXPIRED since more than three years - the shortest proof-years
-- (kuopas.consent.retention.proof-years >= 3); the rule applies the configured one - of a key with
-- no erasure hold still running and no restriction in force (kit_restriction, Art 18(1)(c)). A
-- consent in force or given again (GRANTED) stays. Every other DELETE, every UPDATE but the erasure's
-- minimisation, and TRUNCATE are refused as before.
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
        IF EXISTS (SELECT 1 FROM consent_state s WHERE s.subject_key = OLD.subject_key
                       AND s.purpose_code = OLD.purpose_code AND s.state IN ('WITHDRAWN', 'REFUSED', 'EXPIRED')
                       AND s.since < now() - interval '3 years')
                AND NOT EXISTS (SELECT 1 FROM erasure_hold h WHERE h.subject_key = OLD.subject_key
                                AND h.until_date >= (now() AT TIME ZONE 'UTC')::date)
                AND NOT EXISTS (SELECT 1 FROM kit_restriction r WHERE r.subject_key = OLD.subject_key
                                AND r.lifted_at IS NULL) THEN
            RETURN OLD;
        END IF;
    END IF;
    RAISE EXCEPTION 'consent_record is append-only: % refused (only the erasure of evidence details is allowed)', TG_OP;
END;
$$ LANGUAGE plpgsql;
