-- Employees and job applicants carry the kit's subject-key columns (SubjectKeyColumns): the
-- identity-code, replaced-code (former_pic_key), email and name keys were already here; the phone
-- key is added. A keyed hash needs the pepper, which SQL does not have, so existing rows are
-- backfilled at start-up by PhoneKeyBackfill (rows with a phone and no phone key yet).
ALTER TABLE employee ADD COLUMN phone_key VARCHAR(80);
ALTER TABLE job_applicant ADD COLUMN phone_key VARCHAR(80);
CREATE INDEX employee_phone_key_idx ON employee (phone_key);
CREATE INDEX job_applicant_phone_key_idx ON job_applicant (phone_key);
