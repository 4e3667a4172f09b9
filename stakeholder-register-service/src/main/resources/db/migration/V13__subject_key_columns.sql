-- Contact persons carry the kit's subject-key columns (SubjectKeyColumns): email, phone and
-- name keys were already here; the identity-code key and the replaced temporary code's key are
-- added for the same shape in every register. This register collects no identity codes, so both
-- stay null: nothing to backfill.
ALTER TABLE contact_person ADD COLUMN pic_key VARCHAR(80);
ALTER TABLE contact_person ADD COLUMN pic_alias_key VARCHAR(80);
CREATE INDEX contact_person_pic_key_idx ON contact_person (pic_key);
CREATE INDEX contact_person_pic_alias_key_idx ON contact_person (pic_alias_key);
