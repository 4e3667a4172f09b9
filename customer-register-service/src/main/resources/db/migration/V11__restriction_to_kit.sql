-- Art 18 restrictions move to the kit's one table (db/kit/V0_6__restriction.sql), which the kit's
-- RestrictionGuard reads. A restriction belongs to the person's row, so it is filed under the key
-- 'person:<id>' (PersonRestrictions.key). person.restricted stays as a denormalised marker for the
-- set-based queries (mailing export, search, the PMS bulk path); from now on only the kit's
-- Restrictions writes it, through PersonRestrictions. The old flag kept no date: the row's last
-- update stands in for it.
INSERT INTO kit_restriction (id, subject_key, reason, case_ref, restricted_at, restricted_by)
SELECT md5('restriction:person:' || id)::uuid, 'person:' || id, 'data subject request (Art 18)', NULL, updated_at,
       'migrated (V11)'
FROM person
WHERE restricted
ON CONFLICT DO NOTHING;
