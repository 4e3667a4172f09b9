-- One consent, every identifier: each subject key given with a consent (identity code, email,
-- phone, name and birth date) is linked to the key the consent is filed under, so a withdrawal or
-- objection by any of them reaches the consent, and its events carry every key.
CREATE TABLE subject_link (
    filed_key VARCHAR(80) NOT NULL,
    linked_key VARCHAR(80) NOT NULL,
    linked_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (filed_key, linked_key)
);
CREATE INDEX subject_link_linked_idx ON subject_link (linked_key);
