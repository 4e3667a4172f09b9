-- Applicants' retention always ends (GDPR Art 5(1)(e)): the day a job posting was closed is the
-- fallback trigger of the retention period for applications with no notified decision. Postings
-- closed before this column existed fall back to their last day (closes_on).
ALTER TABLE job_posting ADD COLUMN closed_at TIMESTAMPTZ;

-- Temporary identity codes (individual number 900-999, Population Information Act 661/2009):
-- when the person's permanent code is linked, the temporary code's subject key stays as an alias,
-- so that a request or search made with the temporary code still finds the person.
ALTER TABLE employee ADD COLUMN former_pic_key VARCHAR(80) UNIQUE;
ALTER TABLE job_applicant ADD COLUMN former_pic_key VARCHAR(80);
CREATE INDEX job_applicant_former_pic_key_idx ON job_applicant (former_pic_key);
