-- A data-subject request acts only on the footage requests it matched (privacy-kit SubjectMatcher):
-- a restriction or objection belongs to those requests, not to a subject key that another person's
-- request may share (a family phone, a shared email).

-- Art 18: the segments of a restricted footage request are only stored; views and disclosures are refused.
CREATE TABLE footage_request_restriction (
    request_id  UUID        PRIMARY KEY REFERENCES footage_request (id),
    case_id     UUID        NOT NULL,
    since       TIMESTAMPTZ NOT NULL
);
INSERT INTO footage_request_restriction (request_id, case_id, since)
SELECT DISTINCT ON (fs.request_id) fs.request_id, x.case_id, x.since
FROM footage_request_subject fs JOIN subject_restriction x ON x.subject_key = fs.subject_key
ORDER BY fs.request_id, x.since;
DROP TABLE subject_restriction;

-- Art 21: the footage request an objection was decided on (null on objections recorded before).
ALTER TABLE objection ADD COLUMN request_id UUID REFERENCES footage_request (id);
CREATE INDEX objection_request_idx ON objection (request_id);
