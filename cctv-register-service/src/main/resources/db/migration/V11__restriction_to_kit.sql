-- Art 18 restrictions move to the kit's one table (db/kit/V0_6__restriction.sql), which the kit's
-- RestrictionGuard reads. A restriction here belongs to a footage request, so it is filed under the
-- key 'footage-request:<id>' (FootageRequestRestrictions.key). footage_request_restriction stays as a
-- denormalised marker for the retention sweep; from now on only the kit's Restrictions writes it,
-- through FootageRequestRestrictions.
INSERT INTO kit_restriction (id, subject_key, reason, case_ref, restricted_at, restricted_by)
SELECT md5('restriction:footage-request:' || request_id)::uuid, 'footage-request:' || request_id,
       'data subject request (Art 18)', case_id::text, since, 'migrated (V11)'
FROM footage_request_restriction
ON CONFLICT DO NOTHING;
