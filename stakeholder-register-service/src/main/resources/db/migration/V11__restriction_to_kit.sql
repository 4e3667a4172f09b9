-- Art 18 restrictions move to the kit's one table (db/kit/V0_6__restriction.sql), which the kit's
-- RestrictionGuard reads. A restriction belongs to the contact person's row, so it is filed under
-- the key 'contact-person:<id>' (RestrictionMarker.key). contact_person.restricted_since stays as a
-- denormalised marker for the set-based queries (search, list members, export, retention); from
-- now on only the kit's Restrictions writes it, through RestrictionMarker.
INSERT INTO kit_restriction (id, subject_key, reason, case_ref, restricted_at, restricted_by)
SELECT md5('restriction:contact-person:' || id)::uuid, 'contact-person:' || id, 'data subject request (Art 18)', NULL,
       restricted_since, 'migrated (V11)'
FROM contact_person
WHERE restricted_since IS NOT NULL
ON CONFLICT DO NOTHING;
